package se.trygghetsnav.municipality;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.trygghetsnav.account.Actor;
import se.trygghetsnav.platform.InvalidInputException;
import se.trygghetsnav.platform.Role;

/** Areas and localities of the municipality: listed, drawn on a map or uploaded as GeoJSON. */
@Controller
class AreaController {

    private final MunicipalityService municipalities;

    AreaController(MunicipalityService municipalities) {
        this.municipalities = municipalities;
    }

    @GetMapping("/kommun/omraden")
    String areas(Actor actor, Model model) {
        model.addAttribute("actor", actor);
        model.addAttribute("areas", municipalities.areas(actor.municipalityCode()));
        model.addAttribute("localities", municipalities.localities(actor.municipalityCode()));
        return "municipality/areas";
    }

    @PostMapping("/kommun/omraden")
    String create(Actor actor, @RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String geometry,
            @RequestParam(required = false) MultipartFile file, Model model, RedirectAttributes flash) throws IOException {
        actor.require(Role.COORDINATOR);
        String geoJson = file != null && !file.isEmpty() ? new String(file.getBytes(), StandardCharsets.UTF_8) : geometry;
        try {
            List<Area> created = municipalities.createAreas(actor.municipalityCode(), geoJson, name);
            flash.addFlashAttribute("message", "areas.created");
            flash.addFlashAttribute("count", created.size());
            return "redirect:/kommun/omraden";
        } catch (InvalidInputException e) {
            model.addAttribute("areaError", e.problems().get(0).message());
            model.addAttribute("typedName", name);
            model.addAttribute("typedGeometry", geometry);
            return areas(actor, model);
        }
    }

    @PostMapping("/kommun/omraden/{id}/ta-bort")
    String delete(Actor actor, @PathVariable long id, RedirectAttributes flash) {
        actor.require(Role.COORDINATOR);
        municipalities.deleteArea(actor.municipalityCode(), id);
        flash.addFlashAttribute("message", "areas.deleted");
        return "redirect:/kommun/omraden";
    }

    @PostMapping("/kommun/orter")
    String createLocality(Actor actor, @RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String latitude,
            @RequestParam(defaultValue = "") String longitude, Model model, RedirectAttributes flash) {
        actor.require(Role.COORDINATOR);
        try {
            municipalities.createLocality(actor.municipalityCode(), name, parse(latitude), parse(longitude));
            flash.addFlashAttribute("message", "localities.created");
            return "redirect:/kommun/omraden#orter";
        } catch (InvalidInputException e) {
            model.addAttribute("localityError", e.problems().get(0).message());
            model.addAttribute("typedLocality", name);
            model.addAttribute("typedLatitude", latitude);
            model.addAttribute("typedLongitude", longitude);
            return areas(actor, model);
        }
    }

    @PostMapping("/kommun/orter/{id}/ta-bort")
    String deleteLocality(Actor actor, @PathVariable long id, RedirectAttributes flash) {
        actor.require(Role.COORDINATOR);
        municipalities.deleteLocality(actor.municipalityCode(), id);
        flash.addFlashAttribute("message", "localities.deleted");
        return "redirect:/kommun/omraden#orter";
    }

    private static double parse(String coordinate) {
        try {
            return Double.parseDouble(coordinate.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /** The areas as a GeoJSON FeatureCollection, for the maps of the logged-in pages. */
    @GetMapping(value = "/lagesbild/omraden.geojson", produces = "application/geo+json")
    ResponseEntity<String> areasGeoJson(Actor actor) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/geo+json"))
                .body(AreaGeoJson.featureCollection(municipalities.areas(actor.municipalityCode())));
    }
}
