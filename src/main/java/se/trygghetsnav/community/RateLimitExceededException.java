package se.trygghetsnav.community;

import java.time.Duration;

/** A member posted too often; JSON callers get 429 with Retry-After, pages a friendly message. */
class RateLimitExceededException extends RuntimeException {

    private final Duration retryAfter;

    RateLimitExceededException(Duration retryAfter) {
        this(retryAfter, "Du har skrivit många inlägg på kort tid. Vänta en stund och försök igen.");
    }

    RateLimitExceededException(Duration retryAfter, String message) {
        super(message);
        this.retryAfter = retryAfter;
    }

    Duration retryAfter() {
        return retryAfter;
    }

    long retryAfterMinutes() {
        return Math.max(1, (retryAfter.toSeconds() + 59) / 60);
    }
}
