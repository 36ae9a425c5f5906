package se.trygghetsnav.incident;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import se.trygghetsnav.account.Actor;
import se.trygghetsnav.municipality.Area;
import se.trygghetsnav.municipality.Locality;
import se.trygghetsnav.municipality.MunicipalityService;
import se.trygghetsnav.municipality.Sweref99;
import se.trygghetsnav.platform.NotFoundException;
import se.trygghetsnav.platform.Role;
import se.trygghetsnav.platform.Tokens;

/**
 * Importing reports from a CSV file: upload, preview (the file is kept server-side for an hour),
 * start, and a progress page that refreshes itself without JavaScript and is polled with it.
 */
@Controller
@RequestMapping("/lagesbild/import")
class ReportImportController {

    static final long MAX_FILE_BYTES = 10L * 1024 * 1024;
    static final int MAX_ERRORS_SHOWN = 500;

    private final ReportImportService imports;
    private final ReportImportUploads uploads;
    private final IncidentService incidents;
    private final MunicipalityService municipalities;
    private final MessageSource messages;
    private final Clock clock;

    ReportImportController(ReportImportService imports, ReportImportUploads uploads, IncidentService incidents,
            MunicipalityService municipalities, MessageSource messages, Clock clock) {
        this.imports = imports;
        this.uploads = uploads;
        this.incidents = incidents;
        this.municipalities = municipalities;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping
    String form(Actor actor, Model model) {
        requireImporter(actor);
        return uploadPage(model, null);
    }

    /** A template with the header row and example rows that pass the checks in the actor's municipality. */
    @GetMapping(value = "/mall.csv")
    ResponseEntity<byte[]> template(Actor actor) {
        requireImporter(actor);
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("rapportimport-mall.csv").build().toString())
                .cacheControl(CacheControl.noStore())
                .body(("\uFEFF" + templateCsv(actor)).getBytes(StandardCharsets.UTF_8));
    }

    @PostMapping("/forhandsgranska")
    String preview(Actor actor, @RequestParam(required = false) MultipartFile file, Model model) throws IOException {
        requireImporter(actor);
        if (file == null || file.isEmpty()) {
            return uploadPage(model, "import.error.empty");
        }
        if (file.getSize() > MAX_FILE_BYTES) {
            return uploadPage(model, "import.error.tooLarge");
        }
        Optional<String> csv = ReportImportParser.decode(file.getBytes());
        if (csv.isEmpty()) {
            return uploadPage(model, "import.error.notUtf8");
        }
        ReportImportService.Preview preview = imports.preview(actor, csv.get());
        String fileName = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank() ? "import.csv" : file.getOriginalFilename();
        model.addAttribute("preview", preview);
        model.addAttribute("fileName", fileName);
        model.addAttribute("shownErrors", preview.errors().subList(0, Math.min(MAX_ERRORS_SHOWN, preview.errors().size())));
        if (preview.goodRows() > 0) {
            model.addAttribute("upload", uploads.keep(actor, fileName, csv.get()));
        }
        return "incident/import-preview";
    }

    @PostMapping("/start")
    String start(Actor actor, @RequestParam(required = false) String upload, RedirectAttributes flash) {
        requireImporter(actor);
        Optional<ReportImportUploads.Upload> kept = uploads.find(actor, upload);
        if (kept.isEmpty()) {
            flash.addFlashAttribute("error", "import.expired");
            return "redirect:/lagesbild/import";
        }
        try {
            ReportImportService.ImportJob job = imports.start(actor, kept.get().csv());
            uploads.forget(upload);
            return "redirect:/lagesbild/import/" + job.id();
        } catch (ReportImportService.NothingToImportException e) {
            flash.addFlashAttribute("error", "import.nothing");
            return "redirect:/lagesbild/import";
        }
    }

    @GetMapping("/{jobId}")
    String progress(Actor actor, @PathVariable String jobId, Model model, Locale locale) {
        ReportImportService.Progress progress = imports.progress(actor, checked(jobId));
        model.addAttribute("jobId", jobId);
        model.addAttribute("progress", progress);
        model.addAttribute("text", text(progress, locale));
        model.addAttribute("reportsLink", reportsLink(actor, progress));
        return "incident/import-progress";
    }

    /** The progress as the page's script shows it: numbers and the text in the page's language. */
    @GetMapping(value = "/{jobId}.json", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    ResponseEntity<PageProgress> progressJson(Actor actor, @PathVariable String jobId, Locale locale) {
        ReportImportService.Progress progress = imports.progress(actor, checked(jobId));
        return ResponseEntity.ok().cacheControl(CacheControl.noStore())
                .body(new PageProgress(progress.total(), progress.done(), progress.failed(), progress.finished(), text(progress, locale)));
    }

    record PageProgress(long total, long done, long failed, boolean finished, String text) {}

    private String uploadPage(Model model, String error) {
        if (error != null) {
            model.addAttribute("error", error);
        }
        model.addAttribute("columns", ReportImportParser.COLUMNS);
        model.addAttribute("required", ReportImportParser.REQUIRED);
        return "incident/import";
    }

    private String text(ReportImportService.Progress progress, Locale locale) {
        if (!progress.finished()) {
            return messages.getMessage("import.progress.text", new Object[] {progress.done(), progress.total()}, locale);
        }
        String done = messages.getMessage("import.progress.done", new Object[] {progress.done()}, locale);
        return progress.failed() == 0 ? done
                : done + " " + messages.getMessage("import.progress.failed", new Object[] {progress.failed()}, locale);
    }

    private static String reportsLink(Actor actor, ReportImportService.Progress progress) {
        if (!actor.has(Role.COORDINATOR, Role.ANALYST, Role.MANAGER)) {
            return "/lagesbild/mina-rapporter";
        }
        return UriComponentsBuilder.fromPath("/lagesbild/rapporter")
                .queryParam("from", progress.firstDate())
                .queryParam("to", progress.lastDate())
                .build().toUriString();
    }

    private static String checked(String jobId) {
        if (!Tokens.looksLikeToken(jobId)) {
            throw new NotFoundException("Ingen sådan import");
        }
        return jobId;
    }

    private static void requireImporter(Actor actor) {
        actor.require(Role.COORDINATOR, Role.ANALYST, Role.REPORTER);
    }

    private String templateCsv(Actor actor) {
        LocalDate today = LocalDate.now(clock.withZone(IncidentService.SWEDEN));
        List<Area> areas = municipalities.areas(actor.municipalityCode());
        List<Locality> localities = municipalities.localities(actor.municipalityCode());
        Double latitude = null;
        Double longitude = null;
        if (!localities.isEmpty()) {
            latitude = localities.get(0).latitude();
            longitude = localities.get(0).longitude();
        } else if (!areas.isEmpty()) {
            latitude = (areas.get(0).minLatitude() + areas.get(0).maxLatitude()) / 2;
            longitude = (areas.get(0).minLongitude() + areas.get(0).maxLongitude()) / 2;
        }
        String vandalism = categoryName(actor, "VANDALISM", "Skadegörelse");
        List<List<String>> rows = new ArrayList<>();
        rows.add(row(vandalism, today.minusDays(1).toString(), "21:30", "", "",
                latitude == null ? "" : decimalComma(latitude), longitude == null ? "" : decimalComma(longitude), "", "",
                "Busskuren vid stationen", "", "Krossad ruta i busskuren.", "", "nej", ""));
        if (latitude != null) {
            Sweref99.Point point = Sweref99.toSweref(latitude + 0.0005, longitude + 0.0005);
            rows.add(row("GRAFFITI", today.minusDays(2).toString(), "", "", "", "", "",
                    String.valueOf(Math.round(point.northing())), String.valueOf(Math.round(point.easting())),
                    "", "", "Klotter på gaveln.", "", "vet ej", ""));
        }
        LocalDate lastMonday = today.with(DayOfWeek.MONDAY).minusWeeks(1);
        rows.add(row("PUBLIC_DISORDER", lastMonday.toString(), "00:00", lastMonday.plusDays(6).toString(), "23:59", "", "", "", "",
                areas.isEmpty() ? "Centrum" : "", areas.isEmpty() ? "" : areas.get(0).name(),
                "Polisens statistik för veckan: ordningsstörningar i området.", "", "ja", "4"));
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = CSVFormat.DEFAULT.builder().setDelimiter(';').setRecordSeparator("\r\n").get().print(out)) {
            printer.printRecord(ReportImportParser.COLUMNS);
            for (List<String> row : rows) {
                printer.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private String categoryName(Actor actor, String code, String fallback) {
        return incidents.categories(actor.municipalityCode()).stream().filter(c -> c.code().equals(code))
                .map(IncidentCategory::name).findFirst().orElse(fallback);
    }

    private static List<String> row(String... values) {
        return List.of(values);
    }

    private static String decimalComma(double value) {
        return String.format(Locale.ROOT, "%.5f", value).replace('.', ',');
    }
}
