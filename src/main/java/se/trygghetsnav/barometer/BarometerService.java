package se.trygghetsnav.barometer;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.trygghetsnav.platform.InvalidInputException;
import se.trygghetsnav.platform.NotFoundException;
import se.trygghetsnav.platform.Tokens;
import se.trygghetsnav.survey.AnswerOption;
import se.trygghetsnav.survey.AnswerSheet;
import se.trygghetsnav.survey.Instrument;
import se.trygghetsnav.survey.InstrumentCatalog;
import se.trygghetsnav.survey.ScoreCard;
import se.trygghetsnav.survey.Scoring;

/** Trygghetsbarometern: drafts, completion, scoring and results. Knows nothing of who answers. */
@Service
public class BarometerService {

    public static final String INSTRUMENT_ID = "trygghetsbarometern";
    /** Averages are shown only once this many municipalities have answered. */
    public static final int MINIMUM_FOR_COMPARISON = 10;

    private final InstrumentCatalog catalog;
    private final BarometerRepository repository;
    private final Clock clock;

    BarometerService(InstrumentCatalog catalog, BarometerRepository repository, Clock clock) {
        this.catalog = catalog;
        this.repository = repository;
        this.clock = clock;
    }

    public Instrument instrument() {
        return catalog.latest(INSTRUMENT_ID).orElseThrow(() -> new IllegalStateException("Instrument missing"));
    }

    private Instrument instrument(int version) {
        return catalog.version(INSTRUMENT_ID, version).orElseThrow(() -> new IllegalStateException("Instrument version missing"));
    }

    /** Starts an anonymous draft and returns its token, the respondent's only key to it. */
    @Transactional
    public String startDraft() {
        String token = Tokens.newToken();
        repository.createDraft(Tokens.hash(token), instrument().version(), today());
        return token;
    }

    /** The answers saved so far. */
    public Map<String, AnswerOption> draftAnswers(String draftToken) {
        return AnswerSheet.read(instrument(draft(draftToken).instrumentVersion()), draft(draftToken).answers()).answers();
    }

    /** Saves the answers given on one page; invalid ones are ignored, earlier answers kept. */
    @Transactional
    public void saveDraftAnswers(String draftToken, Map<String, String> rawAnswers) {
        BarometerRepository.Draft draft = draft(draftToken);
        AnswerSheet sheet = AnswerSheet.read(instrument(draft.instrumentVersion()), rawAnswers);
        repository.saveDraftAnswers(Tokens.hash(draftToken), sheet.answers(), today());
    }

    /**
     * Completes a draft: scores it, stores the anonymous response, stores contact details apart
     * (linked only when asked to) and deletes the draft. Returns the result token.
     */
    @Transactional
    public String completeDraft(String draftToken, ContactDetails contact) {
        BarometerRepository.Draft draft = draft(draftToken);
        Instrument instrument = instrument(draft.instrumentVersion());
        AnswerSheet sheet = AnswerSheet.read(instrument, draft.answers()).requireComplete(instrument);
        if (!sheet.isValid()) {
            throw new InvalidInputException(sheet.problems());
        }
        Completed completed = store(instrument, sheet.answers());
        if (contact != null && !contact.isEmpty()) {
            repository.insertContactRequest(UUID.randomUUID(), contact, today(),
                    contact.linksResult() ? completed.responseId() : null);
        }
        repository.deleteDraft(Tokens.hash(draftToken));
        return completed.token();
    }

    /** Scores and stores a complete set of answers in one go (the JSON API). */
    @Transactional
    public BarometerResult submit(Map<String, ?> rawAnswers) {
        Instrument instrument = instrument();
        AnswerSheet sheet = AnswerSheet.read(instrument, rawAnswers).requireComplete(instrument);
        if (!sheet.isValid()) {
            throw new InvalidInputException(sheet.problems());
        }
        Completed completed = store(instrument, sheet.answers());
        return result(completed.token());
    }

    public BarometerResult result(String resultToken) {
        if (!Tokens.looksLikeToken(resultToken)) {
            throw new NotFoundException("Inget resultat med den adressen");
        }
        BarometerRepository.StoredResponse response = repository.findResponseByTokenHash(Tokens.hash(resultToken))
                .orElseThrow(() -> new NotFoundException("Inget resultat med den adressen"));
        return resultOf(response, resultToken);
    }

    /** A stored result by its internal id, for the operator (contact requests that linked one). */
    BarometerResult resultById(UUID responseId) {
        return resultOf(repository.findResponse(responseId).orElseThrow(() -> new NotFoundException("Okänt svar")), null);
    }

    private BarometerResult resultOf(BarometerRepository.StoredResponse response, String token) {
        Instrument instrument = instrument(response.instrumentVersion());
        Map<String, AnswerOption> answers = repository.answersOf(response.id());
        ScoreCard scores = Scoring.score(instrument, answers);
        long respondents = repository.countResponses(INSTRUMENT_ID, instrument.version());
        boolean comparable = respondents >= MINIMUM_FOR_COMPARISON;
        Map<String, Integer> averages = comparable ? repository.averageSectionScores(INSTRUMENT_ID, instrument.version()) : Map.of();

        List<BarometerResult.SectionResult> sections = new ArrayList<>();
        List<BarometerResult.DevelopmentItem> development = new ArrayList<>();
        for (int i = 0; i < instrument.sections().size(); i++) {
            Instrument.Section section = instrument.sections().get(i);
            ScoreCard.SectionScore score = scores.sections().get(i);
            sections.add(new BarometerResult.SectionResult(section.id(), i + 1, section.title(), score.score(),
                    score.dontKnow(), averages.get(section.id())));
            for (Instrument.Question question : section.questions()) {
                AnswerOption answer = answers.get(question.id());
                if (answer != AnswerOption.YES) {
                    development.add(new BarometerResult.DevelopmentItem(section.id(), section.title(), question.id(),
                            question.text(), answer, question.recommendation()));
                }
            }
        }
        Level level = Level.of(scores.totalScore());
        return new BarometerResult(token, response.completedOn(), scores.totalScore(), level.label(), level, sections,
                new BarometerResult.Comparison(respondents, MINIMUM_FOR_COMPARISON, comparable), development);
    }

    private Completed store(Instrument instrument, Map<String, AnswerOption> answers) {
        String token = Tokens.newToken();
        UUID id = UUID.randomUUID();
        repository.insertResponse(id, Tokens.hash(token), instrument.id(), instrument.version(), today(), answers,
                Scoring.score(instrument, answers));
        return new Completed(id, token);
    }

    private BarometerRepository.Draft draft(String draftToken) {
        if (!Tokens.looksLikeToken(draftToken)) {
            throw new NotFoundException("Inget påbörjat svar med den adressen");
        }
        return repository.findDraft(Tokens.hash(draftToken))
                .orElseThrow(() -> new NotFoundException("Inget påbörjat svar med den adressen"));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private record Completed(UUID responseId, String token) {}
}
