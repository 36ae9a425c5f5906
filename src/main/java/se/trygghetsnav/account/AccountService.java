package se.trygghetsnav.account;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.trygghetsnav.platform.InvalidInputException;
import se.trygghetsnav.platform.InvalidInputException.InputProblem;
import se.trygghetsnav.platform.Mailer;
import se.trygghetsnav.platform.NotFoundException;
import se.trygghetsnav.platform.Role;
import se.trygghetsnav.platform.Tokens;

/** Organisations, people and their roles in a municipality; invitations and password resets. */
@Service
public class AccountService {

    static final Duration INVITATION_VALIDITY = Duration.ofDays(7);
    static final Duration RESET_VALIDITY = Duration.ofHours(1);

    private final JdbcClient jdbc;
    private final PasswordEncoder passwordEncoder;
    private final Mailer mailer;
    private final Clock clock;

    AccountService(JdbcClient jdbc, PasswordEncoder passwordEncoder, Mailer mailer, Clock clock) {
        this.jdbc = jdbc;
        this.passwordEncoder = passwordEncoder;
        this.mailer = mailer;
        this.clock = clock;
    }

    public List<Organisation> organisations(String municipalityCode) {
        return jdbc.sql("""
                        SELECT o.id, o.name, o.kind FROM organisation o
                        JOIN organisation_municipality om ON om.organisation_id = o.id
                        WHERE om.municipality_code = :m ORDER BY o.name COLLATE "sv-SE-x-icu"
                        """)
                .param("m", municipalityCode)
                .query((rs, row) -> new Organisation(rs.getLong("id"), rs.getString("name"),
                        OrganisationKind.valueOf(rs.getString("kind"))))
                .list();
    }

    public Optional<Organisation> organisation(String municipalityCode, long organisationId) {
        return organisations(municipalityCode).stream().filter(o -> o.id() == organisationId).findFirst();
    }

    @Transactional
    public Organisation createOrganisation(Actor actor, String name, OrganisationKind kind) {
        actor.require(Role.COORDINATOR);
        if (name == null || name.isBlank()) {
            throw new InvalidInputException(List.of(new InputProblem("name", "Namn saknas")));
        }
        long id = jdbc.sql("INSERT INTO organisation (name, kind) VALUES (:name, :kind) RETURNING id")
                .param("name", name.strip())
                .param("kind", kind.name())
                .query(Long.class)
                .single();
        jdbc.sql("INSERT INTO organisation_municipality (organisation_id, municipality_code) VALUES (:id, :m)")
                .param("id", id)
                .param("m", actor.municipalityCode())
                .update();
        return new Organisation(id, name.strip(), kind);
    }

    /**
     * Organisations of other municipalities in the same county that could become partners here,
     * e.g. the police area or the rescue service that covers several municipalities.
     */
    public List<Organisation> partnerCandidates(String municipalityCode) {
        return jdbc.sql("""
                        SELECT DISTINCT o.id, o.name, o.kind FROM organisation o
                        JOIN organisation_municipality om ON om.organisation_id = o.id
                        JOIN municipality m ON m.code = om.municipality_code
                        WHERE m.county_code = (SELECT county_code FROM municipality WHERE code = :m)
                          AND o.kind IN ('POLICE', 'RESCUE_SERVICE', 'HOUSING_COMPANY', 'ASSOCIATION', 'BUSINESS')
                          AND NOT EXISTS (SELECT 1 FROM organisation_municipality here
                                          WHERE here.organisation_id = o.id AND here.municipality_code = :m)
                        ORDER BY o.name
                        """)
                .param("m", municipalityCode)
                .query((rs, row) -> new Organisation(rs.getLong("id"), rs.getString("name"), OrganisationKind.valueOf(rs.getString("kind"))))
                .list();
    }

    /** Makes an organisation of a neighbouring municipality a partner in the actor's municipality too. */
    @Transactional
    public void addPartner(Actor actor, long organisationId) {
        actor.require(Role.COORDINATOR);
        if (partnerCandidates(actor.municipalityCode()).stream().noneMatch(o -> o.id() == organisationId)) {
            throw new InvalidInputException(List.of(new InputProblem("organisationId", "Organisationen kan inte läggas till som samarbetspart")));
        }
        jdbc.sql("INSERT INTO organisation_municipality (organisation_id, municipality_code) VALUES (:o, :m) ON CONFLICT DO NOTHING")
                .param("o", organisationId).param("m", actor.municipalityCode()).update();
    }

    /** Everyone with a role in the municipality. */
    public List<Person> people(String municipalityCode) {
        Map<Long, Person> people = new LinkedHashMap<>();
        jdbc.sql("""
                        SELECT u.id, u.email, u.display_name, u.password_hash IS NOT NULL AS active,
                               array_agg(DISTINCT m.role ORDER BY m.role) AS roles,
                               array_agg(DISTINCT o.name ORDER BY o.name) AS organisations
                        FROM membership m JOIN app_user u ON u.id = m.user_id JOIN organisation o ON o.id = m.organisation_id
                        WHERE m.municipality_code = :m
                        GROUP BY u.id, u.email, u.display_name, u.password_hash
                        ORDER BY u.display_name COLLATE "sv-SE-x-icu"
                        """)
                .param("m", municipalityCode)
                .query((rs, row) -> people.put(rs.getLong("id"), new Person(rs.getLong("id"), rs.getString("email"),
                        rs.getString("display_name"), rs.getBoolean("active"),
                        Arrays.asList((String[]) rs.getArray("roles").getArray()),
                        Arrays.asList((String[]) rs.getArray("organisations").getArray()))))
                .list();
        return List.copyOf(people.values());
    }

    /** People holding one of the roles in the municipality (recipients of pictures and feedback). */
    public List<Person> peopleWithRole(String municipalityCode, Role role) {
        return people(municipalityCode).stream().filter(p -> p.roles().contains(role.name())).toList();
    }

    /**
     * Gives a person a role for an organisation in the actor's municipality. A new person gets an
     * e-mail with a one-time link to choose a password; someone who already has an account is told.
     */
    @Transactional
    public void invite(Actor actor, InviteForm form) {
        actor.require(Role.COORDINATOR);
        Organisation organisation = organisation(actor.municipalityCode(), form.organisationId())
                .orElseThrow(() -> new InvalidInputException(List.of(new InputProblem("organisationId", "Organisationen finns inte i kommunen"))));
        String email = form.email().strip();
        Optional<Long> existing = jdbc.sql("SELECT id FROM app_user WHERE lower(email) = lower(:email)")
                .param("email", email).query(Long.class).optional();
        long userId = existing.orElseGet(() -> jdbc.sql("INSERT INTO app_user (email, display_name) VALUES (:email, :name) RETURNING id")
                .param("email", email)
                .param("name", form.displayName().strip())
                .query(Long.class)
                .single());
        jdbc.sql("""
                        INSERT INTO membership (user_id, organisation_id, municipality_code, role)
                        VALUES (:user, :org, :m, :role) ON CONFLICT DO NOTHING
                        """)
                .param("user", userId)
                .param("org", organisation.id())
                .param("m", actor.municipalityCode())
                .param("role", form.role().name())
                .update();
        boolean hasPassword = jdbc.sql("SELECT password_hash IS NOT NULL FROM app_user WHERE id = :id")
                .param("id", userId).query(Boolean.class).single();
        if (hasPassword) {
            mailer.send(email, "Du har fått en ny roll i Trygghetsnav",
                    """
                    Hej!

                    %s har gett dig rollen %s för %s i %s i Trygghetsnav.
                    Logga in som vanligt: %s
                    """.formatted(actor.displayName(), RoleNames.swedish(form.role()), organisation.name(),
                            actor.municipalityName(), mailer.link("/logga-in")));
            return;
        }
        String token = newAccountToken(userId, "INVITATION", INVITATION_VALIDITY);
        mailer.send(email, "Inbjudan till Trygghetsnav",
                """
                Hej %s!

                %s bjuder in dig till Trygghetsnav, %s, med rollen %s för %s.
                Välj ditt lösenord här (länken gäller i 7 dagar och kan bara användas en gång):

                %s

                Om du inte väntade dig det här kan du bortse från meddelandet.
                """.formatted(form.displayName().strip(), actor.displayName(), actor.municipalityName(),
                        RoleNames.swedish(form.role()), organisation.name(), mailer.link("/konto/aktivera/" + token)));
    }

    /** Sends a reset link if the address belongs to an account; says nothing either way. */
    @Transactional
    public void requestPasswordReset(String email) {
        jdbc.sql("SELECT id FROM app_user WHERE lower(email) = lower(:email) AND enabled")
                .param("email", email == null ? "" : email.strip())
                .query(Long.class)
                .optional()
                .ifPresent(userId -> {
                    String token = newAccountToken(userId, "PASSWORD_RESET", RESET_VALIDITY);
                    mailer.send(email.strip(), "Återställ ditt lösenord i Trygghetsnav",
                            """
                            Hej!

                            Någon (förhoppningsvis du) bad om att återställa lösenordet för %s.
                            Välj ett nytt lösenord här (länken gäller i en timme och kan bara användas en gång):

                            %s

                            Om det inte var du behöver du inte göra något; lösenordet är oförändrat.
                            """.formatted(email.strip(), mailer.link("/konto/aterstall/" + token)));
                });
    }

    /** True when the one-time link is still good. */
    public boolean isUsableAccountToken(String token) {
        return Tokens.looksLikeToken(token) && jdbc.sql("""
                        SELECT count(*) > 0 FROM account_token WHERE token_hash = :hash AND used_at IS NULL AND expires_at > :now
                        """)
                .param("hash", Tokens.hash(token))
                .param("now", OffsetDateTime.now(clock))
                .query(Boolean.class)
                .single();
    }

    /** Uses a one-time link (invitation or reset) to set the password; returns the account's e-mail. */
    @Transactional
    public String setPasswordWithToken(String token, String password) {
        if (!Tokens.looksLikeToken(token)) {
            throw new NotFoundException("Länken är ogiltig eller har redan använts");
        }
        Long userId = jdbc.sql("""
                        UPDATE account_token SET used_at = :now
                        WHERE token_hash = :hash AND used_at IS NULL AND expires_at > :now RETURNING user_id
                        """)
                .param("now", OffsetDateTime.now(clock))
                .param("hash", Tokens.hash(token))
                .query(Long.class)
                .optional()
                .orElseThrow(() -> new NotFoundException("Länken är ogiltig eller har redan använts"));
        return jdbc.sql("""
                        UPDATE app_user SET password_hash = :hash, failed_logins = 0, locked_until = NULL
                        WHERE id = :id RETURNING email
                        """)
                .param("hash", passwordEncoder.encode(password))
                .param("id", userId)
                .query(String.class)
                .single();
    }

    private String newAccountToken(long userId, String purpose, Duration validity) {
        String token = Tokens.newToken();
        jdbc.sql("INSERT INTO account_token (token_hash, user_id, purpose, expires_at) VALUES (:hash, :user, :purpose, :expires)")
                .param("hash", Tokens.hash(token))
                .param("user", userId)
                .param("purpose", purpose)
                .param("expires", OffsetDateTime.now(clock).plus(validity))
                .update();
        return token;
    }
}
