package se.trygghetsnav.incident;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.trygghetsnav.account.Actor;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Analys", description = "Hexagoner, Getis-Ord Gi* hot spots och tidsmönster")
class HotspotApiController {

    private final HotspotService hotspots;
    private final PatternService patterns;
    private final Clock clock;

    HotspotApiController(HotspotService hotspots, PatternService patterns, Clock clock) {
        this.hotspots = hotspots;
        this.patterns = patterns;
        this.clock = clock;
    }

    @GetMapping("/hotspots")
    @Operation(summary = "Hot spot-analys (Gi*) per H3-hexagon: upplösning 7-10, grannskap ring 1 eller 2, fdr=true för FDR-korrigering")
    HotspotAnalysis analysis(Actor actor, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) List<Long> category, @RequestParam(required = false) Long organisation,
            @RequestParam(defaultValue = "9") int resolution, @RequestParam(defaultValue = "1") int ring,
            @RequestParam(defaultValue = "false") boolean fdr) {
        return hotspots.analyse(actor, query(from, to, category, organisation, resolution, ring, fdr));
    }

    @GetMapping(value = "/hotspots.geojson", produces = "application/geo+json")
    @Operation(summary = "Samma analys som GeoJSON: hexagoner med count, z, p och bin")
    ResponseEntity<String> geoJson(Actor actor, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) List<Long> category, @RequestParam(required = false) Long organisation,
            @RequestParam(defaultValue = "9") int resolution, @RequestParam(defaultValue = "1") int ring,
            @RequestParam(defaultValue = "false") boolean fdr) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/geo+json"))
                .body(HotspotGeoJson.featureCollection(hotspots.analyse(actor, query(from, to, category, organisation, resolution, ring, fdr))));
    }

    @GetMapping("/time-pattern")
    @Operation(summary = "Antal rapporter per veckodag (måndag först) och timme, svensk tid")
    TimePattern timePattern(Actor actor, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) List<Long> category, @RequestParam(required = false) Long organisation) {
        return patterns.timePattern(actor, query(from, to, category, organisation, 9, 1, false));
    }

    private HotspotQuery query(LocalDate from, LocalDate to, List<Long> category, Long organisation, int resolution, int ring,
            boolean fdr) {
        return HotspotQuery.withDefaultPeriod(LocalDate.now(clock.withZone(IncidentService.SWEDEN)), from, to, category,
                organisation, resolution, ring, fdr);
    }
}
