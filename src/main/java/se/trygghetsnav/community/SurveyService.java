package se.trygghetsnav.community;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.trygghetsnav.platform.InvalidInputException;
import se.trygghetsnav.platform.InvalidInputException.InputProblem;

/** The member survey: felt safety 1-5, recommending the service 1-10, and the effect of the information. One answer a day. */
@Service
class SurveyService {

    static final Set<String> EFFECTS = Set.of("SAFER", "UNCHANGED", "LESS_SAFE");

    private final JdbcClient jdbc;
    private final ModerationService moderation;
    private final Clock clock;

    SurveyService(JdbcClient jdbc, ModerationService moderation, Clock clock) {
        this.jdbc = jdbc;
        this.moderation = moderation;
        this.clock = clock;
    }

    /** Thrown when the member already answered today. */
    static class AlreadyAnsweredException extends RuntimeException {
        AlreadyAnsweredException() {
            super("Du har redan svarat på enkäten i dag");
        }
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(StatisticsService.SWEDEN));
    }

    boolean answeredToday(CommunityUser user) {
        return jdbc.sql("SELECT count(*) FROM community_survey_answer WHERE user_id = :u AND answered_on = :d")
                .param("u", user.userId()).param("d", today()).query(Long.class).single() > 0;
    }

    /** Validates and stores an answer; every problem at once (422), or {@link AlreadyAnsweredException}. */
    @Transactional
    void answer(CommunityUser user, Integer feltSafety, Integer recommend, String effect) {
        List<InputProblem> problems = new ArrayList<>();
        if (feltSafety == null || feltSafety < 1 || feltSafety > 5) {
            problems.add(new InputProblem("feltSafety", moderation.text("memberSurvey.error.feltSafety")));
        }
        if (recommend == null || recommend < 1 || recommend > 10) {
            problems.add(new InputProblem("recommend", moderation.text("memberSurvey.error.recommend")));
        }
        String informationEffect = effect == null || effect.isBlank() ? null : effect.strip();
        if (informationEffect != null && !EFFECTS.contains(informationEffect)) {
            problems.add(new InputProblem("effect", moderation.text("memberSurvey.error.effect")));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        try {
            jdbc.sql("""
                            INSERT INTO community_survey_answer (municipality_code, user_id, felt_safety, recommend, information_effect, answered_on)
                            VALUES (:m, :u, :s, :r, :e, :d)
                            """)
                    .param("m", user.municipalityCode()).param("u", user.userId()).param("s", feltSafety).param("r", recommend)
                    .param("e", informationEffect).param("d", today()).update();
        } catch (DuplicateKeyException e) {
            throw new AlreadyAnsweredException();
        }
    }
}
