package se.trygghetsnav.incident;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** The heading and period of a new lägesbild, as typed in the form; dates are inclusive. */
public record SituationPictureForm(String title, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {

    /** A suggestion: last calendar year. */
    public static SituationPictureForm lastYear(LocalDate today) {
        int year = today.getYear() - 1;
        return new SituationPictureForm("", LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }
}
