package se.trygghetsnav.walk;

import java.time.LocalDate;

/**
 * A four-year term of office (mandatperiod) of a Swedish municipal council: it starts on 15 October
 * of an election year (2022, 2026, 2030, ...) and ends the day before the next one starts.
 */
public record TermOfOffice(int startYear) {

    static final int FIRST_ELECTION = 2022;

    public TermOfOffice {
        if (Math.floorMod(startYear - FIRST_ELECTION, 4) != 0) {
            throw new IllegalArgumentException("Inte ett valår: " + startYear);
        }
    }

    /** The term that a date falls in. */
    public static TermOfOffice of(LocalDate date) {
        int year = date.getYear() - Math.floorMod(date.getYear() - FIRST_ELECTION, 4);
        if (date.isBefore(LocalDate.of(year, 10, 15))) {
            year -= 4;
        }
        return new TermOfOffice(year);
    }

    /** The first day of the term. */
    public LocalDate start() {
        return LocalDate.of(startYear, 10, 15);
    }

    /** The last day of the term. */
    public LocalDate end() {
        return LocalDate.of(startYear + 4, 10, 14);
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(start()) && !date.isAfter(end());
    }

    public TermOfOffice previous() {
        return new TermOfOffice(startYear - 4);
    }

    public TermOfOffice next() {
        return new TermOfOffice(startYear + 4);
    }

    /** As people write it, e.g. "2026–2030". */
    public String label() {
        return startYear + "–" + (startYear + 4);
    }
}
