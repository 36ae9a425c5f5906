package se.trygghetsnav.incident;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A prioritised problem of a lägesbild: what the data shows, why it was chosen, where and what,
 * and its SMART goal. {@code measureIds} are the measures of the action plan linked to it.
 */
public record SituationPictureProblem(long id, long pictureId, String title, String finding, String whyChosen,
        Long areaId, String areaName, Long categoryId, String categoryName, SmartGoal goal, int priority,
        List<Long> measureIds) {

    public SituationPictureProblem {
        Objects.requireNonNull(title);
        Objects.requireNonNull(goal);
        finding = finding == null ? "" : finding;
        whyChosen = whyChosen == null ? "" : whyChosen;
        measureIds = measureIds == null ? List.of() : List.copyOf(measureIds);
    }

    /**
     * A SMART goal: specific (what shall change), measurable (the indicator), achievable (why it
     * can be reached), relevant (how it meets the problem) and time-bound (by when).
     */
    public record SmartGoal(String specific, String measurable, String achievable, String relevant, LocalDate timeBound) {

        /** The parts of a goal in their SMART order, as named in the API and in the message keys. */
        public static final List<String> PARTS = List.of("specific", "measurable", "achievable", "relevant", "timeBound");

        public SmartGoal {
            specific = specific == null ? "" : specific;
            measurable = measurable == null ? "" : measurable;
            achievable = achievable == null ? "" : achievable;
            relevant = relevant == null ? "" : relevant;
        }

        /** The parts still empty, in SMART order. */
        @JsonProperty("missing")
        public List<String> missing() {
            List<String> missing = new ArrayList<>();
            if (specific.isBlank()) {
                missing.add("specific");
            }
            if (measurable.isBlank()) {
                missing.add("measurable");
            }
            if (achievable.isBlank()) {
                missing.add("achievable");
            }
            if (relevant.isBlank()) {
                missing.add("relevant");
            }
            if (timeBound == null) {
                missing.add("timeBound");
            }
            return missing;
        }

        /** Complete when all five parts are filled in. */
        @JsonProperty("complete")
        public boolean complete() {
            return missing().isEmpty();
        }
    }

    public boolean hasMeasures() {
        return !measureIds.isEmpty();
    }
}
