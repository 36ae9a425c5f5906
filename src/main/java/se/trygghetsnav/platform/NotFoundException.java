package se.trygghetsnav.platform;

/** A thing asked for by id or token does not exist (or is not the caller's to see). */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
