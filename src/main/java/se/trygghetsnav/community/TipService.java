package se.trygghetsnav.community;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.trygghetsnav.account.Membership;
import se.trygghetsnav.municipality.Area;
import se.trygghetsnav.municipality.MunicipalityService;
import se.trygghetsnav.platform.InvalidInputException;
import se.trygghetsnav.platform.InvalidInputException.InputProblem;
import se.trygghetsnav.platform.Mailer;
import se.trygghetsnav.platform.NotFoundException;
import se.trygghetsnav.platform.Role;
import se.trygghetsnav.platform.events.CommunityTipForwarded;
import se.trygghetsnav.platform.events.TipCategories;

/**
 * Turns a community post into an incident report of the lägesbild, through events only: it publishes
 * {@link CommunityTipForwarded}; the incident feature files the report and answers, and
 * {@link TipReplyListener} stores the report's id on the post.
 */
@Service
class TipService {

    private final JdbcClient jdbc;
    private final ModerationService moderation;
    private final TipCategories categories;
    private final MunicipalityService municipalities;
    private final ApplicationEventPublisher events;
    private final Mailer mailer;

    TipService(JdbcClient jdbc, ModerationService moderation, TipCategories categories, MunicipalityService municipalities,
            ApplicationEventPublisher events, Mailer mailer) {
        this.jdbc = jdbc;
        this.moderation = moderation;
        this.categories = categories;
        this.municipalities = municipalities;
        this.events = events;
        this.mailer = mailer;
    }

    record TipPost(long id, String municipalityCode, String authorName, String body, double latitude, double longitude,
            OffsetDateTime createdAt, Long incidentReportId) {}

    /** The post a coordinator of its municipality may forward; 403 for others, 404 for another municipality's post. */
    TipPost post(CommunityUser user, long postId) {
        if (!user.hasMunicipalRole(Role.COORDINATOR)) {
            throw new AccessDeniedException("Endast kommunens samordnare kan göra inlägg till rapporter");
        }
        var content = moderation.reportable(user, ModerationService.ContentKind.POST, postId);
        if (!content.municipalityCode().equals(user.municipalityCode())) {
            throw new NotFoundException("Inlägget finns inte");
        }
        return jdbc.sql("""
                        SELECT id, municipality_code, author_name, body, latitude, longitude, created_at, incident_report_id
                        FROM community_post WHERE id = :id AND municipality_code = :m
                        """).param("id", postId).param("m", user.municipalityCode())
                .query(TipPost.class).optional().orElseThrow(() -> new NotFoundException("Inlägget finns inte"));
    }

    List<TipCategories.Choice> categories(CommunityUser user) {
        return categories.active(user.municipalityCode());
    }

    List<Area> areas(CommunityUser user) {
        return municipalities.areas(user.municipalityCode());
    }

    /** Files the incident report through the events; returns its id. */
    @Transactional
    long forward(CommunityUser user, long postId, Long categoryId, Long areaId) {
        TipPost post = post(user, postId);
        List<InputProblem> problems = new ArrayList<>();
        if (post.incidentReportId() != null) {
            problems.add(new InputProblem("post", moderation.text("tip.error.already")));
        }
        if (categoryId == null || categories(user).stream().noneMatch(c -> c.id() == categoryId)) {
            problems.add(new InputProblem("category", moderation.text("tip.error.category")));
        }
        if (areaId != null && municipalities.area(user.municipalityCode(), areaId).isEmpty()) {
            problems.add(new InputProblem("area", moderation.text("tip.error.area")));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Long organisation = user.memberships().stream()
                .filter(m -> m.municipalityCode().equals(user.municipalityCode()) && m.role() == Role.COORDINATOR)
                .map(Membership::organisationId).findFirst().orElse(null);
        events.publishEvent(new CommunityTipForwarded(user.municipalityCode(), postId, post.body(), post.latitude(), post.longitude(),
                post.createdAt().toInstant(), categoryId, areaId, user.userId(), organisation,
                mailer.link("/samverkan/inlagg/" + postId)));
        return jdbc.sql("SELECT incident_report_id FROM community_post WHERE id = :id").param("id", postId)
                .query(Long.class).optional().orElseThrow(() -> new IllegalStateException("Ingen rapport skapades"));
    }
}
