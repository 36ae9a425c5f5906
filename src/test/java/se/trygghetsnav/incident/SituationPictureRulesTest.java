package se.trygghetsnav.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.trygghetsnav.measure.MeasureEvent;
import se.trygghetsnav.measure.MeasureStatus;
import se.trygghetsnav.platform.InvalidInputException.InputProblem;

/** The input rules of a lägesbild and the completeness of a SMART goal, without Spring. */
class SituationPictureRulesTest {

    private static final LocalDate JANUARY_FIRST = LocalDate.of(2025, 1, 1);

    @Test
    void aPeriodNeedsATitleAndBothDatesInOrder() {
        assertThat(SituationPictureRules.checkPeriod("Lägesbild 2025", JANUARY_FIRST, LocalDate.of(2025, 12, 31))).isEmpty();
        assertThat(SituationPictureRules.checkPeriod("En dag", JANUARY_FIRST, JANUARY_FIRST)).isEmpty();
        assertThat(fields(SituationPictureRules.checkPeriod("  ", null, null))).containsExactly("title", "from", "to");
        assertThat(SituationPictureRules.checkPeriod("x".repeat(201), JANUARY_FIRST, JANUARY_FIRST))
                .containsExactly(new InputProblem("title", "picture.error.title.tooLong"));
        assertThat(SituationPictureRules.checkPeriod("Baklänges", JANUARY_FIRST, JANUARY_FIRST.minusDays(1)))
                .containsExactly(new InputProblem("to", "picture.error.to.beforeFrom"));
    }

    @Test
    void aPeriodIsAtMostFiveYears() {
        assertThat(SituationPictureRules.checkPeriod("Mandatperiod och ett år", JANUARY_FIRST, LocalDate.of(2029, 12, 31))).isEmpty();
        assertThat(SituationPictureRules.checkPeriod("För lång", JANUARY_FIRST, LocalDate.of(2030, 1, 1)))
                .containsExactly(new InputProblem("to", "picture.error.period.tooLong"));
    }

    @Test
    void textsAndProblemsAreLimited() {
        assertThat(SituationPictureRules.checkTexts(SituationPictureTexts.unchanged())).isEmpty();
        assertThat(fields(SituationPictureRules.checkTexts(new SituationPictureTexts(null, null, "x".repeat(20_001), null, null,
                null, "kort")))).containsExactly("analysis");
        SituationPictureProblemForm problem = new SituationPictureProblemForm("", "x".repeat(4001), "", null, null, "", "", "", "",
                null, 0);
        assertThat(fields(SituationPictureRules.checkProblem(problem))).containsExactly("title", "finding", "priority");
        assertThat(SituationPictureRules.checkProblem(SituationPictureProblemForm.empty())).extracting(InputProblem::field)
                .containsExactly("title");
    }

    @Test
    void aSmartGoalIsCompleteWhenAllFivePartsAreFilledIn() {
        SituationPictureProblem.SmartGoal complete = new SituationPictureProblem.SmartGoal("Minska skadegörelsen i centrum",
                "Antal rapporter om skadegörelse per månad, från 6 till 3", "Belysning och väktare finns i budgeten",
                "Skadegörelsen är det vanligaste problemet", LocalDate.of(2026, 12, 31));
        assertThat(complete.complete()).isTrue();
        assertThat(complete.missing()).isEmpty();

        SituationPictureProblem.SmartGoal partly = new SituationPictureProblem.SmartGoal("Minska klottret", " ", null, "Syns", null);
        assertThat(partly.complete()).isFalse();
        assertThat(partly.missing()).containsExactly("measurable", "achievable", "timeBound");
        assertThat(new SituationPictureProblem.SmartGoal(null, null, null, null, null).missing())
                .containsExactlyElementsOf(SituationPictureProblem.SmartGoal.PARTS);
    }

    @Test
    void theLatestFollowUpIsTheNewestEventWithANote() {
        OffsetDateTime t = OffsetDateTime.parse("2026-01-10T10:00:00+01:00");
        MeasureEvent proposed = new MeasureEvent(MeasureStatus.PROPOSED, "", "Cora", t);
        MeasureEvent decided = new MeasureEvent(MeasureStatus.DECIDED, "Beslutat i styrgruppen", "Mats", t.plusDays(1));
        MeasureEvent started = new MeasureEvent(MeasureStatus.IN_PROGRESS, "", "Cora", t.plusDays(2));
        assertThat(ActionPlan.latestFollowUp(List.of(proposed, decided, started))).isEqualTo(decided);
        assertThat(ActionPlan.latestFollowUp(List.of(proposed))).isNull();
        assertThat(ActionPlan.latestFollowUp(List.of())).isNull();
    }

    @Test
    void typedTextIsShownAsItsParagraphs() {
        assertThat(SituationPicture.paragraphs("Första stycket.\r\n\r\n  Andra stycket.\nTredje.")).containsExactly(
                "Första stycket.", "Andra stycket.", "Tredje.");
        assertThat(SituationPicture.paragraphs(null)).isEmpty();
        assertThat(SituationPicture.paragraphs(" \n ")).isEmpty();
    }

    private static List<String> fields(List<InputProblem> problems) {
        return problems.stream().map(InputProblem::field).toList();
    }
}
