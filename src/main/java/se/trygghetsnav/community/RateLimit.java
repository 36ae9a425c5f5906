package se.trygghetsnav.community;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Optional;

/**
 * How often a member may post: at most {@code shortLimit} posts in a short window and
 * {@code dailyLimit} in 24 hours. Pure: it is given the times of the member's recent posts (from the
 * database, so the limit holds across restarts and instances) and answers how long to wait, if at all.
 */
record RateLimit(int shortLimit, Duration shortWindow, int dailyLimit) {

    static final RateLimit POSTS = new RateLimit(5, Duration.ofMinutes(10), 30);
    /** Comments and chat messages together: a conversation is quicker than posting, flooding still is not allowed. */
    static final RateLimit MESSAGES = new RateLimit(10, Duration.ofMinutes(1), 300);
    static final Duration DAY = Duration.ofHours(24);

    RateLimit {
        if (shortLimit < 1 || dailyLimit < shortLimit || shortWindow.isNegative() || shortWindow.isZero()) {
            throw new IllegalArgumentException("Orimlig gräns");
        }
    }

    /** Empty when one more post is allowed at {@code now}; otherwise how long until it is. */
    Optional<Duration> waitBefore(Collection<Instant> recentPosts, Instant now) {
        Duration wait = Duration.ZERO;
        wait = longest(wait, waitFor(recentPosts, now, shortWindow, shortLimit));
        wait = longest(wait, waitFor(recentPosts, now, DAY, dailyLimit));
        return wait.isZero() ? Optional.empty() : Optional.of(wait);
    }

    private static Duration waitFor(Collection<Instant> posts, Instant now, Duration window, int limit) {
        Instant since = now.minus(window);
        var inWindow = posts.stream().filter(t -> t.isAfter(since) && !t.isAfter(now)).sorted().toList();
        if (inWindow.size() < limit) {
            return Duration.ZERO;
        }
        // the oldest post that must leave the window before one more fits
        Instant oldest = inWindow.get(inWindow.size() - limit);
        Duration wait = Duration.between(now, oldest.plus(window));
        return wait.isNegative() || wait.isZero() ? Duration.ofSeconds(1) : wait;
    }

    private static Duration longest(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
