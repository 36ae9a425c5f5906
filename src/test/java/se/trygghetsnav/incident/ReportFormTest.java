package se.trygghetsnav.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import se.trygghetsnav.platform.InvalidInputException.InputProblem;

class ReportFormTest {

    @Test
    void parsesWhatAPersonTyped() {
        ReportForm form = new ReportForm("12", "2026-11-20", "22:15", "2026-11-21", "01:30", "57,4851", "13.3512", " Stationen ",
                "", "Krossad ruta.", "3", "YES");
        NewReport report = form.toReport(null, "FORM").report();
        assertThat(report.categoryId()).isEqualTo(12);
        assertThat(report.occurredFrom()).isEqualTo(LocalDateTime.of(2026, 11, 20, 22, 15));
        assertThat(report.occurredTo()).isEqualTo(LocalDateTime.of(2026, 11, 21, 1, 30));
        assertThat(report.latitude()).isEqualTo(57.4851);
        assertThat(report.place()).isEqualTo("Stationen");
        assertThat(report.areaId()).isNull();
        assertThat(report.peopleInvolved()).isEqualTo(3);
        assertThat(report.reportedToPolice()).isEqualTo(PoliceReport.YES);
    }

    @Test
    void namesWhatCannotBeRead() {
        ReportForm form = new ReportForm("", "20/11", "sent", "", "02:00", "norr", "", "", "x", "", "några", "KANSKE");
        assertThat(form.toReport(null, "FORM").problems()).extracting(InputProblem::field)
                .containsExactly("category", "occurredFrom", "occurredTo", "latitude", "area", "peopleInvolved", "reportedToPolice");
    }

    @Test
    void aFreshFormStartsNow() {
        ReportForm form = ReportForm.startingAt(LocalDateTime.of(2026, 11, 23, 8, 5, 33));
        assertThat(form.date()).isEqualTo("2026-11-23");
        assertThat(form.time()).isEqualTo("08:05");
        assertThat(form.reportedToPolice()).isEqualTo("DONT_KNOW");
    }
}
