package se.trygghetsnav.community;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.trygghetsnav.community.StatisticsBuckets.Bar;
import se.trygghetsnav.community.SurveyResults.Answer;

class SurveyResultsTest {

    @Test
    void fewerThanFiveAnswersShowNothing() {
        SurveyResults results = SurveyResults.of(List.of(new Answer(5, 10, "SAFER"), new Answer(1, 1, "LESS_SAFE")));
        assertThat(results.enough()).isFalse();
        assertThat(results.total()).isEqualTo(2);
        assertThat(results.feltSafetyMean()).isNull();
        assertThat(results.netPromoterScore()).isNull();
    }

    @Test
    void theSeedsFiguresComeOutAsTheSeedReportsThem() {
        // 100 answers: 62 safer, 35 unchanged, 3 less safe; recommend: 50 promoters, 20 detractors
        List<Answer> answers = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            int safety = i < 30 ? 5 : i < 90 ? 4 : 3; // (150 + 240 + 30) / 100 = 4.2
            int recommend = i < 50 ? 9 : i < 80 ? 8 : 5;
            String effect = i < 62 ? "SAFER" : i < 97 ? "UNCHANGED" : "LESS_SAFE";
            answers.add(new Answer(safety, recommend, effect));
        }
        SurveyResults results = SurveyResults.of(answers);
        assertThat(results.enough()).isTrue();
        assertThat(results.feltSafetyMean()).isEqualTo(4.2);
        assertThat(results.recommendMean()).isEqualTo(7.9);
        assertThat(results.netPromoterScore()).isEqualTo(30);
        assertThat(results.informationEffect().bars()).extracting(Bar::labelKey)
                .containsExactly("memberSurvey.effect.SAFER", "memberSurvey.effect.UNCHANGED", "memberSurvey.effect.LESS_SAFE");
        assertThat(results.informationEffect().bars()).extracting(Bar::share).containsExactly("62 %", "35 %", "–");
        assertThat(results.informationEffect().bars()).extracting(Bar::shown).containsExactly("62", "35", "<5");
        assertThat(results.feltSafety().bars()).extracting(Bar::shown).containsExactly("0", "0", "10", "60", "30");
        assertThat(results.recommend().bars()).hasSize(10);
    }

    @Test
    void netPromoterScoreIsPromotersMinusDetractorsInPercentPoints() {
        assertThat(SurveyResults.netPromoterScore(50, 20, 100)).isEqualTo(30);
        assertThat(SurveyResults.netPromoterScore(1, 2, 3)).isEqualTo(-33);
        assertThat(SurveyResults.netPromoterScore(0, 0, 7)).isZero();
    }
}
