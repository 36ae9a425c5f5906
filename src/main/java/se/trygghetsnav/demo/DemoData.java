package se.trygghetsnav.demo;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.trygghetsnav.analysis.HexGrid;
import se.trygghetsnav.demo.DemoGeography.AreaShape;
import se.trygghetsnav.demo.DemoGeography.Locality;
import se.trygghetsnav.demo.DemoReports.Report;
import se.trygghetsnav.demo.DemoReports.Reporter;
import se.trygghetsnav.platform.Role;

/**
 * Demo data for Tranemo kommun with the Spring profile {@code demo} ({@code mvn spring-boot:run}
 * turns it on): organisations, six accounts, the twelve localities, a few areas, a year of incident
 * reports and some measures. Loaded once; nothing happens when Tranemo already has an organisation.
 * The accounts share the password {@code trygghetsnav.demo.password}.
 */
@Component
@Profile("demo")
public class DemoData {

    /** SCB kommunkod of Tranemo. */
    static final String MUNICIPALITY = "1452";
    /** SCB kommunkod of Borås, the police area's other municipality. */
    static final String BORAS = "1490";
    static final String SAFETY_DEPARTMENT = "Tranemo kommun – Trygghet och säkerhet";
    static final String MANAGEMENT = "Tranemo kommun – Kommunledning";
    static final String POLICE = "Lokalpolisområde Borås";
    static final String HOUSING_COMPANY = "Tranemo Bostäder AB";
    static final String SCHOOL = "Tranemo gymnasieskola";
    static final String RESCUE_SERVICE = "Räddningstjänsten Sjuhärad";

    private static final String DEFAULT_PASSWORD = "trygghet-demo-2026";
    private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");
    private static final long SEED = 1452_2026L;

    private record Organisation(String name, String kind, List<String> municipalities) {}

    private record Account(String email, String displayName, Role role, String organisation) {}

    private static final List<Organisation> ORGANISATIONS = List.of(
            new Organisation(SAFETY_DEPARTMENT, "MUNICIPAL_DEPARTMENT", List.of(MUNICIPALITY)),
            new Organisation(MANAGEMENT, "MUNICIPAL_DEPARTMENT", List.of(MUNICIPALITY)),
            new Organisation(POLICE, "POLICE", List.of(MUNICIPALITY, BORAS)),
            new Organisation(HOUSING_COMPANY, "HOUSING_COMPANY", List.of(MUNICIPALITY)),
            new Organisation(SCHOOL, "SCHOOL", List.of(MUNICIPALITY)),
            new Organisation(RESCUE_SERVICE, "RESCUE_SERVICE", List.of(MUNICIPALITY)));

    private static final List<Account> ACCOUNTS = List.of(
            new Account("samordnare@tranemo.demo", "Karin Svensson", Role.COORDINATOR, SAFETY_DEPARTMENT),
            new Account("rapportor@tranemo.demo", "Johan Andersson", Role.REPORTER, HOUSING_COMPANY),
            new Account("fastighet@tranemo.demo", "Emma Karlsson", Role.REPORTER, HOUSING_COMPANY),
            new Account("polis@tranemo.demo", "Mikael Nilsson", Role.ANALYST, POLICE),
            new Account("analytiker@tranemo.demo", "Sara Lindqvist", Role.ANALYST, HOUSING_COMPANY),
            new Account("kommunchef@tranemo.demo", "Per Gustafsson", Role.MANAGER, MANAGEMENT));

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final JdbcClient jdbc;
    private final JdbcTemplate jdbcTemplate;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;
    private final String password;

    DemoData(JdbcClient jdbc, JdbcTemplate jdbcTemplate, PasswordEncoder passwordEncoder, Clock clock,
            @Value("${trygghetsnav.demo.password:" + DEFAULT_PASSWORD + "}") String password) {
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
        this.password = password;
    }

    /** Inserts the demo data unless Tranemo already has an organisation; all or nothing. */
    @EventListener(ApplicationReadyEvent.class)
    @Transactional
    public void load() {
        boolean loaded = jdbc.sql("SELECT count(*) > 0 FROM organisation_municipality WHERE municipality_code = :municipality")
                .param("municipality", MUNICIPALITY)
                .query(Boolean.class)
                .single();
        if (loaded) {
            log.info("Demodata finns redan för kommun {}; inget läses in", MUNICIPALITY);
            return;
        }
        LocalDate today = LocalDate.now(clock.withZone(SWEDEN));
        Map<String, Long> organisations = insertOrganisations();
        Map<String, Long> users = insertAccounts(organisations);
        int localities = insertLocalities();
        Map<String, Long> areas = insertAreas();
        List<Report> reports = generateReports(today, areas, organisations, users);
        insertReports(reports);
        int measures = new DemoMeasures(jdbc, MUNICIPALITY, today, SWEDEN).insert(areas, organisations, users);
        int walks = new DemoSafetyWork(jdbc, MUNICIPALITY, today, SWEDEN).insert(organisations);

        log.info("Demodata för Tranemo kommun inläst: {} organisationer, {} konton, {} orter, {} områden, "
                        + "{} händelserapporter, {} åtgärder och {} trygghetsvandringar med möten, arbetsgrupper och medborgarlöfte",
                organisations.size(), users.size(), localities, areas.size(), reports.size(), measures, walks);
        log.info("Demokonton: {}; lösenordet står i trygghetsnav.demo.password{}",
                ACCOUNTS.stream().map(account -> account.email() + " (" + account.role() + ")").collect(Collectors.joining(", ")),
                DEFAULT_PASSWORD.equals(password) ? " (standardvärdet " + DEFAULT_PASSWORD + ")" : "");
    }

    private Map<String, Long> insertOrganisations() {
        Map<String, Long> ids = new LinkedHashMap<>();
        for (Organisation organisation : ORGANISATIONS) {
            long id = jdbc.sql("INSERT INTO organisation (name, kind) VALUES (:name, :kind) RETURNING id")
                    .param("name", organisation.name())
                    .param("kind", organisation.kind())
                    .query(Long.class)
                    .single();
            for (String municipality : organisation.municipalities()) {
                jdbc.sql("INSERT INTO organisation_municipality (organisation_id, municipality_code) VALUES (:id, :municipality)")
                        .param("id", id)
                        .param("municipality", municipality)
                        .update();
            }
            ids.put(organisation.name(), id);
        }
        return ids;
    }

    /** The accounts and their memberships; an account left over from an earlier load is reused. */
    private Map<String, Long> insertAccounts(Map<String, Long> organisations) {
        Map<String, Long> ids = new LinkedHashMap<>();
        for (Account account : ACCOUNTS) {
            long id = jdbc.sql("""
                            INSERT INTO app_user (email, display_name, password_hash)
                            VALUES (:email, :displayName, :hash)
                            ON CONFLICT ((lower(email))) DO UPDATE SET display_name = EXCLUDED.display_name
                            RETURNING id
                            """)
                    .param("email", account.email())
                    .param("displayName", account.displayName())
                    .param("hash", passwordEncoder.encode(password))
                    .query(Long.class)
                    .single();
            jdbc.sql("""
                            INSERT INTO membership (user_id, organisation_id, municipality_code, role)
                            VALUES (:user, :organisation, :municipality, :role)
                            """)
                    .param("user", id)
                    .param("organisation", organisations.get(account.organisation()))
                    .param("municipality", MUNICIPALITY)
                    .param("role", account.role().name())
                    .update();
            ids.put(account.email(), id);
        }
        return ids;
    }

    private int insertLocalities() {
        for (Locality locality : DemoGeography.LOCALITIES) {
            jdbc.sql("""
                            INSERT INTO locality (municipality_code, name, latitude, longitude)
                            VALUES (:municipality, :name, :latitude, :longitude)
                            ON CONFLICT (municipality_code, name) DO NOTHING
                            """)
                    .param("municipality", MUNICIPALITY)
                    .param("name", locality.name())
                    .param("latitude", locality.latitude())
                    .param("longitude", locality.longitude())
                    .update();
        }
        return DemoGeography.LOCALITIES.size();
    }

    private Map<String, Long> insertAreas() {
        Map<String, Long> ids = new LinkedHashMap<>();
        for (AreaShape area : DemoGeography.AREAS) {
            long id = jdbc.sql("""
                            INSERT INTO area (municipality_code, name, geometry, min_latitude, min_longitude, max_latitude, max_longitude)
                            VALUES (:municipality, :name, CAST(:geometry AS jsonb), :minLatitude, :minLongitude, :maxLatitude, :maxLongitude)
                            ON CONFLICT (municipality_code, name) DO UPDATE SET geometry = EXCLUDED.geometry
                            RETURNING id
                            """)
                    .param("municipality", MUNICIPALITY)
                    .param("name", area.name())
                    .param("geometry", area.geoJson())
                    .param("minLatitude", area.minLatitude())
                    .param("minLongitude", area.minLongitude())
                    .param("maxLatitude", area.maxLatitude())
                    .param("maxLongitude", area.maxLongitude())
                    .query(Long.class)
                    .single();
            ids.put(area.name(), id);
        }
        return ids;
    }

    private List<Report> generateReports(LocalDate today, Map<String, Long> areas, Map<String, Long> organisations,
            Map<String, Long> users) {
        long housingCompany = organisations.get(HOUSING_COMPANY);
        List<Reporter> housingReporters = List.of(
                new Reporter(users.get("rapportor@tranemo.demo"), housingCompany, false),
                new Reporter(users.get("fastighet@tranemo.demo"), housingCompany, false));
        Reporter police = new Reporter(users.get("polis@tranemo.demo"), organisations.get(POLICE), true);
        return new DemoReports(new Random(SEED), today, SWEDEN, clock.instant(), areas, housingReporters, police).generate();
    }

    private void insertReports(List<Report> reports) {
        Map<String, Long> categories = jdbc.sql("SELECT code, id FROM incident_category WHERE municipality_code = :municipality")
                .param("municipality", MUNICIPALITY)
                .query((rs, row) -> Map.entry(rs.getString("code"), rs.getLong("id")))
                .list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        jdbcTemplate.batchUpdate("""
                INSERT INTO incident_report (municipality_code, category_id, reporter_id, organisation_id, occurred_from,
                                             occurred_to, latitude, longitude, place, area_id, description, people_involved,
                                             reported_to_police, source, created_at, h3_cell)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'DEMO', ?, ?)
                """, reports, 500, (statement, report) -> bind(statement, report, categories));
    }

    private static void bind(PreparedStatement statement, Report report, Map<String, Long> categories) throws SQLException {
        Long category = categories.get(report.category());
        if (category == null) {
            throw new IllegalStateException("Kategorin saknas i kommunen: " + report.category());
        }
        statement.setString(1, MUNICIPALITY);
        statement.setLong(2, category);
        statement.setLong(3, report.reporterId());
        statement.setLong(4, report.organisationId());
        statement.setObject(5, report.occurredFrom());
        statement.setObject(6, report.occurredTo(), Types.TIMESTAMP_WITH_TIMEZONE);
        statement.setObject(7, report.latitude(), Types.DOUBLE);
        statement.setObject(8, report.longitude(), Types.DOUBLE);
        statement.setString(9, report.place());
        statement.setObject(10, report.areaId(), Types.BIGINT);
        statement.setString(11, report.description());
        statement.setObject(12, report.peopleInvolved(), Types.INTEGER);
        statement.setString(13, report.reportedToPolice());
        statement.setObject(14, report.createdAt());
        statement.setObject(15, report.latitude() == null ? null
                : HexGrid.cell(report.latitude(), report.longitude(), HexGrid.STORED_RESOLUTION), Types.BIGINT);
    }
}
