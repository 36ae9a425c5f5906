package se.trygghetsnav.incident;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.trygghetsnav.account.Actor;
import se.trygghetsnav.municipality.AreaGeoJson;
import se.trygghetsnav.municipality.MunicipalityService;
import se.trygghetsnav.municipality.Sweref99;
import se.trygghetsnav.platform.InvalidInputException;
import se.trygghetsnav.platform.InvalidInputException.InputProblem;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Lägesbild", description = "Händelserapporter, områden och veckans lägesbild (kräver åtkomstnyckel)")
class ReportApiController {

    private final IncidentService incidents;
    private final WeeklyPictureService weekly;
    private final MunicipalityService municipalities;

    ReportApiController(IncidentService incidents, WeeklyPictureService weekly, MunicipalityService municipalities) {
        this.incidents = incidents;
        this.weekly = weekly;
        this.municipalities = municipalities;
    }

    @PostMapping("/reports")
    @Operation(summary = "Rapportera en händelse (WGS84 eller SWEREF 99 TM)")
    ResponseEntity<IncidentReport> create(Actor actor, @RequestBody ReportRequest request) {
        long id = incidents.file(actor, request.toNewReport(incidents.categories(actor.municipalityCode())));
        return ResponseEntity.created(URI.create("/api/v1/reports/" + id)).body(incidents.get(actor, id));
    }

    @GetMapping("/reports")
    @Operation(summary = "Lista rapporter: period (from, to), kategorier, område, bbox=syd,väst,nord,öst (WGS84)")
    List<IncidentReport> list(Actor actor, @RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) List<Long> category, @RequestParam(required = false) Long area,
            @RequestParam(required = false) String bbox, @RequestParam(defaultValue = "500") int limit) {
        return incidents.list(actor, filter(actor, from, to, category, area, bbox, limit));
    }

    @GetMapping(value = "/reports.geojson", produces = "application/geo+json")
    @Operation(summary = "Rapporter med punkt som GeoJSON (för GIS), samma filter som listan")
    ResponseEntity<String> geoJson(Actor actor, @RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) List<Long> category, @RequestParam(required = false) Long area,
            @RequestParam(required = false) String bbox) {
        List<IncidentReport> reports = incidents.list(actor, filter(actor, from, to, category, area, bbox, ReportFilter.MAX_LIMIT));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/geo+json")).body(ReportGeoJson.featureCollection(reports));
    }

    @GetMapping("/reports/{id}")
    IncidentReport get(Actor actor, @PathVariable long id) {
        return incidents.get(actor, id);
    }

    @GetMapping("/categories")
    List<IncidentCategory> categories(Actor actor) {
        return incidents.categories(actor.municipalityCode());
    }

    @GetMapping(value = "/areas", produces = "application/geo+json")
    @Operation(summary = "Kommunens områden som GeoJSON FeatureCollection")
    ResponseEntity<String> areas(Actor actor) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/geo+json"))
                .body(AreaGeoJson.featureCollection(municipalities.areas(actor.municipalityCode())));
    }

    @GetMapping("/weeks/{week}")
    @Operation(summary = "Veckans lägesbild (ISO-vecka, t.ex. 2026-W48)")
    WeeklyPicture week(Actor actor, @PathVariable String week) {
        try {
            return weekly.compile(actor, IsoWeek.parse(week));
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(List.of(new InputProblem("week", "Ange veckan som ÅÅÅÅ-Vnn, till exempel 2026-W48")));
        }
    }

    private static ReportFilter filter(Actor actor, String from, String to, List<Long> category, Long area, String bbox, int limit) {
        List<InputProblem> problems = new ArrayList<>();
        LocalDate start = date(from, "from", problems);
        LocalDate end = date(to, "to", problems);
        double[] box = null;
        if (bbox != null && !bbox.isBlank()) {
            try {
                box = Arrays.stream(bbox.split(",")).mapToDouble(part -> Double.parseDouble(part.strip())).toArray();
                if (box.length != 4 || box[0] > box[2] || box[1] > box[3]) {
                    throw new NumberFormatException();
                }
            } catch (NumberFormatException e) {
                problems.add(new InputProblem("bbox", "bbox ska vara syd,väst,nord,öst i WGS84, till exempel 57.4,13.2,57.6,13.5"));
            }
        }
        if (limit < 1 || limit > ReportFilter.MAX_LIMIT) {
            problems.add(new InputProblem("limit", "limit ska vara mellan 1 och " + ReportFilter.MAX_LIMIT));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new ReportFilter(start, end, category, area, box, null, limit);
    }

    private static LocalDate date(String text, String field, List<InputProblem> problems) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            problems.add(new InputProblem(field, "Ange datum som ÅÅÅÅ-MM-DD"));
            return null;
        }
    }

    /**
     * A report as JSON. {@code category} is a category code (e.g. VANDALISM) or id; times are
     * ISO 8601, with an offset or in Swedish local time; the point is either {@code latitude} and
     * {@code longitude} (WGS84) or {@code northing} and {@code easting} (SWEREF 99 TM, EPSG:3006).
     */
    record ReportRequest(String category, String occurredFrom, String occurredTo, Double latitude, Double longitude,
            Double northing, Double easting, String place, Long area, String description, Integer peopleInvolved,
            String reportedToPolice) {

        NewReport toNewReport(List<IncidentCategory> categories) {
            List<InputProblem> problems = new ArrayList<>();
            Optional<IncidentCategory> chosen = categories.stream()
                    .filter(c -> c.code().equalsIgnoreCase(String.valueOf(category)) || String.valueOf(c.id()).equals(category))
                    .findFirst();
            if (chosen.isEmpty()) {
                problems.add(new InputProblem("category", "Okänd kategori: " + category));
            }
            LocalDateTime from = time(occurredFrom, "occurredFrom", true, problems);
            LocalDateTime to = time(occurredTo, "occurredTo", false, problems);
            Double lat = latitude;
            Double lon = longitude;
            if (northing != null || easting != null) {
                if (northing == null || easting == null || latitude != null || longitude != null) {
                    problems.add(new InputProblem("northing", "Ange antingen latitude och longitude (WGS84) eller northing och easting (SWEREF 99 TM)"));
                } else if (!Sweref99.isPlausibleSwedish(northing, easting)) {
                    problems.add(new InputProblem("northing", "Koordinaten ligger inte i Sverige (SWEREF 99 TM, EPSG:3006)"));
                } else {
                    Sweref99.LatLng converted = Sweref99.toWgs84(northing, easting);
                    lat = converted.latitude();
                    lon = converted.longitude();
                }
            }
            PoliceReport police = PoliceReport.DONT_KNOW;
            if (reportedToPolice != null) {
                try {
                    police = PoliceReport.valueOf(reportedToPolice);
                } catch (IllegalArgumentException e) {
                    problems.add(new InputProblem("reportedToPolice", "Tillåtna värden: YES, NO, DONT_KNOW"));
                }
            }
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems);
            }
            return new NewReport(chosen.get().id(), from, to, lat, lon, place, area, description, peopleInvolved, police, null, "API");
        }

        private static LocalDateTime time(String text, String field, boolean required, List<InputProblem> problems) {
            if (text == null || text.isBlank()) {
                if (required) {
                    problems.add(new InputProblem(field, "Ange tidpunkten (ISO 8601, t.ex. 2026-11-20T22:15)"));
                }
                return null;
            }
            try {
                if (text.length() > 16 && (text.endsWith("Z") || text.matches(".*[+-]\\d{2}:\\d{2}$"))) {
                    return OffsetDateTime.parse(text).atZoneSameInstant(IncidentService.SWEDEN).toLocalDateTime();
                }
                return LocalDateTime.parse(text);
            } catch (DateTimeParseException e) {
                problems.add(new InputProblem(field, "Ogiltig tidpunkt: skriv ISO 8601, t.ex. 2026-11-20T22:15 eller 2026-11-20T22:15:00+01:00"));
                return null;
            }
        }
    }
}
