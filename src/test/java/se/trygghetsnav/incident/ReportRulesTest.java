package se.trygghetsnav.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.trygghetsnav.platform.InvalidInputException.InputProblem;

class ReportRulesTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 23, 12, 0);
    private static final Set<Long> CATEGORIES = Set.of(1L, 2L);
    private static final Set<Long> AREAS = Set.of(10L);

    @Test
    void aCompleteReportPasses() {
        assertThat(check(report(1L, NOW.minusHours(3), null, 57.485, 13.351, null, null, "Krossad ruta.", 2))).isEmpty();
        assertThat(check(report(2L, NOW.minusDays(2), NOW.minusDays(2).plusHours(3), null, null, "Stationen", null, "", null))).isEmpty();
        assertThat(check(report(2L, NOW.minusDays(2), null, null, null, null, 10L, "", null))).isEmpty();
    }

    @Test
    void namesEveryBrokenField() {
        List<String> fields = check(report(99L, NOW.plusDays(1), NOW.minusDays(1), 48.85, 2.35, "x".repeat(301), 11L,
                "Ring 19811218-9876 om ni undrar.", -1));
        assertThat(fields).contains("category", "occurredFrom", "occurredTo", "latitude", "area", "place", "description", "peopleInvolved");
    }

    @Test
    void aReportMustSayWhere() {
        assertThat(check(report(1L, NOW.minusHours(1), null, null, null, null, null, "", null))).containsExactly("place");
    }

    @Test
    void halfAPointIsRefused() {
        assertThat(check(report(1L, NOW.minusHours(1), null, 57.485, null, null, null, "", null))).contains("latitude");
    }

    @Test
    void aPersonalIdentityNumberWithAWrongCheckDigitIsNotPersonalData() {
        assertThat(check(report(1L, NOW.minusHours(1), null, null, null, "Stationen", null, "Ärende 811218-9875.", null))).isEmpty();
    }

    @Test
    void tooLargePhotosAreRefused() {
        NewReport withPhoto = new NewReport(1L, NOW.minusHours(1), null, null, null, "Stationen", null, "", null,
                PoliceReport.NO, new byte[ReportRules.MAX_PHOTO_BYTES + 1], "FORM");
        assertThat(check(withPhoto)).containsExactly("photo");
    }

    private static List<String> check(NewReport report) {
        return ReportRules.check(report, CATEGORIES, AREAS, NOW).stream().map(InputProblem::field).toList();
    }

    private static NewReport report(long category, LocalDateTime from, LocalDateTime to, Double lat, Double lon, String place,
            Long area, String description, Integer people) {
        return new NewReport(category, from, to, lat, lon, place, area, description, people, PoliceReport.DONT_KNOW, null, "FORM");
    }
}
