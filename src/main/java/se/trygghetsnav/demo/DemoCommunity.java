package se.trygghetsnav.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo data for the community platform (samverkan) in Tranemo: the police verified, two residents,
 * the police officer and the coordinator as members, two groups and a few posts, comments and chat
 * messages. Loaded after {@link DemoData}, once: nothing happens when Tranemo already has members.
 * The residents log in with the demo password.
 */
@Component
@Profile("demo")
class DemoCommunity {

    static final String RESIDENT = "invanare@samverkan.demo";
    static final String BUSINESS = "foretagare@samverkan.demo";
    static final String MODERATOR = "moderator@samverkan.demo";

    private static final Logger log = LoggerFactory.getLogger(DemoCommunity.class);

    private final DemoData demoData;
    private final JdbcClient jdbc;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;
    private final String password;

    DemoCommunity(DemoData demoData, JdbcClient jdbc, PasswordEncoder passwordEncoder, Clock clock,
            @Value("${trygghetsnav.demo.password:trygghet-demo-2026}") String password) {
        this.demoData = demoData;
        this.jdbc = jdbc;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
        this.password = password;
    }

    private record Post(String author, String visibility, String group, String priority, String body, double latitude,
            double longitude, boolean exact, int hoursAgo) {}

    @EventListener(ApplicationReadyEvent.class)
    @Transactional
    public void load() {
        demoData.load(); // the organisations and accounts first; does nothing when they are there
        boolean loaded = jdbc.sql("SELECT count(*) > 0 FROM community_member WHERE municipality_code = :m")
                .param("m", DemoData.MUNICIPALITY).query(Boolean.class).single();
        if (loaded) {
            return;
        }
        long police = jdbc.sql("SELECT id FROM organisation WHERE name = :n").param("n", DemoData.POLICE).query(Long.class).single();
        jdbc.sql("UPDATE organisation SET verified_at = :now, public_description = :d WHERE id = :id")
                .param("now", OffsetDateTime.now(clock)).param("id", police)
                .param("d", "Lokalpolisområde Borås med kommunpolisen för Tranemo. Skicka gärna iakttagelser hit; vid pågående brott ring 112.")
                .update();
        long lena = account(RESIDENT, "Lena Berg");
        long olof = account(BUSINESS, "Olof Ek");
        long officer = userId("polis@tranemo.demo");
        long coordinator = userId("samordnare@tranemo.demo");
        member(lena, "RESIDENT", "Bor på Åsen sedan tjugo år.");
        member(olof, "BUSINESS", "Driver en butik i Limmared.");
        member(officer, "STAFF", "");
        member(coordinator, "STAFF", "");
        long moderator = account(MODERATOR, "Moa Moderator");
        member(moderator, "RESIDENT", "Modererar samverkansplattformen.");
        jdbc.sql("INSERT INTO app_user_role (user_id, role) VALUES (:u, 'MODERATOR') ON CONFLICT DO NOTHING").param("u", moderator).update();
        long centre = group("Grannsamverkan Tranemo centrum", "Vi som bor i centrala Tranemo håller koll på varandras hus.", true, lena);
        long business = group("Företagare i Limmared", "Handlare och företagare i Limmared varnar varandra.", false, olof);
        addToGroup(centre, coordinator);
        addToGroup(business, lena);
        List<Post> posts = List.of(
                new Post("Lena Berg", "PUBLIC", null, "YELLOW", "Någon har provat att öppna bildörrar på parkeringen vid Storgatan i natt. "
                        + "Personen hade mörk jacka och cyklade mot stationen.", 57.4855, 13.3505, false, 5),
                new Post("Olof Ek", "PUBLIC", null, "GREEN", "Gatlampan vid busshållplatsen är trasig igen, det är mörkt på kvällarna.",
                        57.5412, 13.3621, true, 30),
                new Post("Mikael Nilsson", "PUBLIC", null, "GREEN", "Vi har extra närvaro i centrum under helgen. Hör gärna av er om ni ser något.",
                        57.4849, 13.3521, true, 12),
                new Post("Lena Berg", "GROUP", "centre", "YELLOW", "Flera har fått samtal från falska bankanställda i veckan. Lägg på och ring banken själv.",
                        57.4861, 13.3489, false, 50),
                new Post("Olof Ek", "GROUP", "business", "RED", "Två personer försöker just nu ta varor utan att betala i butiken vid torget.",
                        57.5408, 13.3617, true, 2));
        for (Post post : posts) {
            long author = post.author().equals("Lena Berg") ? lena : post.author().equals("Olof Ek") ? olof : officer;
            Long groupId = post.group() == null ? null : post.group().equals("centre") ? centre : business;
            boolean badge = author == officer;
            long id = jdbc.sql("""
                            INSERT INTO community_post (municipality_code, author_id, author_name, badge_organisation_id, badge_role, visibility,
                                                        group_id, priority, body, latitude, longitude, exact_position, created_at)
                            VALUES (:m, :a, :n, :bo, :br, :v, :g, :p, :b, :lat, :lon, :exact, :at) RETURNING id
                            """)
                    .param("m", DemoData.MUNICIPALITY).param("a", author).param("n", post.author())
                    .param("bo", badge ? police : null, java.sql.Types.BIGINT).param("br", badge ? "Kommunpolis" : null, java.sql.Types.VARCHAR)
                    .param("v", post.visibility()).param("g", groupId, java.sql.Types.BIGINT).param("p", post.priority())
                    .param("b", post.body()).param("lat", post.latitude()).param("lon", post.longitude()).param("exact", post.exact())
                    .param("at", OffsetDateTime.now(clock).minus(Duration.ofHours(post.hoursAgo()))).query(Long.class).single();
            if (post.hoursAgo() == 5) {
                jdbc.sql("INSERT INTO community_comment (post_id, author_id, author_name, body, created_at) VALUES (:p, :a, 'Olof Ek', :b, :at)")
                        .param("p", id).param("a", olof).param("b", "Tack för varningen, jag låser bilen ordentligt.")
                        .param("at", OffsetDateTime.now(clock).minus(Duration.ofHours(4))).update();
            }
        }
        jdbc.sql("INSERT INTO community_chat_message (group_id, author_id, author_name, body, created_at) VALUES (:g, :a, 'Lena Berg', :b, :at)")
                .param("g", centre).param("a", lena).param("b", "Välkomna till gruppen! Skriv här om ni reser bort, så håller vi koll.")
                .param("at", OffsetDateTime.now(clock).minus(Duration.ofDays(2))).update();
        log.info("Demodata för samverkan inläst: konton {}, {} och moderatorn {} (demolösenordet)", RESIDENT, BUSINESS, MODERATOR);
    }

    private long account(String email, String name) {
        return jdbc.sql("""
                        INSERT INTO app_user (email, display_name, password_hash) VALUES (:e, :n, :h)
                        ON CONFLICT ((lower(email))) DO UPDATE SET display_name = EXCLUDED.display_name RETURNING id
                        """)
                .param("e", email).param("n", name).param("h", passwordEncoder.encode(password)).query(Long.class).single();
    }

    private long userId(String email) {
        return jdbc.sql("SELECT id FROM app_user WHERE lower(email) = lower(:e)").param("e", email).query(Long.class).single();
    }

    private void member(long userId, String kind, String profile) {
        jdbc.sql("INSERT INTO community_member (user_id, municipality_code, kind, profile_text) VALUES (:u, :m, :k, :p)")
                .param("u", userId).param("m", DemoData.MUNICIPALITY).param("k", kind).param("p", profile).update();
        jdbc.sql("INSERT INTO community_consent (user_id, kind, version) VALUES (:u, 'CODE_OF_CONDUCT', '2026-11')").param("u", userId).update();
    }

    private long group(String name, String description, boolean locked, long admin) {
        long id = jdbc.sql("""
                        INSERT INTO community_group (municipality_code, name, description, locked, created_by) VALUES (:m, :n, :d, :l, :a) RETURNING id
                        """).param("m", DemoData.MUNICIPALITY).param("n", name).param("d", description).param("l", locked).param("a", admin)
                .query(Long.class).single();
        jdbc.sql("INSERT INTO community_group_member (group_id, user_id, status, admin) VALUES (:g, :u, 'MEMBER', true)")
                .param("g", id).param("u", admin).update();
        return id;
    }

    private void addToGroup(long group, long userId) {
        jdbc.sql("INSERT INTO community_group_member (group_id, user_id, status) VALUES (:g, :u, 'MEMBER')")
                .param("g", group).param("u", userId).update();
    }
}
