package se.trygghetsnav.barometer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LevelTest {

    @ParameterizedTest
    @CsvSource({"0, Grundläggande", "39, Grundläggande", "40, Under utveckling", "69, Under utveckling",
            "70, Väl utvecklat", "100, Väl utvecklat"})
    void levelFollowsTheTotalScore(int score, String label) {
        assertThat(Level.of(score).label()).isEqualTo(label);
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 101})
    void refusesScoresOutsideTheScale(int score) {
        assertThatThrownBy(() -> Level.of(score)).isInstanceOf(IllegalArgumentException.class);
    }
}
