package se.trygghetsnav.survey;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A questionnaire as data: the texts a respondent sees, in order, with stable question ids.
 * Loaded from {@code src/main/resources/instruments/<id>-v<version>.json}.
 */
public record Instrument(String id, int version, String title, List<String> introduction, List<Section> sections,
        ContactPage contact) {

    public Instrument {
        Objects.requireNonNull(id);
        Objects.requireNonNull(title);
        introduction = List.copyOf(introduction);
        sections = List.copyOf(sections);
    }

    public Stream<Question> questions() {
        return sections.stream().flatMap(section -> section.questions().stream());
    }

    public int questionCount() {
        return sections.stream().mapToInt(section -> section.questions().size()).sum();
    }

    public Optional<Question> question(String questionId) {
        return questions().filter(question -> question.id().equals(questionId)).findFirst();
    }

    /** The section at a 1-based position, as shown to people ("Område 3 av 11"). */
    public Optional<Section> sectionAt(int number) {
        return number >= 1 && number <= sections.size() ? Optional.of(sections.get(number - 1)) : Optional.empty();
    }

    public record Section(String id, String title, String introduction, List<Question> questions) {
        public Section {
            Objects.requireNonNull(id);
            Objects.requireNonNull(title);
            questions = List.copyOf(questions);
        }
    }

    /**
     * A question; {@code recommendation} is our advice for a respondent who cannot answer "Ja".
     * The optional {@code type} (CHOICE or TEXT), {@code options} (allowed answer codes),
     * {@code followUp} (label of a follow-up free text) and {@code followUpFile} (a file may be
     * attached) are used by the mapping; absent, a question is a barometer choice question.
     */
    public record Question(String id, String text, String recommendation, String type, List<String> options,
            String followUp, Boolean followUpFile) {
        public Question {
            Objects.requireNonNull(id);
            Objects.requireNonNull(text);
            type = type == null ? "CHOICE" : type;
            options = options == null ? List.of() : List.copyOf(options);
            followUpFile = Boolean.TRUE.equals(followUpFile);
        }

        public Question(String id, String text, String recommendation) {
            this(id, text, recommendation, null, null, null, null);
        }

        public boolean freeText() {
            return "TEXT".equals(type);
        }

        public boolean acceptsFile() {
            return Boolean.TRUE.equals(followUpFile);
        }
    }

    /** The closing page where a respondent may leave contact details. */
    public record ContactPage(String introduction, List<String> fields) {
        public ContactPage {
            fields = fields == null ? List.of() : List.copyOf(fields);
        }
    }
}
