package se.trygghetsnav.incident;

import jakarta.annotation.PreDestroy;
import java.sql.Types;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import se.trygghetsnav.account.Actor;
import se.trygghetsnav.analysis.HexGrid;
import se.trygghetsnav.municipality.Area;
import se.trygghetsnav.municipality.MunicipalityService;
import se.trygghetsnav.platform.InvalidInputException;
import se.trygghetsnav.platform.InvalidInputException.InputProblem;
import se.trygghetsnav.platform.NotFoundException;
import se.trygghetsnav.platform.Role;
import se.trygghetsnav.platform.Tokens;

/**
 * Bulk import of incident reports from CSV ({@link ReportImportParser}): a preview that stores
 * nothing, and an import that runs in the background, one job at a time, in batches of
 * {@value #BATCH_SIZE} reports with a transaction each. Progress is kept in memory for a day.
 */
@Service
public class ReportImportService {

    static final int BATCH_SIZE = 500;
    static final int PREVIEW_ROWS = 20;
    static final Duration KEEP_JOBS = Duration.ofHours(24);

    private static final Logger log = LoggerFactory.getLogger(ReportImportService.class);

    private static final String INSERT = """
            INSERT INTO incident_report (municipality_code, category_id, reporter_id, organisation_id, occurred_from,
                occurred_to, latitude, longitude, place, area_id, description, people_involved, reported_to_police, source, h3_cell)
            VALUES (:m, :category, :reporter, :organisation, :from, :to, :lat, :lon, :place, :area, :description,
                :people, :police, :source, :cell)
            """;

    private final IncidentService incidents;
    private final MunicipalityService municipalities;
    private final NamedParameterJdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "report-import");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<String, Job> jobs = new ConcurrentHashMap<>();

    ReportImportService(IncidentService incidents, MunicipalityService municipalities, NamedParameterJdbcTemplate jdbc,
            PlatformTransactionManager transactionManager, Clock clock) {
        this.incidents = incidents;
        this.municipalities = municipalities;
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /** What a file would import: nothing is stored. */
    public record Preview(int goodRows, long goodReports, int badRows, List<ReportImportError> errors,
            List<PreviewRow> firstGoodRows) {
        public Preview {
            errors = List.copyOf(errors);
            firstGoodRows = List.copyOf(firstGoodRows);
        }
    }

    /** A good row as shown in the preview; {@code reports} is how many reports it stands for. */
    public record PreviewRow(int row, String category, LocalDateTime occurredFrom, LocalDateTime occurredTo, String area,
            String place, Double latitude, Double longitude, String description, int reports) {}

    /** A started import: its id, how many rows and reports it stores, and the rows it leaves out. */
    public record ImportJob(String id, int rows, long total, List<ReportImportError> errors) {
        public ImportJob {
            Objects.requireNonNull(id);
            errors = List.copyOf(errors);
        }
    }

    /**
     * How far an import has come: reports stored ({@code done}) and not stored ({@code failed}) of
     * {@code total}; {@code message} says how it ended. The reports' dates span firstDate..lastDate.
     */
    public record Progress(long total, long done, long failed, boolean finished, String message, LocalDate firstDate,
            LocalDate lastDate) {}

    /** Thrown by {@link #start} when not a single row of the file can be imported. */
    public static class NothingToImportException extends InvalidInputException {
        private final List<ReportImportError> errors;

        NothingToImportException(List<ReportImportError> errors) {
            super(errors.stream().map(e -> new InputProblem(e.column() == null ? "row " + e.row() : e.column(),
                    "Rad " + e.row() + ": " + e.message())).toList());
            this.errors = List.copyOf(errors);
        }

        public List<ReportImportError> errors() {
            return errors;
        }
    }

    public Preview preview(Actor actor, String csv) {
        requireImporter(actor);
        ReportImportParser.Result result = parse(actor, csv);
        Map<Long, String> categoryNames = incidents.categories(actor.municipalityCode()).stream()
                .collect(Collectors.toMap(IncidentCategory::id, IncidentCategory::name));
        Map<Long, String> areaNames = municipalities.areas(actor.municipalityCode()).stream()
                .collect(Collectors.toMap(Area::id, Area::name));
        List<PreviewRow> first = result.goodRows().stream().limit(PREVIEW_ROWS).map(row -> {
            NewReport r = row.reports().get(0);
            return new PreviewRow(row.row(), categoryNames.get(r.categoryId()), r.occurredFrom(), r.occurredTo(),
                    r.areaId() == null ? null : areaNames.get(r.areaId()), r.place(), r.latitude(), r.longitude(),
                    r.description(), row.reports().size());
        }).toList();
        return new Preview(result.goodRowCount(), result.goodReportCount(), result.badRowCount(), result.errors(), first);
    }

    /**
     * Starts importing the good rows of the file in the background; the bad rows are left out and
     * returned. Refused (422) when no row can be imported.
     */
    public ImportJob start(Actor actor, String csv) {
        requireImporter(actor);
        forgetOldJobs();
        ReportImportParser.Result result = parse(actor, csv);
        List<ReportImportParser.Row> good = result.goodRows();
        if (good.isEmpty()) {
            throw new NothingToImportException(result.errors().isEmpty()
                    ? List.of(new ReportImportError(0, null, "Filen har inga rader att importera"))
                    : result.errors());
        }
        String id = Tokens.newToken();
        long total = result.goodReportCount();
        List<LocalDate> days = good.stream().map(row -> row.reports().get(0).occurredFrom().toLocalDate()).sorted().toList();
        Job job = new Job(actor.municipalityCode(), Instant.now(clock),
                new Progress(total, 0, 0, false, null, days.get(0), days.get(days.size() - 1)));
        jobs.put(id, job);
        Long organisation = actor.organisationIds().isEmpty() ? null : actor.organisationIds().get(0);
        Target target = new Target(actor.municipalityCode(), actor.userId(), organisation);
        executor.execute(() -> run(id, target, good));
        return new ImportJob(id, good.size(), total, result.errors());
    }

    /** The progress of a job of the actor's municipality. */
    public Progress progress(Actor actor, String jobId) {
        requireImporter(actor);
        forgetOldJobs();
        Job job = jobId == null ? null : jobs.get(jobId);
        if (job == null || !job.municipalityCode().equals(actor.municipalityCode())) {
            throw new NotFoundException("Ingen sådan import");
        }
        return job.progress();
    }

    @PreDestroy
    void stop() throws InterruptedException {
        executor.shutdown();
        if (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
            executor.shutdownNow();
        }
    }

    private ReportImportParser.Result parse(Actor actor, String csv) {
        String municipality = actor.municipalityCode();
        return new ReportImportParser(incidents.categories(municipality), municipalities.areas(municipality),
                LocalDateTime.now(clock.withZone(IncidentService.SWEDEN)))
                .parse(csv == null ? "" : csv);
    }

    private static void requireImporter(Actor actor) {
        actor.require(Role.COORDINATOR, Role.ANALYST, Role.REPORTER);
    }

    private void run(String id, Target target, List<ReportImportParser.Row> rows) {
        Map<String, Long> areaOfPoint = new HashMap<>();
        Function<NewReport, Long> area = report -> {
            if (report.areaId() != null || !report.hasPoint()) {
                return report.areaId();
            }
            return areaOfPoint.computeIfAbsent(report.latitude() + "," + report.longitude(),
                    point -> municipalities.areaContaining(target.municipalityCode(), report.latitude(), report.longitude())
                            .map(Area::id).orElse(-1L));
        };
        List<MapSqlParameterSource> batch = new ArrayList<>(BATCH_SIZE);
        try {
            for (ReportImportParser.Row row : rows) {
                NewReport report = row.reports().get(0);
                Long areaId = area.apply(report);
                MapSqlParameterSource parameters = parameters(target, report, areaId == null || areaId < 0 ? null : areaId);
                for (int i = 0; i < row.reports().size(); i++) {
                    batch.add(parameters);
                    if (batch.size() == BATCH_SIZE) {
                        store(id, batch);
                        batch.clear();
                    }
                }
            }
            if (!batch.isEmpty()) {
                store(id, batch);
            }
            update(id, p -> new Progress(p.total(), p.done(), p.failed(), true, p.failed() == 0
                    ? "Klart: " + p.done() + " rapporter importerades"
                    : "Klart: " + p.done() + " rapporter importerades, " + p.failed() + " kunde inte sparas", p.firstDate(), p.lastDate()));
        } catch (RuntimeException e) {
            log.error("Importen {} avbröts", id, e);
            update(id, p -> new Progress(p.total(), p.done(), p.total() - p.done(), true,
                    "Importen avbröts efter " + p.done() + " rapporter", p.firstDate(), p.lastDate()));
        }
    }

    private void store(String id, List<MapSqlParameterSource> batch) {
        int size = batch.size();
        try {
            MapSqlParameterSource[] parameters = batch.toArray(MapSqlParameterSource[]::new);
            transactions.executeWithoutResult(status -> jdbc.batchUpdate(INSERT, parameters));
            update(id, p -> new Progress(p.total(), p.done() + size, p.failed(), false, null, p.firstDate(), p.lastDate()));
        } catch (DataAccessException e) {
            log.error("En omgång om {} rapporter i importen {} kunde inte sparas", size, id, e);
            update(id, p -> new Progress(p.total(), p.done(), p.failed() + size, false, null, p.firstDate(), p.lastDate()));
        }
    }

    private static MapSqlParameterSource parameters(Target target, NewReport report, Long areaId) {
        return new MapSqlParameterSource()
                .addValue("m", target.municipalityCode())
                .addValue("category", report.categoryId(), Types.BIGINT)
                .addValue("reporter", target.userId(), Types.BIGINT)
                .addValue("organisation", target.organisationId(), Types.BIGINT)
                .addValue("from", IncidentService.swedish(report.occurredFrom()), Types.TIMESTAMP_WITH_TIMEZONE)
                .addValue("to", report.occurredTo() == null ? null : IncidentService.swedish(report.occurredTo()),
                        Types.TIMESTAMP_WITH_TIMEZONE)
                .addValue("lat", report.latitude(), Types.DOUBLE)
                .addValue("lon", report.longitude(), Types.DOUBLE)
                .addValue("place", report.place(), Types.VARCHAR)
                .addValue("area", areaId, Types.BIGINT)
                .addValue("description", report.description(), Types.VARCHAR)
                .addValue("people", report.peopleInvolved(), Types.INTEGER)
                .addValue("police", report.reportedToPolice().name(), Types.VARCHAR)
                .addValue("source", report.source(), Types.VARCHAR)
                .addValue("cell", report.hasPoint() ? HexGrid.cell(report.latitude(), report.longitude(), HexGrid.STORED_RESOLUTION) : null,
                        Types.BIGINT);
    }

    private void update(String id, UnaryOperator<Progress> change) {
        jobs.computeIfPresent(id, (key, job) -> new Job(job.municipalityCode(), job.startedAt(), change.apply(job.progress())));
    }

    private void forgetOldJobs() {
        Instant limit = Instant.now(clock).minus(KEEP_JOBS);
        jobs.entrySet().removeIf(entry -> entry.getValue().progress().finished() && entry.getValue().startedAt().isBefore(limit));
    }

    private record Job(String municipalityCode, Instant startedAt, Progress progress) {}

    private record Target(String municipalityCode, long userId, Long organisationId) {}
}
