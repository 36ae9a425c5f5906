package se.trygghetsnav.walk;

import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import se.trygghetsnav.municipality.Locality;

/**
 * Which localities have had a safety walk in a term of office, and a plan of four walks a year over
 * the rest of the term that visits the localities without a walk first.
 */
public final class Coverage {

    /** A walk as the coverage sees it: where and when. */
    public record WalkDate(long localityId, LocalDate date) {}

    /** One row of the coverage table. */
    public record Row(Locality locality, int walks, LocalDate lastWalk) {
        public boolean covered() {
            return walks > 0;
        }
    }

    /** A planned walk: one a quarter. */
    public record PlannedWalk(LocalDate date, Locality locality) {}

    private Coverage() {}

    /** Every locality with its walks in the term, in the localities' order. */
    public static List<Row> table(TermOfOffice term, List<Locality> localities, List<WalkDate> walks) {
        Map<Long, List<LocalDate>> byLocality = walks.stream().filter(w -> term.contains(w.date()))
                .collect(Collectors.groupingBy(WalkDate::localityId, Collectors.mapping(WalkDate::date, Collectors.toList())));
        return localities.stream().map(locality -> {
            List<LocalDate> dates = byLocality.getOrDefault(locality.id(), List.of());
            return new Row(locality, dates.size(), dates.stream().max(Comparator.naturalOrder()).orElse(null));
        }).toList();
    }

    /**
     * Four walks a year, one in the middle of each quarter (15 February, May, August, November) from
     * today to the end of the term. Localities without a walk in the term come first (in table order),
     * then those whose last walk is the oldest; the list repeats if there are more dates than localities.
     */
    public static List<PlannedWalk> plan(TermOfOffice term, List<Row> table, LocalDate today) {
        List<Locality> order = new ArrayList<>();
        table.stream().filter(row -> !row.covered()).forEach(row -> order.add(row.locality()));
        table.stream().filter(Row::covered).sorted(Comparator.comparing(Row::lastWalk))
                .forEach(row -> order.add(row.locality()));
        List<PlannedWalk> plan = new ArrayList<>();
        if (order.isEmpty()) {
            return plan;
        }
        for (LocalDate date : quarterDates(term, today)) {
            plan.add(new PlannedWalk(date, order.get(plan.size() % order.size())));
        }
        return plan;
    }

    /** The 15th of the middle month of each quarter, after today and within the term. */
    static List<LocalDate> quarterDates(TermOfOffice term, LocalDate today) {
        List<LocalDate> dates = new ArrayList<>();
        for (int year = term.start().getYear(); year <= term.end().getYear(); year++) {
            for (Month month : List.of(Month.FEBRUARY, Month.MAY, Month.AUGUST, Month.NOVEMBER)) {
                LocalDate date = LocalDate.of(year, month, 15);
                if (date.isAfter(today) && term.contains(date)) {
                    dates.add(date);
                }
            }
        }
        return dates;
    }
}
