package se.trygghetsnav.community;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.trygghetsnav.account.Membership;
import se.trygghetsnav.account.OrganisationKind;
import se.trygghetsnav.platform.InvalidInputException;
import se.trygghetsnav.platform.InvalidInputException.InputProblem;
import se.trygghetsnav.platform.NotFoundException;

/**
 * Verified organisations on the community platform: the operator verifies an organisation (its staff's
 * posts then carry a badge), members find verified organisations of their municipality and message
 * them, and staff read the messages addressed to their organisations.
 */
@Service
class VerifiedOrganisationService {

    static final int MAX_DESCRIPTION = 2000;

    private final JdbcClient jdbc;
    private final ModerationService moderation;
    private final Clock clock;

    VerifiedOrganisationService(JdbcClient jdbc, ModerationService moderation, Clock clock) {
        this.jdbc = jdbc;
        this.moderation = moderation;
        this.clock = clock;
    }

    /** An organisation as the operator sees it. */
    record OperatorRow(long id, String name, OrganisationKind kind, String municipalities, OffsetDateTime verifiedAt,
            String verifiedByName, String publicDescription) {
        public boolean verified() {
            return verifiedAt != null;
        }
    }

    /** A verified organisation as members see it. */
    record PublicOrganisation(long id, String name, OrganisationKind kind, String publicDescription, OffsetDateTime verifiedAt) {}

    /** A post as shown on an organisation's page or in its staff's inbox. */
    record OrganisationPost(long id, String authorName, String body, String priority, OffsetDateTime createdAt, String organisationName,
            long comments) {}

    List<OperatorRow> all() {
        return jdbc.sql("""
                        SELECT o.id, o.name, o.kind,
                               coalesce((SELECT string_agg(k.name, ', ' ORDER BY k.name COLLATE "sv-SE-x-icu")
                                         FROM organisation_municipality om JOIN municipality k ON k.code = om.municipality_code
                                         WHERE om.organisation_id = o.id), '') AS municipalities,
                               o.verified_at, u.display_name AS verified_by_name, o.public_description
                        FROM organisation o LEFT JOIN app_user u ON u.id = o.verified_by
                        ORDER BY o.verified_at IS NULL, o.name COLLATE "sv-SE-x-icu", o.id
                        """).query(OperatorRow.class).list();
    }

    /** Verifies (or withdraws the verification of) an organisation with its public description. */
    @Transactional
    void verify(long operatorId, long organisationId, boolean verified, String description) {
        String text = description == null ? "" : description.strip();
        if (text.length() > MAX_DESCRIPTION) {
            throw new InvalidInputException(List.of(new InputProblem("description", moderation.text("verifiedOrg.error.description"))));
        }
        int changed = jdbc.sql("""
                        UPDATE organisation SET public_description = :d,
                            verified_at = CASE WHEN :v THEN coalesce(verified_at, :now) END,
                            verified_by = CASE WHEN :v THEN coalesce(verified_by, :by) END
                        WHERE id = :id
                        """)
                .param("d", text).param("v", verified).param("now", OffsetDateTime.now(clock)).param("by", operatorId)
                .param("id", organisationId).update();
        if (changed == 0) {
            throw new NotFoundException("Organisationen finns inte");
        }
    }

    /** Verified organisations working in the municipality. */
    List<PublicOrganisation> inMunicipality(String municipality) {
        return jdbc.sql("""
                        SELECT o.id, o.name, o.kind, o.public_description, o.verified_at
                        FROM organisation o JOIN organisation_municipality om ON om.organisation_id = o.id AND om.municipality_code = :m
                        WHERE o.verified_at IS NOT NULL ORDER BY o.name COLLATE "sv-SE-x-icu"
                        """).param("m", municipality).query(PublicOrganisation.class).list();
    }

    /** A verified organisation of the municipality; 404 for any other. */
    PublicOrganisation get(String municipality, long id) {
        return jdbc.sql("""
                        SELECT o.id, o.name, o.kind, o.public_description, o.verified_at
                        FROM organisation o JOIN organisation_municipality om ON om.organisation_id = o.id AND om.municipality_code = :m
                        WHERE o.id = :id AND o.verified_at IS NOT NULL
                        """).param("m", municipality).param("id", id).query(PublicOrganisation.class).optional()
                .orElseThrow(() -> new NotFoundException("Organisationen finns inte"));
    }

    /** The organisation's staff's recent public posts (with its badge) in the municipality. */
    List<OrganisationPost> recentPosts(String municipality, long organisationId) {
        return jdbc.sql("""
                        SELECT p.id, p.author_name, p.body, p.priority, p.created_at, o.name AS organisation_name,
                               (SELECT count(*) FROM community_comment c WHERE c.post_id = p.id AND c.hidden_at IS NULL AND c.removed_at IS NULL) AS comments
                        FROM community_post p JOIN organisation o ON o.id = p.badge_organisation_id
                        WHERE p.municipality_code = :m AND p.badge_organisation_id = :o AND p.visibility = 'PUBLIC'
                          AND p.hidden_at IS NULL AND p.removed_at IS NULL
                        ORDER BY p.created_at DESC, p.id DESC LIMIT 10
                        """).param("m", municipality).param("o", organisationId).query(OrganisationPost.class).list();
    }

    /** Direct messages (ORGANISATION posts) to the organisations the member is staff of, in those organisations' municipalities. */
    List<OrganisationPost> inbox(CommunityUser user) {
        List<Membership> staff = user.memberships();
        if (staff.isEmpty()) {
            return List.of();
        }
        Long[] organisations = staff.stream().map(Membership::organisationId).toArray(Long[]::new);
        String[] municipalities = staff.stream().map(Membership::municipalityCode).toArray(String[]::new);
        return jdbc.sql("""
                        SELECT p.id, p.author_name, p.body, p.priority, p.created_at, o.name AS organisation_name,
                               (SELECT count(*) FROM community_comment c WHERE c.post_id = p.id AND c.hidden_at IS NULL AND c.removed_at IS NULL) AS comments
                        FROM community_post p JOIN organisation o ON o.id = p.organisation_id
                        JOIN unnest(CAST(:orgs AS bigint[]), CAST(:munis AS text[])) AS s(organisation_id, municipality_code)
                          ON s.organisation_id = p.organisation_id AND s.municipality_code = p.municipality_code
                        WHERE p.visibility = 'ORGANISATION' AND p.hidden_at IS NULL AND p.removed_at IS NULL
                        ORDER BY p.created_at DESC, p.id DESC LIMIT 200
                        """).param("orgs", organisations).param("munis", municipalities)
                .query(OrganisationPost.class).list();
    }

    boolean isStaff(CommunityUser user) {
        return !user.memberships().isEmpty();
    }
}
