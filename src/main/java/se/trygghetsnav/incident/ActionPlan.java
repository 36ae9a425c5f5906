package se.trygghetsnav.incident;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import se.trygghetsnav.measure.Measure;
import se.trygghetsnav.measure.MeasureEvent;

/**
 * The action plan (åtgärdsplan) of a lägesbild: per prioritised problem, in priority order, the
 * measures decided or proposed against it, so that every measure can be traced to a problem and
 * a problem without any measure stands out.
 */
public record ActionPlan(SituationPicture picture, LocalDate today, List<Item> items) {

    public ActionPlan {
        Objects.requireNonNull(picture);
        Objects.requireNonNull(today);
        items = List.copyOf(items);
    }

    /** A problem and its measures. */
    public record Item(SituationPictureProblem problem, List<Entry> measures) {
        public Item {
            Objects.requireNonNull(problem);
            measures = List.copyOf(measures);
        }

        @JsonProperty("hasMeasures")
        public boolean hasMeasures() {
            return !measures.isEmpty();
        }
    }

    /** A measure with its overdue flag and its latest follow-up note (null when none has been written). */
    public record Entry(Measure measure, boolean overdue, MeasureEvent latestFollowUp) {
        public Entry {
            Objects.requireNonNull(measure);
        }
    }

    /** Problems that no measure addresses yet. */
    @JsonProperty("problemsWithoutMeasures")
    public long problemsWithoutMeasures() {
        return items.stream().filter(item -> !item.hasMeasures()).count();
    }

    @JsonProperty("measureCount")
    public long measureCount() {
        return items.stream().mapToLong(item -> item.measures().size()).sum();
    }

    @JsonProperty("overdueCount")
    public long overdueCount() {
        return items.stream().flatMap(item -> item.measures().stream()).filter(Entry::overdue).count();
    }

    /** The latest note of a measure's history: the newest event with a note, or null. */
    static MeasureEvent latestFollowUp(List<MeasureEvent> history) {
        for (int i = history.size() - 1; i >= 0; i--) {
            if (!history.get(i).note().isBlank()) {
                return history.get(i);
            }
        }
        return null;
    }
}
