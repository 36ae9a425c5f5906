package se.trygghetsnav.community;

import java.util.AbstractMap.SimpleEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import se.trygghetsnav.community.StatisticsBuckets.Chart;

/**
 * Results of the member survey as in the seed: the distribution and mean of felt safety (1-5) and of
 * recommending the service (1-10), an NPS-like share (9-10 minus 1-6, in percent points) and whether
 * the information made members feel safer. Nothing is shown of fewer than five answers.
 */
public record SurveyResults(int total, Chart feltSafety, Double feltSafetyMean, Chart recommend, Double recommendMean,
        Integer netPromoterScore, Chart informationEffect) {

    public static final int MINIMUM_ANSWERS = 5;

    /** One member's answer; {@code effect} is SAFER, UNCHANGED, LESS_SAFE or null. */
    public record Answer(int feltSafety, int recommend, String effect) {}

    public boolean enough() {
        return total >= MINIMUM_ANSWERS;
    }

    public static SurveyResults of(List<Answer> answers) {
        int total = answers.size();
        if (total < MINIMUM_ANSWERS) {
            return new SurveyResults(total, null, null, null, null, null, null);
        }
        long[] safety = new long[6];
        long[] recommend = new long[11];
        long safetySum = 0;
        long recommendSum = 0;
        long promoters = 0;
        long detractors = 0;
        long safer = 0;
        long unchanged = 0;
        long lessSafe = 0;
        for (Answer a : answers) {
            safety[a.feltSafety()]++;
            recommend[a.recommend()]++;
            safetySum += a.feltSafety();
            recommendSum += a.recommend();
            if (a.recommend() >= 9) {
                promoters++;
            } else if (a.recommend() <= 6) {
                detractors++;
            }
            if ("SAFER".equals(a.effect())) {
                safer++;
            } else if ("UNCHANGED".equals(a.effect())) {
                unchanged++;
            } else if ("LESS_SAFE".equals(a.effect())) {
                lessSafe++;
            }
        }
        return new SurveyResults(total, distribution(safety, 1, 5), round1((double) safetySum / total), distribution(recommend, 1, 10),
                round1((double) recommendSum / total), netPromoterScore(promoters, detractors, total),
                effects(safer, unchanged, lessSafe));
    }

    /** Promoters (9-10) minus detractors (1-6) as whole percent points of all answers. */
    public static int netPromoterScore(long promoters, long detractors, long total) {
        return (int) Math.round(100.0 * (promoters - detractors) / total);
    }

    private static Chart effects(long safer, long unchanged, long lessSafe) {
        Chart chart = StatisticsBuckets.suppressed(List.of(new SimpleEntry<>("SAFER", safer), new SimpleEntry<>("UNCHANGED", unchanged),
                new SimpleEntry<>("LESS_SAFE", lessSafe)));
        return new Chart(chart.bars().stream()
                .map(b -> new StatisticsBuckets.Bar("memberSurvey.effect." + b.labelArg(), "", b.count(), b.shown(), b.share()))
                .toList());
    }

    private static Chart distribution(long[] counts, int from, int to) {
        List<Map.Entry<String, Long>> entries = new ArrayList<>();
        for (int value = from; value <= to; value++) {
            entries.add(new SimpleEntry<>(String.valueOf(value), counts[value]));
        }
        return StatisticsBuckets.suppressed(entries);
    }

    private static double round1(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
