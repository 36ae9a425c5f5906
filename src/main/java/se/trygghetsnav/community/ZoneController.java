package se.trygghetsnav.community;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.trygghetsnav.platform.InvalidInputException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The bevakning page: the member's alert zones (on a map with their circles), their shared
 * position, and alert settings (pause, daily digest, muted groups). Works without JavaScript:
 * a point can be typed.
 */
@Controller
@RequestMapping("/samverkan/bevakning")
class ZoneController {

    static final List<Integer> RADII = List.of(100, 250, 500, 1000, 2000, 5000);
    static final List<Integer> HOURS = List.of(1, 4, 8, 24);
    private static final Map<String, String> ERROR_KEYS = Map.of(
            "name", "alert.zone.error.name",
            "zones", "alert.zone.error.tooMany",
            "latitude", "alert.error.point",
            "radiusMetres", "alert.error.radius",
            "hours", "alert.error.hours");

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ZoneService zones;

    ZoneController(ZoneService zones) {
        this.zones = zones;
    }

    @GetMapping
    String page(CommunityUser user, Model model) {
        return page(user, Map.of("radiusMetres", "500"), Map.of("radiusMetres", "500", "hours", "24"), Map.of(), Map.of(), model);
    }

    @PostMapping("/omraden")
    String createZone(CommunityUser user, @RequestParam Map<String, String> params, Model model, RedirectAttributes flash) {
        try {
            zones.createZone(user, params.get("name"), number(params.get("latitude")), number(params.get("longitude")),
                    integer(params.get("radiusMetres")));
        } catch (InvalidInputException e) {
            return page(user, params, Map.of("radiusMetres", "500", "hours", "24"), errors(e), Map.of(), model);
        }
        flash.addFlashAttribute("message", "alert.zone.created");
        return "redirect:/samverkan/bevakning";
    }

    @PostMapping("/omraden/{id}/ta-bort")
    String deleteZone(CommunityUser user, @PathVariable long id, RedirectAttributes flash) {
        zones.deleteZone(user, id);
        flash.addFlashAttribute("message", "alert.zone.deleted");
        return "redirect:/samverkan/bevakning";
    }

    @PostMapping("/position")
    String share(CommunityUser user, @RequestParam Map<String, String> params, Model model, RedirectAttributes flash) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (!"true".equals(params.get("consent"))) {
            errors.put("consent", "alert.position.error.consent");
        }
        try {
            if (errors.isEmpty()) {
                zones.sharePosition(user, number(params.get("latitude")), number(params.get("longitude")),
                        integer(params.get("radiusMetres")), integer(params.get("hours")));
            }
        } catch (InvalidInputException e) {
            errors.putAll(errors(e));
        }
        if (!errors.isEmpty()) {
            return page(user, Map.of("radiusMetres", "500"), params, Map.of(), errors, model);
        }
        flash.addFlashAttribute("message", "alert.position.shared");
        return "redirect:/samverkan/bevakning";
    }

    @PostMapping("/position/sluta")
    String stopSharing(CommunityUser user, RedirectAttributes flash) {
        zones.stopSharing(user);
        flash.addFlashAttribute("message", "alert.position.stopped");
        return "redirect:/samverkan/bevakning";
    }

    @PostMapping("/installningar")
    String saveSettings(CommunityUser user, @RequestParam MultiValueMap<String, String> params, RedirectAttributes flash) {
        List<Long> muted = new ArrayList<>();
        for (String value : params.getOrDefault("muted", List.of())) {
            try {
                muted.add(Long.parseLong(value));
            } catch (NumberFormatException e) {
                // not one of the member's groups: ignored
            }
        }
        zones.saveSettings(user, "true".equals(params.getFirst("paused")), "true".equals(params.getFirst("digest")), muted);
        flash.addFlashAttribute("message", "alert.settings.saved");
        return "redirect:/samverkan/bevakning";
    }

    private String page(CommunityUser user, Map<String, String> zoneValues, Map<String, String> positionValues,
            Map<String, String> zoneErrors, Map<String, String> positionErrors, Model model) {
        List<ZoneService.Zone> mine = zones.zones(user);
        model.addAttribute("zones", mine);
        model.addAttribute("zonesJson", JSON.writeValueAsString(mine.stream()
                .map(z -> Map.of("name", z.name(), "latitude", z.latitude(), "longitude", z.longitude(), "radius", z.radiusMetres()))
                .toList()));
        model.addAttribute("position", zones.position(user).orElse(null));
        model.addAttribute("settings", zones.settings(user));
        model.addAttribute("zoneValues", zoneValues);
        model.addAttribute("positionValues", positionValues);
        model.addAttribute("zoneErrors", zoneErrors);
        model.addAttribute("positionErrors", positionErrors);
        model.addAttribute("radii", RADII);
        model.addAttribute("hours", HOURS);
        return "community/alerts/zones";
    }

    private static Map<String, String> errors(InvalidInputException e) {
        Map<String, String> errors = new LinkedHashMap<>();
        e.problems().forEach(problem -> errors.putIfAbsent(problem.field(), ERROR_KEYS.getOrDefault(problem.field(), "alert.error.point")));
        return errors;
    }

    static Double number(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            double value = Double.parseDouble(text.strip().replace(',', '.').replace('\u2212', '-'));
            return Double.isFinite(value) ? value : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static Integer integer(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
