package se.trygghetsnav.incident;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What to analyse: a period, categories, an organisation, the hexagon resolution (7-10), the
 * neighbourhood (ring 1 or 2) and whether to correct for multiple testing (FDR).
 */
public record HotspotQuery(LocalDate from, LocalDate to, List<Long> categoryIds, Long organisationId, int resolution,
        int ring, boolean fdr) {

    public HotspotQuery {
        Objects.requireNonNull(from);
        Objects.requireNonNull(to);
        categoryIds = categoryIds == null ? List.of() : List.copyOf(categoryIds);
    }

    /** The last 90 days up to today, unless the period is given. */
    public static HotspotQuery withDefaultPeriod(LocalDate today, LocalDate from, LocalDate to, List<Long> categoryIds,
            Long organisationId, int resolution, int ring, boolean fdr) {
        return new HotspotQuery(from == null ? today.minusDays(90) : from, to == null ? today : to, categoryIds, organisationId,
                resolution, ring, fdr);
    }
}
