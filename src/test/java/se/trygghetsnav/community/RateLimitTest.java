package se.trygghetsnav.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RateLimitTest {

    private static final Instant NOW = Instant.parse("2026-11-23T14:00:00Z");
    private final RateLimit limit = RateLimit.POSTS;

    @Test
    void fivePostsInTenMinutesAreAllowedTheSixthWaits() {
        List<Instant> posts = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            posts.add(NOW.minus(Duration.ofMinutes(8 - i)));
        }
        assertThat(limit.waitBefore(posts, NOW)).isEmpty();
        posts.add(NOW.minusSeconds(30));
        // the oldest of the five (8 minutes ago) leaves the window in 2 minutes
        assertThat(limit.waitBefore(posts, NOW)).contains(Duration.ofMinutes(2));
        assertThat(limit.waitBefore(posts, NOW.plus(Duration.ofMinutes(2)).plusSeconds(1))).isEmpty();
    }

    @Test
    void tenMessagesAMinuteThreeHundredADay() {
        List<Instant> messages = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            messages.add(NOW.minusSeconds(50 - i));
        }
        assertThat(RateLimit.MESSAGES.waitBefore(messages, NOW)).contains(Duration.ofSeconds(10));
        assertThat(RateLimit.MESSAGES.waitBefore(messages.subList(0, 9), NOW)).isEmpty();
        List<Instant> day = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            day.add(NOW.minus(Duration.ofMinutes(2 + i * 4L)));
        }
        assertThat(RateLimit.MESSAGES.waitBefore(day, NOW)).isPresent();
    }

    @Test
    void thirtyPostsADay() {
        List<Instant> posts = new ArrayList<>();
        for (int i = 0; i < 29; i++) {
            posts.add(NOW.minus(Duration.ofMinutes(30 + 40L * i)));
        }
        assertThat(limit.waitBefore(posts, NOW)).isEmpty();
        posts.add(NOW.minus(Duration.ofMinutes(20)));
        Duration wait = limit.waitBefore(posts, NOW).orElseThrow();
        Instant oldest = NOW.minus(Duration.ofMinutes(30 + 40L * 28));
        assertThat(wait).isEqualTo(Duration.between(NOW, oldest.plus(Duration.ofHours(24))));
    }

    @Test
    void oldPostsAndFuturePostsDoNotCount() {
        List<Instant> posts = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            posts.add(NOW.minus(Duration.ofHours(25 + i)));
        }
        assertThat(limit.waitBefore(posts, NOW)).isEmpty();
        assertThat(limit.waitBefore(List.of(), NOW)).isEmpty();
    }

    @Test
    void unreasonableLimitsAreRefused() {
        assertThatThrownBy(() -> new RateLimit(0, Duration.ofMinutes(1), 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RateLimit(5, Duration.ZERO, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RateLimit(5, Duration.ofMinutes(1), 4)).isInstanceOf(IllegalArgumentException.class);
    }
}
