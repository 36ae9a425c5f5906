package se.trygghetsnav.incident;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A week's lägesbild, compiled from the reports: counts per category and area beside the mean
 * of the 8 weeks before, the week's reports, the joint analysis and where the EST cycle stands.
 */
public record WeeklyPicture(IsoWeek week, WeekComparison total, List<Row> categories, List<AreaRow> areas,
        long withoutArea, List<WeekCount> series, List<IncidentReport> reports, Review review) {

    public WeeklyPicture {
        categories = List.copyOf(categories);
        areas = List.copyOf(areas);
        series = List.copyOf(series);
        reports = List.copyOf(reports);
    }

    /** The largest weekly count in the series (at least 1), to scale the chart. */
    public long maxWeekCount() {
        return Math.max(1, series.stream().mapToLong(WeekCount::count).max().orElse(1));
    }

    public record Row(long id, String name, WeekComparison comparison) {}

    /** {@code level} and {@code motivation} are the joint assessment, null until made. */
    public record AreaRow(long id, String name, WeekComparison comparison, String level, String motivation) {}

    /** Total reports of one week, for the trend chart. */
    public record WeekCount(IsoWeek week, long count) {}

    public record Review(String analysis, OffsetDateTime sentToManagerAt, String managerDecision, OffsetDateTime decidedAt,
            String feedback, OffsetDateTime feedbackSentAt) {

        static Review empty() {
            return new Review("", null, null, null, null, null);
        }

        public boolean sentToManager() {
            return sentToManagerAt != null;
        }

        public boolean decided() {
            return decidedAt != null;
        }

        public boolean feedbackSent() {
            return feedbackSentAt != null;
        }
    }
}
