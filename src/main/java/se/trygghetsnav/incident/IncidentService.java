package se.trygghetsnav.incident;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.trygghetsnav.account.Actor;
import se.trygghetsnav.analysis.HexGrid;
import se.trygghetsnav.municipality.Area;
import se.trygghetsnav.municipality.MunicipalityService;
import se.trygghetsnav.platform.ImageSanitizer;
import se.trygghetsnav.platform.InvalidInputException;
import se.trygghetsnav.platform.InvalidInputException.InputProblem;
import se.trygghetsnav.platform.NotFoundException;
import se.trygghetsnav.platform.Role;

/**
 * Incident reports of a municipality: filing (with the rules every channel shares), reading and
 * the photo. Reporters see their own reports; coordinators, analysts and managers all of them.
 */
@Service
public class IncidentService {

    static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

    private final JdbcClient jdbc;
    private final MunicipalityService municipalities;
    private final Clock clock;

    IncidentService(JdbcClient jdbc, MunicipalityService municipalities, Clock clock) {
        this.jdbc = jdbc;
        this.municipalities = municipalities;
        this.clock = clock;
    }

    public List<IncidentCategory> categories(String municipalityCode) {
        return jdbc.sql("""
                        SELECT id, code, name, active, sort_order FROM incident_category
                        WHERE municipality_code = :m ORDER BY sort_order, name
                        """)
                .param("m", municipalityCode)
                .query(IncidentCategory.class)
                .list();
    }

    /** Renames, reorders or (de)activates a category, or adds one; categories are never deleted, reports keep theirs. */
    @Transactional
    public void saveCategory(Actor actor, Long id, String name, boolean active, int sortOrder) {
        actor.require(Role.COORDINATOR);
        if (name == null || name.isBlank() || name.length() > 100) {
            throw new InvalidInputException(List.of(new InputProblem("name", "Skriv kategorins namn (högst 100 tecken)")));
        }
        if (id == null) {
            jdbc.sql("""
                            INSERT INTO incident_category (municipality_code, code, name, active, sort_order)
                            VALUES (:m, :code, :name, :active, :sort)
                            """)
                    .param("m", actor.municipalityCode())
                    .param("code", "CUSTOM_" + Long.toString(System.currentTimeMillis(), 36).toUpperCase())
                    .param("name", name.strip()).param("active", active).param("sort", sortOrder)
                    .update();
            return;
        }
        int changed = jdbc.sql("""
                        UPDATE incident_category SET name = :name, active = :active, sort_order = :sort
                        WHERE id = :id AND municipality_code = :m
                        """)
                .param("name", name.strip()).param("active", active).param("sort", sortOrder)
                .param("id", id).param("m", actor.municipalityCode())
                .update();
        if (changed == 0) {
            throw new NotFoundException("Ingen sådan kategori");
        }
    }

    /** Files a report for the actor's municipality; every problem is reported at once (422). */
    @Transactional
    public long file(Actor actor, NewReport report) {
        actor.require(Role.REPORTER, Role.COORDINATOR, Role.ANALYST);
        String municipality = actor.municipalityCode();
        Set<Long> categories = categories(municipality).stream().filter(IncidentCategory::active)
                .map(IncidentCategory::id).collect(Collectors.toSet());
        Set<Long> areas = report.areaId() == null || municipalities.area(municipality, report.areaId()).isEmpty()
                ? Set.of() : Set.of(report.areaId());
        List<InputProblem> problems = new ArrayList<>(
                ReportRules.check(report, categories, areas, LocalDateTime.now(clock.withZone(SWEDEN))));
        ImageSanitizer.SanitizedImage photo = null;
        if (report.photo() != null && report.photo().length > 0 && problems.stream().noneMatch(p -> p.field().equals("photo"))) {
            try {
                photo = ImageSanitizer.sanitize(report.photo());
            } catch (ImageSanitizer.NotAnImageException | ImageSanitizer.ImageTooLargeException e) {
                problems.add(new InputProblem("photo", e.getMessage()));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Long areaId = report.areaId();
        if (areaId == null && report.hasPoint()) {
            areaId = municipalities.areaContaining(municipality, report.latitude(), report.longitude()).map(Area::id).orElse(null);
        }
        Long organisationId = actor.organisationIds().isEmpty() ? null : actor.organisationIds().get(0);
        long id = jdbc.sql("""
                        INSERT INTO incident_report (municipality_code, category_id, reporter_id, organisation_id, occurred_from,
                            occurred_to, latitude, longitude, place, area_id, description, people_involved, reported_to_police, source,
                            h3_cell)
                        VALUES (:m, :category, :reporter, :organisation, :from, :to, :lat, :lon, :place, :area, :description,
                            :people, :police, :source, :cell)
                        RETURNING id
                        """)
                .param("m", municipality)
                .param("category", report.categoryId())
                .param("reporter", actor.userId())
                .param("organisation", organisationId)
                .param("from", swedish(report.occurredFrom()))
                .param("to", report.occurredTo() == null ? null : swedish(report.occurredTo()))
                .param("lat", report.latitude())
                .param("lon", report.longitude())
                .param("place", report.place())
                .param("area", areaId)
                .param("description", report.description())
                .param("people", report.peopleInvolved())
                .param("police", report.reportedToPolice().name())
                .param("source", report.source())
                .param("cell", report.hasPoint() ? HexGrid.cell(report.latitude(), report.longitude(), HexGrid.STORED_RESOLUTION) : null)
                .query(Long.class)
                .single();
        if (photo != null) {
            jdbc.sql("""
                            INSERT INTO incident_photo (report_id, content_type, content, width, height)
                            VALUES (:id, :type, :content, :width, :height)
                            """)
                    .param("id", id)
                    .param("type", photo.contentType())
                    .param("content", photo.content())
                    .param("width", photo.width())
                    .param("height", photo.height())
                    .update();
        }
        return id;
    }

    /** Reports the actor may see, newest first. Reporters see only their own. */
    public List<IncidentReport> list(Actor actor, ReportFilter filter) {
        Long onlyReporter = seesAll(actor) ? filter.reporterId() : Long.valueOf(actor.userId());
        return jdbc.sql(ReportQueries.SELECT + """
                        WHERE r.municipality_code = :m
                          AND (CAST(:from AS timestamptz) IS NULL OR r.occurred_from >= CAST(:from AS timestamptz))
                          AND (CAST(:to AS timestamptz) IS NULL OR r.occurred_from < CAST(:to AS timestamptz))
                          AND (CAST(:categories AS bigint[]) IS NULL OR r.category_id = ANY (CAST(:categories AS bigint[])))
                          AND (CAST(:area AS bigint) IS NULL OR r.area_id = CAST(:area AS bigint))
                          AND (CAST(:reporter AS bigint) IS NULL OR r.reporter_id = CAST(:reporter AS bigint))
                          AND (CAST(:south AS double precision) IS NULL OR (r.latitude BETWEEN :south AND :north
                               AND r.longitude BETWEEN :west AND :east))
                        ORDER BY r.occurred_from DESC, r.id DESC
                        LIMIT :limit
                        """)
                .param("m", actor.municipalityCode())
                .param("from", filter.from() == null ? null : startOf(filter.from()))
                .param("to", filter.to() == null ? null : startOf(filter.to().plusDays(1)))
                .param("categories", filter.categoryIds().isEmpty() ? null : filter.categoryIds().toArray(Long[]::new))
                .param("area", filter.areaId())
                .param("reporter", onlyReporter)
                .param("south", filter.bbox() == null ? null : filter.bbox()[0])
                .param("west", filter.bbox() == null ? null : filter.bbox()[1])
                .param("north", filter.bbox() == null ? null : filter.bbox()[2])
                .param("east", filter.bbox() == null ? null : filter.bbox()[3])
                .param("limit", filter.limit())
                .query(ReportQueries::map)
                .list();
    }

    public IncidentReport get(Actor actor, long id) {
        return jdbc.sql(ReportQueries.SELECT + " WHERE r.municipality_code = :m AND r.id = :id")
                .param("m", actor.municipalityCode())
                .param("id", id)
                .query(ReportQueries::map)
                .optional()
                .filter(report -> seesAll(actor) || Long.valueOf(actor.userId()).equals(report.reporterId()))
                .orElseThrow(() -> new NotFoundException("Ingen sådan rapport"));
    }

    public Optional<Photo> photo(Actor actor, long reportId) {
        get(actor, reportId);
        return jdbc.sql("SELECT content_type, content FROM incident_photo WHERE report_id = :id")
                .param("id", reportId)
                .query((rs, row) -> new Photo(rs.getString("content_type"), rs.getBytes("content")))
                .optional();
    }

    static boolean seesAll(Actor actor) {
        return actor.has(Role.COORDINATOR, Role.ANALYST, Role.MANAGER);
    }

    static OffsetDateTime swedish(LocalDateTime local) {
        return local.atZone(SWEDEN).toOffsetDateTime();
    }

    static OffsetDateTime startOf(LocalDate day) {
        return day.atStartOfDay(SWEDEN).toOffsetDateTime();
    }

    public record Photo(String contentType, byte[] content) {}
}
