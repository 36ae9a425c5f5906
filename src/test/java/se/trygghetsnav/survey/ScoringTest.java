package se.trygghetsnav.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScoringTest {

    private static final Instrument TWO_SECTIONS = new Instrument("test", 1, "Test", List.of(), List.of(
            section("s1", 4), section("s2", 3)), null);

    @Test
    void pointsAreTwoForYesOneForPartlyAndNoneOtherwise() {
        assertThat(Scoring.points(AnswerOption.YES)).isEqualTo(2);
        assertThat(Scoring.points(AnswerOption.PARTLY)).isEqualTo(1);
        assertThat(Scoring.points(AnswerOption.NO)).isZero();
        assertThat(Scoring.points(AnswerOption.DONT_KNOW)).isZero();
    }

    @Test
    void allYesScoresOneHundredEverywhere() {
        ScoreCard card = Scoring.score(TWO_SECTIONS, all(AnswerOption.YES));
        assertThat(card.totalScore()).isEqualTo(100);
        assertThat(card.sections()).extracting(ScoreCard.SectionScore::score).containsExactly(100, 100);
    }

    @Test
    void allNoScoresZero() {
        ScoreCard card = Scoring.score(TWO_SECTIONS, all(AnswerOption.NO));
        assertThat(card.totalScore()).isZero();
        assertThat(card.sections()).extracting(ScoreCard.SectionScore::score).containsExactly(0, 0);
        assertThat(card.sections()).extracting(ScoreCard.SectionScore::dontKnow).containsExactly(0, 0);
    }

    @Test
    void roundsHalfUp() {
        // s1: one Delvis, rest Nej = 1 of 8 points = 12.5 -> 13; s2: one Ja = 2 of 6 = 33.3 -> 33
        Map<String, AnswerOption> answers = all(AnswerOption.NO);
        answers.put("s1.q1", AnswerOption.PARTLY);
        answers.put("s2.q1", AnswerOption.YES);
        ScoreCard card = Scoring.score(TWO_SECTIONS, answers);
        assertThat(card.sections()).extracting(ScoreCard.SectionScore::score).containsExactly(13, 33);
        // total 3 of 14 points = 21.4 -> 21
        assertThat(card.totalScore()).isEqualTo(21);
    }

    @Test
    void roundsExactHalvesUpAndTheRestToNearest() {
        assertThat(Scoring.percentHalfUp(1, 8)).isEqualTo(13); // 12.5
        assertThat(Scoring.percentHalfUp(3, 8)).isEqualTo(38); // 37.5
        assertThat(Scoring.percentHalfUp(21, 26)).isEqualTo(81); // 80.77
        assertThat(Scoring.percentHalfUp(5, 26)).isEqualTo(19); // 19.23
        assertThat(Scoring.percentHalfUp(1, 200)).isEqualTo(1); // 0.5
        assertThat(Scoring.percentHalfUp(0, 7)).isZero();
        assertThat(Scoring.percentHalfUp(7, 7)).isEqualTo(100);
    }

    @Test
    void totalIsComputedOverAllQuestionsNotAsMeanOfSections() {
        // s1 all Ja (8 points), s2 all Nej (0): total 8 of 14 = 57.1 -> 57, mean of sections would be 50
        Map<String, AnswerOption> answers = all(AnswerOption.NO);
        for (int q = 1; q <= 4; q++) {
            answers.put("s1.q" + q, AnswerOption.YES);
        }
        assertThat(Scoring.score(TWO_SECTIONS, answers).totalScore()).isEqualTo(57);
    }

    @Test
    void countsDontKnowPerSection() {
        Map<String, AnswerOption> answers = all(AnswerOption.YES);
        answers.put("s2.q1", AnswerOption.DONT_KNOW);
        answers.put("s2.q3", AnswerOption.DONT_KNOW);
        ScoreCard card = Scoring.score(TWO_SECTIONS, answers);
        assertThat(card.sections()).extracting(ScoreCard.SectionScore::dontKnow).containsExactly(0, 2);
        assertThat(card.sections().get(1).score()).isEqualTo(33);
    }

    @Test
    void refusesIncompleteAnswers() {
        Map<String, AnswerOption> answers = all(AnswerOption.YES);
        answers.remove("s2.q2");
        assertThatThrownBy(() -> Scoring.score(TWO_SECTIONS, answers)).hasMessageContaining("s2.q2");
    }

    @Test
    void refusesNonsensePercentages() {
        assertThatThrownBy(() -> Scoring.percentHalfUp(1, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    private static Map<String, AnswerOption> all(AnswerOption option) {
        Map<String, AnswerOption> answers = new HashMap<>();
        TWO_SECTIONS.questions().forEach(q -> answers.put(q.id(), option));
        return answers;
    }

    private static Instrument.Section section(String id, int questions) {
        return new Instrument.Section(id, "Område " + id, "", java.util.stream.IntStream.rangeClosed(1, questions)
                .mapToObj(q -> new Instrument.Question(id + ".q" + q, "Fråga " + q, "Råd"))
                .toList());
    }
}
