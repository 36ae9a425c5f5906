package se.trygghetsnav.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/** The demo profile loads the community once: members, groups, posts in Tranemo. */
@SpringBootTest(properties = "trygghetsnav.embedded-db.data-dir=")
@ActiveProfiles("demo")
class DemoCommunityTest {

    @Autowired private DemoCommunity demoCommunity;
    @Autowired private JdbcClient jdbc;

    @Test
    void theCommunityIsLoadedOnce() {
        demoCommunity.load();
        assertThat(count("SELECT count(*) FROM community_member WHERE municipality_code = '1452'")).isEqualTo(5);
        assertThat(count("SELECT count(*) FROM app_user_role r JOIN app_user u ON u.id = r.user_id WHERE r.role = 'MODERATOR' AND u.email = 'moderator@samverkan.demo'")).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM community_group WHERE municipality_code = '1452'")).isEqualTo(2);
        assertThat(count("SELECT count(*) FROM community_post WHERE municipality_code = '1452'")).isEqualTo(5);
        assertThat(count("SELECT count(*) FROM community_post WHERE badge_role = 'Kommunpolis'")).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM organisation WHERE verified_at IS NOT NULL")).isEqualTo(1);
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
