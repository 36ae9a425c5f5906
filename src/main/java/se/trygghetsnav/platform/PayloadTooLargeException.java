package se.trygghetsnav.platform;

import java.io.IOException;

/** Thrown while reading a request body that grows past its limit without announcing its length. */
public class PayloadTooLargeException extends IOException {

    public PayloadTooLargeException(long limit) {
        super("Request body exceeds " + limit + " bytes");
    }
}
