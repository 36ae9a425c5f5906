package se.trygghetsnav.mapping;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.trygghetsnav.municipality.Municipality;
import se.trygghetsnav.municipality.MunicipalityService;
import se.trygghetsnav.platform.InvalidInputException;
import se.trygghetsnav.platform.InvalidInputException.InputProblem;
import se.trygghetsnav.platform.Mailer;
import se.trygghetsnav.platform.NotFoundException;
import se.trygghetsnav.platform.Tokens;
import se.trygghetsnav.survey.Instrument;
import se.trygghetsnav.survey.InstrumentCatalog;

/**
 * Kartläggning: organisers create rounds for a set of municipalities, each municipality answers
 * through its own invitation link (draft, then submit), and the organiser reads the tables.
 */
@Service
public class MappingService {

    public static final String INSTRUMENT_ID = "kartlaggning-trygghetsarbete";
    static final int MAX_TEXT = 10_000;
    static final int MAX_FILE_BYTES = 10 * 1024 * 1024;
    static final Set<String> FILE_TYPES = Set.of("application/pdf",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.oasis.opendocument.text",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "text/plain");
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");

    private final MappingRepository repository;
    private final InstrumentCatalog instruments;
    private final MunicipalityService municipalities;
    private final Mailer mailer;
    private final MessageSource messages;
    private final Clock clock;

    MappingService(MappingRepository repository, InstrumentCatalog instruments, MunicipalityService municipalities,
            Mailer mailer, MessageSource messages, Clock clock) {
        this.repository = repository;
        this.instruments = instruments;
        this.municipalities = municipalities;
        this.mailer = mailer;
        this.messages = messages;
        this.clock = clock;
    }

    /** A new round: name, instrument, municipality codes with an optional e-mail address each, deadline. */
    public record NewRound(String name, String instrument, List<String> municipalities, Map<String, String> emails,
            LocalDate deadline) {}

    /** The created round and the invitations, one per municipality, with their tokens. */
    public record CreatedRound(MappingRound round, List<Invitation> invitations) {}

    @Transactional
    CreatedRound create(Organiser organiser, NewRound request) {
        List<InputProblem> problems = new ArrayList<>();
        String name = request.name() == null ? "" : request.name().strip();
        if (name.isEmpty() || name.length() > 200) {
            problems.add(new InputProblem("name", text("mapping.error.name")));
        }
        String instrumentId = request.instrument() == null || request.instrument().isBlank() ? INSTRUMENT_ID : request.instrument();
        Instrument instrument = instruments.latest(instrumentId).orElse(null);
        if (instrument == null || !instrumentId.startsWith("kartlaggning")) {
            problems.add(new InputProblem("instrument", text("mapping.error.instrument")));
        }
        if (request.deadline() == null || request.deadline().isBefore(LocalDate.now(clock))) {
            problems.add(new InputProblem("deadline", text("mapping.error.deadline")));
        }
        Set<String> codes = new LinkedHashSet<>(request.municipalities() == null ? List.of() : request.municipalities());
        if (codes.isEmpty()) {
            problems.add(new InputProblem("municipalities", text("mapping.error.noMunicipalities")));
        }
        for (String code : codes) {
            if (code == null || municipalities.find(code).isEmpty()) {
                problems.add(new InputProblem("municipalities", text("mapping.error.unknownMunicipality", code)));
            }
        }
        Map<String, String> emails = request.emails() == null ? Map.of() : request.emails();
        emails.forEach((code, email) -> {
            if (email != null && !email.isBlank() && (!EMAIL.matcher(email.strip()).matches() || email.length() > 254)) {
                problems.add(new InputProblem("emails." + code, text("mapping.error.email", email)));
            }
        });
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        long id = repository.insertRound(name, instrument.id(), instrument.version(), request.deadline(), organiser.userId());
        for (String code : codes) {
            String email = emails.get(code);
            repository.insertInvitation(id, code, Tokens.newToken(), email == null || email.isBlank() ? null : email.strip());
        }
        MappingRound round = repository.round(id).orElseThrow();
        for (Invitation invitation : repository.invitations(id)) {
            if (invitation.email() != null) {
                sendInvitation(round, invitation, false);
            }
        }
        return new CreatedRound(round, repository.invitations(id));
    }

    List<MappingRound> rounds(Organiser organiser) {
        return repository.rounds(organiser.operator() ? null : organiser.userId());
    }

    /** A round the organiser may see; any other is "not found" so its existence does not leak. */
    MappingRound round(Organiser organiser, long id) {
        return repository.round(id)
                .filter(round -> organiser.operator() || round.createdBy() == organiser.userId())
                .orElseThrow(() -> new NotFoundException("Ingen sådan kartläggning"));
    }

    List<Invitation> invitations(Organiser organiser, long roundId) {
        return repository.invitations(round(organiser, roundId).id());
    }

    Instrument instrument(MappingRound round) {
        return instruments.version(round.instrument(), round.instrumentVersion()).orElseThrow();
    }

    /** E-mails a reminder to every invited municipality with an address that has not submitted. */
    @Transactional
    int remind(Organiser organiser, long roundId) {
        MappingRound round = round(organiser, roundId);
        requireOpen(round);
        int sent = 0;
        for (Invitation invitation : repository.invitations(roundId)) {
            if (!invitation.submitted() && invitation.email() != null) {
                sendInvitation(round, invitation, true);
                sent++;
            }
        }
        return sent;
    }

    @Transactional
    void close(Organiser organiser, long roundId) {
        MappingRound round = round(organiser, roundId);
        requireOpen(round);
        repository.close(roundId, clock.instant());
    }

    // --- the respondent's side -------------------------------------------------------------

    /** The invitation behind an answer link; unknown links are 404. */
    Invitation invitation(String token) {
        if (!Tokens.looksLikeToken(token)) {
            throw new NotFoundException("Ingen sådan inbjudan");
        }
        return repository.invitationByToken(token).orElseThrow(() -> new NotFoundException("Ingen sådan inbjudan"));
    }

    MappingRound roundOf(Invitation invitation) {
        return repository.round(invitation.roundId()).orElseThrow();
    }

    Map<String, String> answers(Invitation invitation) {
        return repository.answers(invitation.id());
    }

    List<MappingRepository.StoredFile> files(Invitation invitation) {
        return repository.filesOf(invitation.id());
    }

    /** Saves answers as a draft, or submits them (then every choice question must be answered). */
    @Transactional
    Invitation answer(String token, Map<String, ?> answers, boolean submit) {
        Invitation invitation = invitation(token);
        MappingRound round = roundOf(invitation);
        requireAnswerable(round, invitation);
        Instrument instrument = instrument(round);
        Map<String, String> cleaned = validate(instrument, answers == null ? Map.of() : answers);
        if (submit) {
            Map<String, String> merged = new LinkedHashMap<>(repository.answers(invitation.id()));
            merged.putAll(cleaned);
            List<InputProblem> missing = instrument.questions()
                    .filter(question -> !question.freeText())
                    .filter(question -> merged.get(question.id()) == null || merged.get(question.id()).isBlank())
                    .map(question -> new InputProblem(question.id(), text("mapping.error.required")))
                    .toList();
            if (!missing.isEmpty()) {
                throw new InvalidInputException(missing);
            }
        }
        repository.saveAnswers(invitation.id(), cleaned, clock.instant(), submit);
        return invitation(token);
    }

    /** Attaches a document to a question that asks for one: PDF, DOCX, ODT, XLSX or text, at most 10 MB. */
    @Transactional
    void attach(String token, String questionId, String filename, String contentType, byte[] content) {
        Invitation invitation = invitation(token);
        MappingRound round = roundOf(invitation);
        requireAnswerable(round, invitation);
        Instrument.Question question = instrument(round).question(questionId).filter(Instrument.Question::acceptsFile)
                .orElseThrow(() -> new InvalidInputException(List.of(new InputProblem("file", text("mapping.error.fileQuestion")))));
        String type = contentType == null ? "" : contentType.split(";")[0].strip().toLowerCase(Locale.ROOT);
        if (!FILE_TYPES.contains(type)) {
            throw new InvalidInputException(List.of(new InputProblem("file", text("mapping.error.fileType"))));
        }
        if (content.length == 0 || content.length > MAX_FILE_BYTES) {
            throw new InvalidInputException(List.of(new InputProblem("file", text("mapping.error.fileSize"))));
        }
        if (!looksLike(type, content)) {
            throw new InvalidInputException(List.of(new InputProblem("file", text("mapping.error.fileType"))));
        }
        String name = filename == null || filename.isBlank() ? "bilaga" : filename.replaceAll("[\\\\/\\r\\n]", "_");
        repository.saveFile(invitation.id(), question.id(), name.length() > 200 ? name.substring(0, 200) : name, type, content);
    }

    /** The content matches its declared type: PDF starts with %PDF, the office formats are ZIP files, text has no NUL. */
    static boolean looksLike(String type, byte[] content) {
        return switch (type) {
            case "application/pdf" -> startsWith(content, "%PDF".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            case "text/plain" -> {
                for (byte b : content) {
                    if (b == 0) {
                        yield false;
                    }
                }
                yield true;
            }
            default -> startsWith(content, new byte[] {'P', 'K', 3, 4});
        };
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (content[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private Map<String, String> validate(Instrument instrument, Map<String, ?> answers) {
        List<InputProblem> problems = new ArrayList<>();
        Map<String, String> cleaned = new LinkedHashMap<>();
        answers.forEach((key, raw) -> {
            boolean followUp = key.endsWith(".followup");
            String questionId = followUp ? key.substring(0, key.length() - ".followup".length()) : key;
            Instrument.Question question = instrument.question(questionId).orElse(null);
            if (question == null || (followUp && question.followUp() == null)) {
                problems.add(new InputProblem(key, text("mapping.error.unknownQuestion")));
                return;
            }
            if (raw != null && !(raw instanceof String)) {
                problems.add(new InputProblem(key, text("mapping.error.notText")));
                return;
            }
            String value = raw == null ? "" : ((String) raw).strip();
            if (!followUp && !question.freeText() && !value.isEmpty() && !question.options().contains(value)) {
                problems.add(new InputProblem(key, text("mapping.error.option")));
                return;
            }
            if (value.length() > MAX_TEXT) {
                problems.add(new InputProblem(key, text("mapping.error.tooLong")));
                return;
            }
            cleaned.put(key, value);
        });
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return cleaned;
    }

    private void requireAnswerable(MappingRound round, Invitation invitation) {
        requireOpen(round);
        if (invitation.submitted()) {
            throw new MappingProblem(text("mapping.error.submitted.title"), text("mapping.error.submitted"));
        }
    }

    private void requireOpen(MappingRound round) {
        if (round.closed()) {
            throw new MappingProblem(text("mapping.error.closed.title"), text("mapping.error.closed"));
        }
    }

    // --- results ---------------------------------------------------------------------------

    MappingTable table(Organiser organiser, long roundId, String countyCode) {
        MappingRound round = round(organiser, roundId);
        return MappingTable.of(instrument(round), new ArrayList<>(repository.submittedAnswers(roundId, blankToNull(countyCode)).values()));
    }

    /** One free-text answer (or follow-up) with the municipality that gave it. */
    public record FreeText(String municipality, String text) {}

    /** The free-text answers to one question and to its follow-up. */
    public record FreeTextGroup(String id, String text, String followUp, List<FreeText> answers, List<FreeText> followUps,
            List<FileLink> files) {}

    public record FileLink(long id, String municipality, String filename) {}

    List<FreeTextGroup> freeTexts(Organiser organiser, long roundId, String countyCode) {
        MappingRound round = round(organiser, roundId);
        Map<Long, Map<String, String>> sheets = repository.submittedAnswers(roundId, blankToNull(countyCode));
        Map<Long, String> names = new LinkedHashMap<>();
        repository.invitations(roundId).forEach(invitation -> names.put(invitation.id(), invitation.municipalityName()));
        List<MappingRepository.StoredFile> files = repository.files(roundId);
        List<FreeTextGroup> groups = new ArrayList<>();
        instrument(round).questions().forEach(question -> {
            List<FreeText> answers = new ArrayList<>();
            List<FreeText> followUps = new ArrayList<>();
            sheets.forEach((invitationId, sheet) -> {
                if (question.freeText() && sheet.get(question.id()) != null) {
                    answers.add(new FreeText(names.get(invitationId), sheet.get(question.id())));
                }
                if (sheet.get(question.id() + ".followup") != null) {
                    followUps.add(new FreeText(names.get(invitationId), sheet.get(question.id() + ".followup")));
                }
            });
            List<FileLink> links = files.stream()
                    .filter(file -> file.questionId().equals(question.id()) && sheets.containsKey(file.invitationId()))
                    .map(file -> new FileLink(file.id(), names.get(file.invitationId()), file.filename()))
                    .toList();
            if (!answers.isEmpty() || !followUps.isEmpty() || !links.isEmpty()) {
                groups.add(new FreeTextGroup(question.id(), question.text(), question.followUp(), answers, followUps, links));
            }
        });
        return groups;
    }

    MappingRepository.StoredFile file(Organiser organiser, long roundId, long fileId) {
        round(organiser, roundId);
        return repository.file(roundId, fileId).orElseThrow(() -> new NotFoundException("Ingen sådan fil"));
    }

    /** The change per question and answer from an earlier round to this one, in percentage points. */
    public record Change(String id, String text, Map<String, Integer> earlier, Map<String, Integer> now,
            Map<String, Integer> points) {}

    List<Change> compare(Organiser organiser, long roundId, long earlierId, String countyCode) {
        MappingRound round = round(organiser, roundId);
        MappingRound earlier = round(organiser, earlierId);
        if (!round.instrument().equals(earlier.instrument())) {
            throw new InvalidInputException(List.of(new InputProblem("earlier", text("mapping.error.compare"))));
        }
        MappingTable now = table(organiser, roundId, countyCode);
        MappingTable before = table(organiser, earlierId, countyCode);
        List<Change> changes = new ArrayList<>();
        for (MappingTable.Row row : now.questions()) {
            MappingTable.Row old = before.questions().stream().filter(r -> r.id().equals(row.id())).findFirst().orElse(null);
            if (old == null) {
                continue;
            }
            Map<String, Integer> points = new LinkedHashMap<>();
            row.percent().forEach((option, percent) -> points.put(option, percent - old.percent().getOrDefault(option, 0)));
            changes.add(new Change(row.id(), row.text(), old.percent(), row.percent(), points));
        }
        return changes;
    }

    /** Counties for the filter and the round form, in order. */
    Map<String, String> counties() {
        Map<String, String> counties = new LinkedHashMap<>();
        municipalities.all().stream().sorted(java.util.Comparator.comparing(Municipality::countyCode))
                .forEach(m -> counties.putIfAbsent(m.countyCode(), m.countyName()));
        return counties;
    }

    List<Municipality> municipalitiesOf(String countyCode) {
        return municipalities.all().stream().filter(m -> m.countyCode().equals(countyCode)).toList();
    }

    private void sendInvitation(MappingRound round, Invitation invitation, boolean reminder) {
        String subject = text(reminder ? "mapping.mail.reminder.subject" : "mapping.mail.invitation.subject", round.name());
        String body = text("mapping.mail.body", invitation.municipalityName(), round.name(), round.deadline().toString(),
                mailer.link(invitation.path()));
        mailer.send(invitation.email(), subject, body);
        repository.markInvited(invitation.id(), clock.instant(), reminder);
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, SWEDISH);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
