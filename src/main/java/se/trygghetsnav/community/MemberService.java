package se.trygghetsnav.community;

import java.util.Map;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.trygghetsnav.municipality.MunicipalityService;
import se.trygghetsnav.platform.Mailer;

/** Joining the community platform: sign-up, joining with an existing account, the profile. */
@Service
class MemberService {

    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;
    private final Mailer mailer;
    private final MunicipalityService municipalities;

    MemberService(JdbcClient jdbc, PasswordEncoder encoder, Mailer mailer, MunicipalityService municipalities) {
        this.jdbc = jdbc;
        this.encoder = encoder;
        this.mailer = mailer;
        this.municipalities = municipalities;
    }

    /** A new account, a member of the chosen municipality's community, with the code of conduct accepted. */
    @Transactional
    long signUp(SignUpForm form) {
        if (municipalities.find(form.municipality()).isEmpty()) {
            throw new IllegalArgumentException("Okänd kommun");
        }
        long userId;
        try {
            userId = jdbc.sql("INSERT INTO app_user (email, display_name, password_hash) VALUES (:e, :n, :h) RETURNING id")
                    .param("e", form.email()).param("n", form.displayName()).param("h", encoder.encode(form.password()))
                    .query(Long.class).single();
        } catch (DuplicateKeyException e) {
            throw new EmailTakenException();
        }
        insertMember(userId, form.municipality(), form.memberKind(), form.profileText());
        String name = municipalities.find(form.municipality()).orElseThrow().name();
        mailer.send(form.email(), "Välkommen till samverkan i " + name, """
                Hej %s!

                Du är nu med i samverkan i %s på Trygghetsnav. Där kan du varna och informera andra i kommunen, \
                gå med i grupper och följa vad som händer nära dig.

                Kom ihåg uppförandekoden: inga politiska eller kommersiella budskap, en god ton och inga \
                personuppgifter om andra.

                Gå till samverkan: %s
                Dina uppgifter och hur du tar bort ditt konto: %s
                """.formatted(form.displayName(), name, mailer.link("/samverkan"), mailer.link("/samverkan/mina-data")));
        return userId;
    }

    boolean isMember(long userId) {
        return jdbc.sql("SELECT count(*) FROM community_member WHERE user_id = :u").param("u", userId).query(Long.class).single() > 0;
    }

    /** An existing account (e.g. municipal staff) joins a community and accepts the code of conduct. */
    @Transactional
    void join(long userId, String municipality, MemberKind kind) {
        if (municipalities.find(municipality).isEmpty()) {
            throw new IllegalArgumentException("Okänd kommun");
        }
        if (!isMember(userId)) {
            insertMember(userId, municipality, kind, "");
        }
    }

    private void insertMember(long userId, String municipality, MemberKind kind, String profileText) {
        jdbc.sql("INSERT INTO community_member (user_id, municipality_code, kind, profile_text) VALUES (:u, :m, :k, :p)")
                .param("u", userId).param("m", municipality).param("k", kind.name()).param("p", profileText == null ? "" : profileText)
                .update();
        jdbc.sql("INSERT INTO community_consent (user_id, kind, version) VALUES (:u, 'CODE_OF_CONDUCT', :v)")
                .param("u", userId).param("v", CodeOfConduct.VERSION).update();
    }

    public record Profile(String displayName, String email, String profileText, String municipalityCode, String municipalityName,
            MemberKind kind) {}

    Optional<Profile> profile(long userId) {
        return jdbc.sql("""
                        SELECT u.display_name, u.email, m.profile_text, m.municipality_code, mu.name AS municipality_name, m.kind
                        FROM community_member m JOIN app_user u ON u.id = m.user_id JOIN municipality mu ON mu.code = m.municipality_code
                        WHERE m.user_id = :u
                        """).param("u", userId)
                .query((rs, row) -> new Profile(rs.getString("display_name"), rs.getString("email"), rs.getString("profile_text"),
                        rs.getString("municipality_code"), rs.getString("municipality_name"), MemberKind.valueOf(rs.getString("kind"))))
                .optional();
    }

    @Transactional
    void updateProfile(long userId, String displayName, String profileText) {
        jdbc.sql("UPDATE app_user SET display_name = :n WHERE id = :u").param("n", displayName.strip()).param("u", userId).update();
        jdbc.sql("UPDATE community_member SET profile_text = :p WHERE user_id = :u")
                .param("p", profileText == null ? "" : profileText.strip()).param("u", userId).update();
    }

    Map<String, String> municipalityNames() {
        Map<String, String> names = new java.util.LinkedHashMap<>();
        municipalities.all().forEach(m -> names.put(m.code(), m.name()));
        return names;
    }

    /** The e-mail address already has an account. */
    static class EmailTakenException extends RuntimeException {
        EmailTakenException() {
            super("E-postadressen har redan ett konto");
        }
    }
}
