package se.trygghetsnav.demo;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import se.trygghetsnav.demo.DemoGeography.AreaShape;
import se.trygghetsnav.demo.DemoGeography.Locality;

/**
 * A year of made-up but plausible incident reports: evenings and weekend nights dominate, summer
 * and the end of the school term bring youth gatherings and vandalism, Walpurgis night and New
 * Year's Eve bring fires, the dark months bring complaints about lighting, most reports cluster
 * around a few hot spots, and youth gatherings and vandalism at the station rise over the last
 * eight weeks.
 */
final class DemoReports {

    /** A person who files reports, and the organisation they act for. */
    record Reporter(long userId, long organisationId, boolean police) {}

    /** One generated report, ready to insert. */
    record Report(String category, long reporterId, long organisationId, OffsetDateTime occurredFrom,
            OffsetDateTime occurredTo, Double latitude, Double longitude, String place, Long areaId,
            String description, Integer peopleInvolved, String reportedToPolice, OffsetDateTime createdAt) {}

    /** Where reports happen: an area's centre or a village, with a spread around it. */
    private record Spot(String name, String locality, double latitude, double longitude, double spreadMetres,
            double maxMetres, List<String> landmarks, AreaShape area, double weight) {}

    private enum DayProfile { EVENING, NIGHT, DAYTIME }

    /** Expected reports per year and category before the trend; about 1,700 in all. */
    private static final Map<String, Integer> YEARLY = new LinkedHashMap<>();
    static {
        YEARLY.put("VANDALISM", 290);
        YEARLY.put("GRAFFITI", 190);
        YEARLY.put("LITTERING", 240);
        YEARLY.put("ARSON", 60);
        YEARLY.put("THEFT", 125);
        YEARLY.put("THREAT_VIOLENCE", 65);
        YEARLY.put("DRUGS", 75);
        YEARLY.put("YOUTH_GATHERING", 210);
        YEARLY.put("PUBLIC_DISORDER", 140);
        YEARLY.put("TRAFFIC", 110);
        YEARLY.put("UNSAFE_ENVIRONMENT", 105);
        YEARLY.put("SOCIAL_UNREST", 35);
        YEARLY.put("OTHER", 55);
    }

    private static final Set<String> TREND_CATEGORIES = Set.of("YOUTH_GATHERING", "VANDALISM");
    private static final int TREND_WEEKS = 8;
    private static final Set<String> POLICE_CATEGORIES = Set.of("THREAT_VIOLENCE", "DRUGS", "TRAFFIC", "PUBLIC_DISORDER");

    /** Relative weight of each hour 0–23. */
    private static final double[] EVENING_HOURS = {5, 4, 3, 2, 1, 0.5, 0.5, 1, 1.5, 1.5, 1.5, 2, 2, 2, 2.5, 3, 4, 4.5, 5.5, 7, 8, 9, 8.5, 7};
    private static final double[] NIGHT_HOURS = {8, 7, 6, 4, 2, 1, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 1, 1, 1, 1, 1.5, 2, 3, 4, 6, 8, 9, 9};
    private static final double[] DAYTIME_HOURS = {0.5, 0.3, 0.3, 0.3, 0.5, 1, 2, 5, 7, 7, 6, 5, 5, 5, 5, 5, 4, 3, 2.5, 2, 2, 2, 1.5, 1};

    private final Random random;
    private final LocalDate firstDay;
    private final LocalDate lastDay;
    private final ZoneId zone;
    private final Instant now;
    private final Map<String, Long> areaIds;
    private final List<Spot> spots;
    private final Spot station;
    private final List<Reporter> housingReporters;
    private final Reporter police;

    /**
     * @param areaIds database id of each demo area by name
     * @param housingReporters the housing company's reporters
     * @param police the police reporter
     */
    DemoReports(Random random, LocalDate today, ZoneId zone, Instant now, Map<String, Long> areaIds,
            List<Reporter> housingReporters, Reporter police) {
        this.random = random;
        this.firstDay = today.minusDays(365);
        this.lastDay = today.minusDays(1);
        this.zone = zone;
        this.now = now;
        this.areaIds = Map.copyOf(areaIds);
        this.housingReporters = housingReporters;
        this.police = police;
        this.spots = spots(areaIds);
        this.station = spots.stream().filter(spot -> spot.name().equals(DemoGeography.STATION)).findFirst().orElseThrow();
    }

    private static List<Spot> spots(Map<String, Long> areaIds) {
        Map<String, Double> areaWeights = Map.of(DemoGeography.TRANEMO_CENTRUM, 22.0, DemoGeography.STATION, 13.0,
                DemoGeography.SOLGARDEN, 14.0, DemoGeography.GYMNASIESKOLA, 7.0, DemoGeography.LIMMARED, 8.0,
                DemoGeography.DALSTORP, 8.0, DemoGeography.GRIMSAS, 5.0);
        List<Spot> spots = new ArrayList<>();
        for (AreaShape area : DemoGeography.AREAS) {
            if (!areaIds.containsKey(area.name())) {
                throw new IllegalStateException("Området saknas: " + area.name());
            }
            spots.add(new Spot(area.name(), area.locality(), area.latitude(), area.longitude(), area.radiusMetres() * 0.33,
                    area.radiusMetres() * 0.7, area.landmarks(), area, areaWeights.get(area.name())));
        }
        for (Locality locality : DemoGeography.LOCALITIES) {
            if (locality.landmarks().isEmpty()) {
                continue;
            }
            boolean town = locality.name().equals("Tranemo");
            double weight = town ? 8 : locality.name().equals("Länghem") ? 3 : 1.2;
            spots.add(new Spot(locality.name(), locality.name(), locality.latitude(), locality.longitude(),
                    town ? 500 : 200, town ? 1200 : 500, locality.landmarks(), null, weight));
        }
        return spots;
    }

    /** Reports from 365 days before today up to and including yesterday. */
    List<Report> generate() {
        Map<String, double[]> dailyRates = new LinkedHashMap<>();
        int days = (int) ChronoUnit.DAYS.between(firstDay, lastDay) + 1;
        YEARLY.forEach((category, perYear) -> dailyRates.put(category, dailyRates(category, perYear, days)));
        LocalDate trendStart = lastDay.minusWeeks(TREND_WEEKS).plusDays(1);
        List<Report> reports = new ArrayList<>();
        for (int d = 0; d < days; d++) {
            LocalDate date = firstDay.plusDays(d);
            for (Map.Entry<String, double[]> rate : dailyRates.entrySet()) {
                String category = rate.getKey();
                for (int i = count(rate.getValue()[d]); i > 0; i--) {
                    reports.add(report(category, date, pickSpot(category)));
                }
                if (TREND_CATEGORIES.contains(category) && !date.isBefore(trendStart)) {
                    // Week 1 of the trend adds about one report a week, week 8 about eight.
                    double week = ChronoUnit.DAYS.between(trendStart, date) / 7 + 1;
                    for (int i = poisson(week / 7.0); i > 0; i--) {
                        reports.add(report(category, date, station));
                    }
                }
            }
        }
        return reports;
    }

    /** Expected reports of one category per day, summing to {@code perYear} over the period. */
    private double[] dailyRates(String category, int perYear, int days) {
        double[] weights = new double[days];
        double sum = 0;
        for (int d = 0; d < days; d++) {
            LocalDate date = firstDay.plusDays(d);
            weights[d] = season(category, date) * weekday(category, date.getDayOfWeek()) * specialDay(category, date);
            sum += weights[d];
        }
        for (int d = 0; d < days; d++) {
            weights[d] = weights[d] * perYear / sum;
        }
        return weights;
    }

    /** 1 + amplitude at mid-July (summer) or at midwinter (dark), 1 − amplitude half a year off. */
    private static double season(String category, LocalDate date) {
        double summer = Math.cos(2 * Math.PI * (date.getDayOfYear() - 196) / 365.0);
        return switch (category) {
            case "YOUTH_GATHERING" -> 1 + 0.6 * summer;
            case "VANDALISM", "LITTERING", "PUBLIC_DISORDER" -> 1 + 0.4 * summer;
            case "TRAFFIC" -> 1 + 0.5 * summer;
            case "ARSON", "DRUGS" -> 1 + 0.25 * summer;
            case "UNSAFE_ENVIRONMENT" -> 1 - 0.7 * summer;
            case "THEFT" -> 1 - 0.15 * summer;
            default -> 1;
        };
    }

    private static double weekday(String category, DayOfWeek day) {
        if (profile(category) == DayProfile.DAYTIME) {
            return switch (day) {
                case MONDAY -> 1.3;
                case SATURDAY -> 0.8;
                case SUNDAY -> 0.7;
                default -> 1.0;
            };
        }
        return switch (day) {
            case FRIDAY -> 1.5;
            case SATURDAY -> 1.6;
            case SUNDAY -> 1.0;
            case THURSDAY -> 0.9;
            default -> 0.8;
        };
    }

    /** Walpurgis night, New Year's Eve, the end of the school term and Midsummer Eve. */
    private static double specialDay(String category, LocalDate date) {
        boolean walpurgis = date.getMonth() == Month.APRIL && date.getDayOfMonth() == 30;
        boolean newYear = date.getMonth() == Month.DECEMBER && date.getDayOfMonth() == 31
                || date.getMonth() == Month.JANUARY && date.getDayOfMonth() == 1;
        LocalDate schoolEnd = LocalDate.of(date.getYear(), Month.JUNE, 9).with(TemporalAdjusters.nextOrSame(DayOfWeek.FRIDAY));
        boolean termEnd = !date.isBefore(schoolEnd.minusDays(2)) && !date.isAfter(schoolEnd.plusDays(7));
        boolean midsummer = date.equals(LocalDate.of(date.getYear(), Month.JUNE, 19).with(TemporalAdjusters.nextOrSame(DayOfWeek.FRIDAY)));
        double factor = 1;
        if (walpurgis || newYear) {
            factor *= switch (category) {
                case "ARSON" -> 40;
                case "PUBLIC_DISORDER" -> 4;
                case "YOUTH_GATHERING", "VANDALISM" -> 2.5;
                default -> 1;
            };
        }
        if (termEnd) {
            factor *= switch (category) {
                case "YOUTH_GATHERING" -> 2.5;
                case "VANDALISM", "LITTERING", "PUBLIC_DISORDER" -> 1.8;
                default -> 1;
            };
        }
        if (midsummer) {
            factor *= switch (category) {
                case "PUBLIC_DISORDER", "LITTERING" -> 3;
                default -> 1;
            };
        }
        return factor;
    }

    private static DayProfile profile(String category) {
        return switch (category) {
            case "GRAFFITI", "ARSON", "THEFT" -> DayProfile.NIGHT;
            case "LITTERING", "UNSAFE_ENVIRONMENT", "OTHER" -> DayProfile.DAYTIME;
            default -> DayProfile.EVENING;
        };
    }

    private Spot pickSpot(String category) {
        double[] weights = new double[spots.size()];
        for (int i = 0; i < spots.size(); i++) {
            weights[i] = spots.get(i).weight() * spotFactor(category, spots.get(i));
        }
        return spots.get(pick(weights));
    }

    private static double spotFactor(String category, Spot spot) {
        boolean village = spot.area() == null && !spot.name().equals("Tranemo");
        return switch (category) {
            case "YOUTH_GATHERING" -> switch (spot.name()) {
                case DemoGeography.STATION, DemoGeography.GYMNASIESKOLA -> 2;
                case DemoGeography.TRANEMO_CENTRUM -> 1.3;
                default -> village ? 0.5 : 1;
            };
            case "GRAFFITI" -> switch (spot.name()) {
                case DemoGeography.STATION -> 1.8;
                case DemoGeography.GYMNASIESKOLA -> 1.5;
                default -> 1;
            };
            case "THEFT" -> switch (spot.name()) {
                case DemoGeography.SOLGARDEN -> 1.8;
                case DemoGeography.STATION -> 1.3;
                default -> 1;
            };
            case "UNSAFE_ENVIRONMENT" -> switch (spot.name()) {
                case DemoGeography.STATION, DemoGeography.SOLGARDEN, "Tranemo" -> 1.6;
                default -> 1;
            };
            case "DRUGS" -> switch (spot.name()) {
                case DemoGeography.STATION -> 1.5;
                case DemoGeography.TRANEMO_CENTRUM -> 1.3;
                default -> 1;
            };
            case "TRAFFIC" -> village || spot.name().equals("Tranemo") ? 2 : 1;
            case "LITTERING" -> village ? 1.5 : 1;
            default -> 1;
        };
    }

    private Report report(String category, LocalDate date, Spot spot) {
        ZonedDateTime from = ZonedDateTime.of(date, LocalTime.of(hour(category, date.getDayOfWeek()), random.nextInt(60)), zone);
        ZonedDateTime to = random.nextDouble() < 0.2 ? from.plusMinutes(60 + random.nextInt(301)) : null;
        if (to != null && to.toInstant().isAfter(now)) {
            to = null;
        }
        ZonedDateTime known = to != null ? to : from;
        long delayMinutes = 5 + (long) (-Math.log(1 - random.nextDouble()) * 240);
        Instant created = known.toInstant().plus(Duration.ofMinutes(Math.min(delayMinutes, 48 * 60)));
        if (created.isAfter(now)) {
            created = now;
        }

        String landmark = spot.landmarks().get(random.nextInt(spot.landmarks().size()));
        Double latitude = null;
        Double longitude = null;
        String place = null;
        Long areaId = null;
        double where = random.nextDouble();
        if (where < 0.15) {
            place = placeText(landmark, spot);
        } else if (where < 0.25 && spot.area() != null) {
            areaId = areaId(spot.area());
        } else {
            double[] point = point(spot);
            latitude = point[0];
            longitude = point[1];
            areaId = areaAt(point[0], point[1]);
            if (random.nextDouble() < 0.3) {
                place = placeText(landmark, spot);
            }
        }

        Reporter reporter = reporter(category);
        Integer people = people(category);
        String policeAnswer = reporter.police() ? "YES" : reportedToPolice(category);
        return new Report(category, reporter.userId(), reporter.organisationId(), from.toOffsetDateTime(),
                to == null ? null : to.toOffsetDateTime(), latitude, longitude, place, areaId,
                DemoTexts.describe(random, category, landmark, people), people, policeAnswer,
                created.atZone(zone).toOffsetDateTime());
    }

    private int hour(String category, DayOfWeek day) {
        DayProfile profile = profile(category);
        double[] weights = switch (profile) {
            case EVENING -> EVENING_HOURS.clone();
            case NIGHT -> NIGHT_HOURS.clone();
            case DAYTIME -> DAYTIME_HOURS.clone();
        };
        if (profile != DayProfile.DAYTIME) {
            boolean weekendEvening = day == DayOfWeek.FRIDAY || day == DayOfWeek.SATURDAY;
            boolean weekendNight = day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
            for (int h = 0; h < 24; h++) {
                if (weekendEvening && h >= 19 || weekendNight && h <= 3) {
                    weights[h] *= 1.8;
                }
            }
        }
        return pick(weights);
    }

    /** A point normally spread around the spot's centre, cut off at its maximum distance. */
    private double[] point(Spot spot) {
        double north;
        double east;
        do {
            north = random.nextGaussian() * spot.spreadMetres();
            east = random.nextGaussian() * spot.spreadMetres();
        } while (Math.hypot(north, east) > spot.maxMetres());
        double latitude = spot.latitude() + north / DemoGeography.metresPerDegreeLatitude();
        double longitude = spot.longitude() + east / DemoGeography.metresPerDegreeLongitude(spot.latitude());
        return new double[] {Math.round(latitude * 1e6) / 1e6, Math.round(longitude * 1e6) / 1e6};
    }

    private Long areaId(AreaShape area) {
        return areaIds.get(area.name());
    }

    /** The area whose polygon holds the point, if any. */
    private Long areaAt(double latitude, double longitude) {
        for (AreaShape area : DemoGeography.AREAS) {
            if (area.contains(latitude, longitude)) {
                return areaId(area);
            }
        }
        return null;
    }

    private static String placeText(String landmark, Spot spot) {
        String text = Character.toUpperCase(landmark.charAt(0)) + landmark.substring(1);
        return landmark.contains(spot.locality()) ? text : text + ", " + spot.locality();
    }

    private Reporter reporter(String category) {
        double policeShare = POLICE_CATEGORIES.contains(category) ? 0.65 : 0.12;
        if (random.nextDouble() < policeShare) {
            return police;
        }
        return housingReporters.get(random.nextInt(housingReporters.size()));
    }

    private Integer people(String category) {
        double known = switch (category) {
            case "YOUTH_GATHERING" -> 0.6;
            case "THREAT_VIOLENCE" -> 0.8;
            case "PUBLIC_DISORDER" -> 0.5;
            case "DRUGS" -> 0.4;
            default -> 0.15;
        };
        if (random.nextDouble() >= known) {
            return null;
        }
        return switch (category) {
            case "YOUTH_GATHERING" -> 4 + random.nextInt(22);
            case "PUBLIC_DISORDER" -> 2 + random.nextInt(9);
            case "THREAT_VIOLENCE", "DRUGS" -> 1 + random.nextInt(4);
            default -> 1 + random.nextInt(3);
        };
    }

    /** Share reported to the police as YES and NO; the rest DONT_KNOW. */
    private String reportedToPolice(String category) {
        double[] shares = switch (category) {
            case "THREAT_VIOLENCE", "ARSON" -> new double[] {0.7, 0.15};
            case "THEFT" -> new double[] {0.65, 0.2};
            case "DRUGS" -> new double[] {0.55, 0.2};
            case "VANDALISM" -> new double[] {0.35, 0.45};
            case "PUBLIC_DISORDER", "TRAFFIC" -> new double[] {0.35, 0.4};
            case "SOCIAL_UNREST", "YOUTH_GATHERING" -> new double[] {0.2, 0.55};
            case "GRAFFITI" -> new double[] {0.15, 0.7};
            case "LITTERING", "UNSAFE_ENVIRONMENT" -> new double[] {0.02, 0.9};
            default -> new double[] {0.1, 0.7};
        };
        double draw = random.nextDouble();
        return draw < shares[0] ? "YES" : draw < shares[0] + shares[1] ? "NO" : "DONT_KNOW";
    }

    /** A Poisson count; on spike days (Walpurgis, New Year) at least three quarters of the mean, so they always show. */
    private int count(double mean) {
        int count = poisson(mean);
        return mean >= 2 ? Math.max(count, (int) (mean * 0.75)) : count;
    }

    private int poisson(double mean) {
        double limit = Math.exp(-mean);
        double product = random.nextDouble();
        int count = 0;
        while (product > limit) {
            product *= random.nextDouble();
            count++;
        }
        return count;
    }

    private int pick(double[] weights) {
        double total = 0;
        for (double weight : weights) {
            total += weight;
        }
        double draw = random.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            draw -= weights[i];
            if (draw < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }
}
