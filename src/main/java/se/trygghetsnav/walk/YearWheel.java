package se.trygghetsnav.walk;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The årshjul: everything dated in a municipality's safety work during a year, by month. Pure: the
 * entries come from {@link YearWheelService}; here they are sorted, grouped, counted and judged
 * overdue.
 *
 * <p>What counts as overdue: an entry that is a deadline or a promised date (a planned walk not yet
 * completed, a follow-up meeting or six-month feedback not yet done, a measure deadline while the
 * measure is open, a promise activity's due date while the activity is open, a yearly follow-up not
 * yet written, a working group's next meeting by its cadence not yet held) whose date has passed. Meetings that were held (safety meetings, working group
 * meetings) are events, never overdue.
 */
public record YearWheel(int year, LocalDate today, List<Entry> entries) {

    public YearWheel {
        Objects.requireNonNull(today);
        entries = entries.stream().filter(e -> e.date().getYear() == year).sorted(ORDER).toList();
    }

    static final Comparator<Entry> ORDER = Comparator.comparing(Entry::date)
            .thenComparing(e -> e.start() == null ? LocalTime.MIN : e.start()).thenComparing(Entry::kind)
            .thenComparing(Entry::sourceId);

    /** What an entry is; deadlines can be overdue, events cannot. */
    public enum Kind {
        WALK(true, "walk"),
        WALK_FOLLOW_UP_MEETING(true, "walk-meeting"),
        WALK_FEEDBACK(true, "walk-feedback"),
        SAFETY_MEETING(false, "safety-meeting"),
        GROUP_MEETING(false, "group-meeting"),
        GROUP_MEETING_DUE(true, "group-due"),
        MEASURE_DEADLINE(true, "measure"),
        PROMISE_ACTIVITY(true, "promise-activity"),
        PROMISE_FOLLOW_UP(true, "promise-follow-up");

        private final boolean deadline;
        private final String uidPrefix;

        Kind(boolean deadline, String uidPrefix) {
            this.deadline = deadline;
            this.uidPrefix = uidPrefix;
        }

        public boolean deadline() {
            return deadline;
        }

        public String messageKey() {
            return "year.kind." + name();
        }

        /** The stable part of a calendar UID, e.g. walk-12. */
        public String uid(long sourceId, String qualifier) {
            return uidPrefix + "-" + sourceId + (qualifier == null || qualifier.isEmpty() ? "" : "-" + qualifier);
        }
    }

    /**
     * One dated thing. {@code done} means the deadline was met (walk completed, measure or activity
     * done or cancelled, follow-up written); {@code start}/{@code end} are Swedish local times when
     * the entry has a time of day, otherwise both are null and it is a whole day.
     *
     * @param qualifier distinguishes entries of the same source (e.g. the year of a follow-up), may be empty
     * @param subject what it concerns (a locality, a group, a measure), shown after the kind on pages
     * @param title the whole summary in Swedish, for the calendar feed
     * @param path the page of the entry, relative to the application
     */
    public record Entry(Kind kind, long sourceId, String qualifier, LocalDate date, LocalTime start, LocalTime end,
            String subject, String title, String location, String description, String path, boolean done) {

        public Entry {
            Objects.requireNonNull(kind);
            Objects.requireNonNull(date);
            Objects.requireNonNull(title);
            subject = subject == null ? "" : subject;
            qualifier = qualifier == null ? "" : qualifier;
            location = location == null ? "" : location;
            description = description == null ? "" : description;
        }

        public String uid() {
            return kind.uid(sourceId, qualifier);
        }

        public boolean allDay() {
            return start == null;
        }
    }

    /** An entry is overdue when it is a deadline, not done, and its date lies before today. */
    public static boolean overdue(Entry entry, LocalDate today) {
        return entry.kind().deadline() && !entry.done() && entry.date().isBefore(today);
    }

    public boolean overdue(Entry entry) {
        return overdue(entry, today);
    }

    /** Every month of the year, January first, with its entries in date order (empty months included). */
    public Map<Month, List<Entry>> byMonth() {
        Map<Month, List<Entry>> months = new EnumMap<>(Month.class);
        for (Month month : Month.values()) {
            months.put(month, new ArrayList<>());
        }
        for (Entry entry : entries) {
            months.get(entry.date().getMonth()).add(entry);
        }
        months.replaceAll((month, list) -> List.copyOf(list));
        return months;
    }

    /** Counts for one month: all entries, and the overdue ones. */
    public record MonthCount(Month month, int entries, int overdue) {}

    public List<MonthCount> counts() {
        List<MonthCount> counts = new ArrayList<>();
        byMonth().forEach((month, list) -> counts.add(new MonthCount(month, list.size(),
                (int) list.stream().filter(this::overdue).count())));
        return counts;
    }

    public long overdueCount() {
        return entries.stream().filter(this::overdue).count();
    }

    public int maxMonthCount() {
        return counts().stream().mapToInt(MonthCount::entries).max().orElse(0);
    }

    /** A month's segment of the ring drawn beside the table: SVG path data, where its count goes, a shade 0–4. */
    public record RingSegment(Month month, String path, String labelX, String labelY, int entries, int overdue, int level) {}

    /** Twelve segments of a ring (viewBox 0 0 200 200), January at the top, clockwise. */
    public List<RingSegment> ring() {
        List<RingSegment> segments = new ArrayList<>();
        int max = maxMonthCount();
        for (MonthCount count : counts()) {
            int index = count.month().ordinal();
            double start = Math.toRadians(index * 30 - 90 + 1);
            double end = Math.toRadians(index * 30 - 90 + 29);
            double middle = (start + end) / 2;
            String path = "M" + point(90, start) + " A90,90 0 0,1 " + point(90, end) + " L" + point(52, end)
                    + " A52,52 0 0,0 " + point(52, start) + " Z";
            int level = count.entries() == 0 ? 0 : (int) Math.ceil(4.0 * count.entries() / max);
            segments.add(new RingSegment(count.month(), path, coordinate(100 + 71 * Math.cos(middle)),
                    coordinate(100 + 71 * Math.sin(middle) + 4), count.entries(), count.overdue(), level));
        }
        return segments;
    }

    private static String point(double radius, double angle) {
        return coordinate(100 + radius * Math.cos(angle)) + "," + coordinate(100 + radius * Math.sin(angle));
    }

    private static String coordinate(double value) {
        return String.format(java.util.Locale.ROOT, "%.2f", value);
    }
}
