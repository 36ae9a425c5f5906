package se.trygghetsnav.incident;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import se.trygghetsnav.account.AccountService;
import se.trygghetsnav.account.Actor;
import se.trygghetsnav.platform.InvalidInputException;

/**
 * The map and analysis page: hexagons coloured by count or by hot spot confidence, the table of
 * significant hot and cold spots, when things happen, and the weekly series. Works without
 * JavaScript: the tables carry every number the map shows.
 */
@Controller
@RequestMapping("/lagesbild/karta")
class MapController {

    private final HotspotService hotspots;
    private final PatternService patterns;
    private final IncidentService incidents;
    private final AccountService accounts;
    private final Clock clock;

    MapController(HotspotService hotspots, PatternService patterns, IncidentService incidents, AccountService accounts, Clock clock) {
        this.hotspots = hotspots;
        this.patterns = patterns;
        this.incidents = incidents;
        this.accounts = accounts;
        this.clock = clock;
    }

    @GetMapping
    String map(Actor actor, @RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to,
            @RequestParam(required = false) List<Long> category, @RequestParam(required = false) Long organisation,
            @RequestParam(defaultValue = "9") int resolution, @RequestParam(defaultValue = "1") int ring,
            @RequestParam(defaultValue = "false") boolean fdr, @RequestParam(defaultValue = "bin") String colour, Model model) {
        HotspotQuery query = query(from, to, category, organisation, resolution, ring, fdr);
        model.addAttribute("query", query);
        model.addAttribute("colour", "count".equals(colour) ? "count" : "bin");
        model.addAttribute("categories", incidents.categories(actor.municipalityCode()));
        model.addAttribute("organisations", accounts.organisations(actor.municipalityCode()));
        try {
            model.addAttribute("analysis", hotspots.analyse(actor, query));
        } catch (InvalidInputException e) {
            model.addAttribute("queryError", e.problems().get(0).message());
            return "incident/map";
        }
        model.addAttribute("pattern", patterns.timePattern(actor, query));
        List<WeeklyPicture.WeekCount> series = patterns.weeklySeries(actor, query);
        model.addAttribute("series", series);
        model.addAttribute("seriesMax", Math.max(1, series.stream().mapToLong(WeeklyPicture.WeekCount::count).max().orElse(1)));
        return "incident/map";
    }

    @GetMapping(value = "/hexagoner.geojson", produces = "application/geo+json")
    ResponseEntity<String> hexagons(Actor actor, @RequestParam(required = false) LocalDate from,
            @RequestParam(required = false) LocalDate to, @RequestParam(required = false) List<Long> category,
            @RequestParam(required = false) Long organisation, @RequestParam(defaultValue = "9") int resolution,
            @RequestParam(defaultValue = "1") int ring, @RequestParam(defaultValue = "false") boolean fdr) {
        HotspotAnalysis analysis = hotspots.analyse(actor, query(from, to, category, organisation, resolution, ring, fdr));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/geo+json"))
                .body(HotspotGeoJson.featureCollection(analysis));
    }

    private HotspotQuery query(LocalDate from, LocalDate to, List<Long> category, Long organisation, int resolution, int ring,
            boolean fdr) {
        return HotspotQuery.withDefaultPeriod(LocalDate.now(clock.withZone(IncidentService.SWEDEN)), from, to, category,
                organisation, resolution, ring, fdr);
    }

}
