package se.trygghetsnav.platform.events;

import java.time.Instant;
import java.util.Objects;

/**
 * A coordinator turned a community post into an incident report of the lägesbild. Published by the
 * community platform; the incident feature files the report and answers with {@link IncidentReportFiled}.
 * Neither feature knows the other: this record (in the neutral platform) is their whole contract.
 * Listeners run synchronously in the publisher's transaction, so a refused report refuses the forwarding.
 */
public record CommunityTipForwarded(String municipalityCode, long postId, String text, double latitude, double longitude,
        Instant occurredAt, long categoryId, Long areaId, long forwardedByUserId, Long forwardedByOrganisationId,
        String sourceUrl) {

    public CommunityTipForwarded {
        Objects.requireNonNull(municipalityCode);
        Objects.requireNonNull(text);
        Objects.requireNonNull(occurredAt);
        Objects.requireNonNull(sourceUrl);
    }
}
