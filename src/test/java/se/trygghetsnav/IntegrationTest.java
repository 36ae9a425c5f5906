package se.trygghetsnav;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcPrint;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The whole application on a random port against a real, throw-away embedded PostgreSQL with the
 * real migrations. Every test starts from empty feature tables (accounts, municipalities and categories stay).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "trygghetsnav.embedded-db.data-dir=",
        "trygghetsnav.operator.email=" + IntegrationTest.OPERATOR_EMAIL,
        "trygghetsnav.operator.password=" + IntegrationTest.OPERATOR_PASSWORD})
@AutoConfigureMockMvc(print = MockMvcPrint.NONE)
public abstract class IntegrationTest {

    public static final String OPERATOR_EMAIL = "operator@test.local";
    public static final String OPERATOR_PASSWORD = "test-operator-secret";

    private static final Set<String> KEPT_TABLES = Set.of("flyway_schema_history", "app_user", "app_user_role", "county", "municipality", "incident_category", "knowledge_article");

    /** A real SMTP server in the test JVM; every test context sends its mail here. */
    protected static final GreenMail MAIL = startMail();

    @Autowired
    protected MockMvc mvc;

    @Autowired
    protected JdbcClient jdbc;

    @LocalServerPort
    protected int port;

    @BeforeEach
    void emptyFeatureTables() {
        String tables = jdbc.sql("SELECT string_agg(quote_ident(tablename), ', ') FROM pg_tables WHERE schemaname = 'public'")
                .query(String.class).optional().orElse("");
        String toEmpty = Arrays.stream(tables.split(", "))
                .filter(table -> !table.isBlank() && !KEPT_TABLES.contains(table))
                .collect(Collectors.joining(", "));
        if (!toEmpty.isEmpty()) {
            jdbc.sql("TRUNCATE " + toEmpty + " CASCADE").update();
        }
    }

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> MAIL.getSmtp().getPort());
    }

    private static GreenMail startMail() {
        GreenMail mail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        mail.start();
        return mail;
    }

    protected String baseUrl() {
        return "http://localhost:" + port;
    }
}
