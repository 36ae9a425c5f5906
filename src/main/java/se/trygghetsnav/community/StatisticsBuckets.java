package se.trygghetsnav.community;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Pure bucketing for the community statistics: the last weeks (ISO, Monday first) with empty weeks
 * as zero, the 24 hours of the day, shares of a total, and small counts shown as "&lt;5" where they
 * could point out people (members of a group, survey answers).
 */
public final class StatisticsBuckets {

    static final int SMALL = 5;
    static final String SUPPRESSED = "<5";

    private StatisticsBuckets() {}

    /** One bar of a chart: its label (a message key with one argument), the count, how it is shown, and its share. */
    public record Bar(String labelKey, String labelArg, long count, String shown, String share) {}

    /** A chart: bars and the largest count, to scale them. */
    public record Chart(List<Bar> bars) {
        public Chart {
            bars = List.copyOf(bars);
        }

        public long max() {
            return bars.stream().mapToLong(Bar::count).max().orElse(0);
        }

        public boolean hasShares() {
            return bars.stream().anyMatch(b -> !b.share().isEmpty());
        }

        /** The CSS modifier of a bar: the last part of its label key (e.g. RED). */
        public String modifier(Bar bar) {
            return bar.labelKey().substring(bar.labelKey().lastIndexOf('.') + 1);
        }

        public long total() {
            return bars.stream().mapToLong(Bar::count).sum();
        }

        /** Bar length in percent of the largest; suppressed small counts get no visible length. */
        public double length(Bar bar) {
            long max = max();
            return max == 0 || bar.shown().equals(SUPPRESSED) ? 0 : 100.0 * bar.count() / max;
        }
    }

    /** The Monday of the first of the last {@code weeks} ISO weeks up to and including today's. */
    public static LocalDate firstMonday(LocalDate today, int weeks) {
        return today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(weeks - 1L);
    }

    /** Counts per week (keyed by the week's Monday) for the last {@code weeks} weeks, oldest first; missing weeks are 0. */
    public static Chart weeks(Map<LocalDate, Long> byMonday, LocalDate today, int weeks) {
        List<Bar> bars = new ArrayList<>();
        LocalDate monday = firstMonday(today, weeks);
        for (int i = 0; i < weeks; i++, monday = monday.plusWeeks(1)) {
            long count = byMonday.getOrDefault(monday, 0L);
            bars.add(new Bar("communityStatistics.week", String.valueOf(monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)), count,
                    String.valueOf(count), ""));
        }
        return new Chart(bars);
    }

    /** Counts per hour of day 0..23; missing hours are 0. */
    public static Chart hours(Map<Integer, Long> byHour) {
        List<Bar> bars = new ArrayList<>();
        for (int hour = 0; hour < 24; hour++) {
            long count = byHour.getOrDefault(hour, 0L);
            bars.add(new Bar("communityStatistics.hour", String.format("%02d", hour), count, String.valueOf(count), ""));
        }
        return new Chart(bars);
    }

    /** Counts and shares per priority, GREEN, YELLOW, RED. */
    public static Chart priorities(Map<Priority, Long> byPriority) {
        long total = byPriority.values().stream().mapToLong(Long::longValue).sum();
        List<Bar> bars = new ArrayList<>();
        for (Priority priority : Priority.values()) {
            long count = byPriority.getOrDefault(priority, 0L);
            bars.add(new Bar("communityStatistics.priority." + priority.name(), "", count, String.valueOf(count), percent(count, total)));
        }
        return new Chart(bars);
    }

    /** Counts under labels given as text (group names, answer values), each shown suppressed when small. */
    public static Chart suppressed(List<Map.Entry<String, Long>> counts) {
        long total = counts.stream().mapToLong(Map.Entry::getValue).sum();
        List<Bar> bars = new ArrayList<>();
        for (Map.Entry<String, Long> entry : counts) {
            long count = entry.getValue();
            bars.add(new Bar("communityStatistics.label", entry.getKey(), count, small(count),
                    count < SMALL ? "–" : percent(count, total)));
        }
        return new Chart(bars);
    }

    /** A count, or "&lt;5" when it is between 1 and 4 and could point out people. */
    public static String small(long count) {
        return count > 0 && count < SMALL ? SUPPRESSED : String.valueOf(count);
    }

    /** Whole percent, rounded half up, with a space before the sign; "–" of nothing. */
    public static String percent(long part, long total) {
        if (total <= 0) {
            return "–";
        }
        return BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(total), 0, RoundingMode.HALF_UP) + " %";
    }
}
