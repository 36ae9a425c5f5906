package se.trygghetsnav.incident;

import java.time.LocalDate;
import java.util.List;

/**
 * Which reports to list: a period of Swedish dates (inclusive), categories, an area, a bounding box
 * (south, west, north, east in WGS84) and, for reporters, only their own.
 */
public record ReportFilter(LocalDate from, LocalDate to, List<Long> categoryIds, Long areaId, double[] bbox,
        Long reporterId, int limit) {

    public static final int MAX_LIMIT = 5000;

    public ReportFilter {
        categoryIds = categoryIds == null ? List.of() : List.copyOf(categoryIds);
        limit = limit <= 0 ? 500 : Math.min(limit, MAX_LIMIT);
    }

    public static ReportFilter between(LocalDate from, LocalDate to) {
        return new ReportFilter(from, to, List.of(), null, null, null, MAX_LIMIT);
    }
}
