package se.trygghetsnav.community;

import java.time.Instant;

/**
 * A post was stored (published by the post service after its transaction commits). The alert
 * fan-out listens to it; the position is the stored one (exact or approximate), in WGS84.
 */
public record PostPublished(long postId, String municipalityCode, long authorId, String authorName,
        Visibility visibility, Long groupId, Long organisationId, Priority priority, String body,
        double latitude, double longitude, Instant createdAt) {}
