package se.trygghetsnav.incident;

/**
 * Reports per weekday (Monday first) and hour of day, in Swedish time, for a heat table.
 * {@code counts[day][hour]}.
 */
public record TimePattern(long[][] counts, long total, long max) {

    public static final int DAYS = 7;
    public static final int HOURS = 24;

    public static TimePattern of(long[][] counts) {
        long total = 0;
        long max = 0;
        for (long[] day : counts) {
            for (long hour : day) {
                total += hour;
                max = Math.max(max, hour);
            }
        }
        return new TimePattern(counts, total, max);
    }

    /** 0-4, how dark the cell is drawn (the number is always shown beside the colour). */
    public int shade(int day, int hour) {
        return max == 0 || counts[day][hour] == 0 ? 0 : (int) Math.ceil(4.0 * counts[day][hour] / max);
    }

    public long dayTotal(int day) {
        long sum = 0;
        for (long hour : counts[day]) {
            sum += hour;
        }
        return sum;
    }

    public long hourTotal(int hour) {
        long sum = 0;
        for (long[] day : counts) {
            sum += day[hour];
        }
        return sum;
    }
}
