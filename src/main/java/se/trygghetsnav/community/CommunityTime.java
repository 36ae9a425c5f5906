package se.trygghetsnav.community;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Times on community pages: Swedish local time, ISO 8601 (2026-11-23 14:05). */
final class CommunityTime {

    static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private CommunityTime() {}

    static String format(Instant instant) {
        return instant == null ? "" : FORMAT.format(instant.atZone(SWEDEN));
    }
}
