package se.trygghetsnav.incident;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The mapping (kartläggning) of a period's reports: counts per category, per area and per month,
 * the share reported to the police and when in the week and the day things happen. Built from
 * counts aggregated in SQL ({@link Tally}); the filling of empty months, the ordering and the
 * shares are worked out here, without Spring or a database.
 */
public record PeriodPictureMapping(LocalDate from, LocalDate to, long total, List<NamedCount> categories,
        List<NamedCount> areas, long withoutArea, List<MonthCount> months, PoliceShare police,
        List<WeekdayCount> weekdays, List<HourCount> hours, Integer busiestWeekday, Integer busiestHour) {

    /** The dimensions the SQL groups by. */
    public enum Dimension { CATEGORY, AREA, MONTH, POLICE, WEEKDAY, HOUR }

    /**
     * One aggregated count from the database: {@code key} is the category or area id (null area =
     * no area), the month as yyyy-MM, YES/NO/DONT_KNOW, the ISO weekday 1-7 or the hour 0-23.
     */
    public record Tally(Dimension dimension, String key, long count) {
        public Tally {
            Objects.requireNonNull(dimension);
        }
    }

    /** A category or an area (id and name) and how many reports it had. */
    public record NamedCount(long id, String name, long count) {}

    /** Reports in a calendar month, {@code month} written yyyy-MM. */
    public record MonthCount(String month, long count) {}

    /** Reports on an ISO weekday: 1 = Monday ... 7 = Sunday. */
    public record WeekdayCount(int weekday, long count) {}

    /** Reports starting in an hour of the day (Swedish time), 0-23. */
    public record HourCount(int hour, long count) {}

    /**
     * How many reports were reported to the police, were not, or the reporter did not know;
     * {@code percentReported} is the share reported of all reports (one decimal), null without reports.
     */
    public record PoliceShare(long yes, long no, long dontKnow, BigDecimal percentReported) {}

    /** Something with an id and a name: a category or an area of the municipality. */
    public record Named(long id, String name) {}

    public PeriodPictureMapping {
        Objects.requireNonNull(from);
        Objects.requireNonNull(to);
        categories = List.copyOf(categories);
        areas = List.copyOf(areas);
        months = List.copyOf(months);
        weekdays = List.copyOf(weekdays);
        hours = List.copyOf(hours);
    }

    /**
     * Builds the mapping from the tallies. Categories with reports come first by count, then by the
     * municipality's order; every area is listed (most reports first, then by name order given);
     * every month of the period is present, also those without reports. Ties for the busiest
     * weekday and hour go to the earliest.
     */
    public static PeriodPictureMapping compile(LocalDate from, LocalDate to, List<Tally> tallies, List<Named> categories,
            List<Named> areas) {
        Map<Dimension, Map<String, Long>> counts = new HashMap<>();
        for (Dimension dimension : Dimension.values()) {
            counts.put(dimension, new HashMap<>());
        }
        for (Tally tally : tallies) {
            counts.get(tally.dimension()).merge(String.valueOf(tally.key()), tally.count(), Long::sum);
        }
        long total = counts.get(Dimension.MONTH).values().stream().mapToLong(Long::longValue).sum();

        List<NamedCount> categoryCounts = ranked(categories, counts.get(Dimension.CATEGORY)).stream()
                .filter(c -> c.count() > 0).toList();
        List<NamedCount> areaCounts = ranked(areas, counts.get(Dimension.AREA));
        long withoutArea = counts.get(Dimension.AREA).getOrDefault("null", 0L);

        List<MonthCount> months = new ArrayList<>();
        for (YearMonth month = YearMonth.from(from); !month.isAfter(YearMonth.from(to)); month = month.plusMonths(1)) {
            months.add(new MonthCount(month.toString(), counts.get(Dimension.MONTH).getOrDefault(month.toString(), 0L)));
        }

        Map<String, Long> police = counts.get(Dimension.POLICE);
        long yes = police.getOrDefault(PoliceReport.YES.name(), 0L);
        PoliceShare share = new PoliceShare(yes, police.getOrDefault(PoliceReport.NO.name(), 0L),
                police.getOrDefault(PoliceReport.DONT_KNOW.name(), 0L), percent(yes, total));

        List<WeekdayCount> weekdays = new ArrayList<>();
        for (int day = 1; day <= 7; day++) {
            weekdays.add(new WeekdayCount(day, counts.get(Dimension.WEEKDAY).getOrDefault(String.valueOf(day), 0L)));
        }
        List<HourCount> hours = new ArrayList<>();
        for (int hour = 0; hour < 24; hour++) {
            hours.add(new HourCount(hour, counts.get(Dimension.HOUR).getOrDefault(String.valueOf(hour), 0L)));
        }
        Integer busiestWeekday = weekdays.stream().filter(w -> w.count() > 0)
                .max(Comparator.comparingLong(WeekdayCount::count).thenComparing(Comparator.comparingInt(WeekdayCount::weekday).reversed()))
                .map(WeekdayCount::weekday).orElse(null);
        Integer busiestHour = hours.stream().filter(h -> h.count() > 0)
                .max(Comparator.comparingLong(HourCount::count).thenComparing(Comparator.comparingInt(HourCount::hour).reversed()))
                .map(HourCount::hour).orElse(null);
        return new PeriodPictureMapping(from, to, total, categoryCounts, areaCounts, withoutArea, months, share, weekdays,
                hours, busiestWeekday, busiestHour);
    }

    /** {@code part} of {@code whole} in percent with one decimal; null when there is nothing to divide. */
    public static BigDecimal percent(long part, long whole) {
        if (whole <= 0) {
            return null;
        }
        return BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }

    /** The largest monthly count (at least 1), to scale the month chart. */
    public long maxMonth() {
        return Math.max(1, months.stream().mapToLong(MonthCount::count).max().orElse(0));
    }

    /** The largest count of a category or an area (at least 1), to scale the bar charts. */
    public long maxCategory() {
        return Math.max(1, categories.stream().mapToLong(NamedCount::count).max().orElse(0));
    }

    public long maxArea() {
        return Math.max(1, Math.max(withoutArea, areas.stream().mapToLong(NamedCount::count).max().orElse(0)));
    }

    public long maxWeekday() {
        return Math.max(1, weekdays.stream().mapToLong(WeekdayCount::count).max().orElse(0));
    }

    public long maxHour() {
        return Math.max(1, hours.stream().mapToLong(HourCount::count).max().orElse(0));
    }

    /** Share of all the period's reports, in percent with one decimal (null without reports). */
    public BigDecimal share(long count) {
        return percent(count, total);
    }

    private static List<NamedCount> ranked(List<Named> names, Map<String, Long> counts) {
        List<NamedCount> result = new ArrayList<>();
        for (Named named : names) {
            result.add(new NamedCount(named.id(), named.name(), counts.getOrDefault(String.valueOf(named.id()), 0L)));
        }
        // stable sort: equal counts keep the given order
        result.sort(Comparator.comparingLong(NamedCount::count).reversed());
        return result;
    }
}
