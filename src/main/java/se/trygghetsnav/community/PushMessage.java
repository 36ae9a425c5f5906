package se.trygghetsnav.community;

import java.util.Objects;

/**
 * What a push notification shows: title, body, the address a click opens, and a tag (a newer notification with the
 * same tag replaces the older one on the device).
 */
public record PushMessage(String title, String body, String url, String tag) {

    public PushMessage {
        Objects.requireNonNull(title);
        Objects.requireNonNull(body);
        Objects.requireNonNull(url);
        Objects.requireNonNull(tag);
    }
}
