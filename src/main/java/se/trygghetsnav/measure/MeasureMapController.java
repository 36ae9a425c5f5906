package se.trygghetsnav.measure;

import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.locationtech.jts.geom.Point;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import se.trygghetsnav.account.Actor;
import se.trygghetsnav.municipality.Area;
import se.trygghetsnav.municipality.GeoJsonGeometry;
import se.trygghetsnav.municipality.MunicipalityService;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Measures that are still open, as points where they act (the centre of their area), for the maps. */
@Controller
class MeasureMapController {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final MeasureService measures;
    private final MunicipalityService municipalities;

    MeasureMapController(MeasureService measures, MunicipalityService municipalities) {
        this.measures = measures;
        this.municipalities = municipalities;
    }

    @GetMapping(value = "/lagesbild/atgarder.geojson", produces = "application/geo+json")
    ResponseEntity<String> openMeasures(Actor actor) {
        Map<Long, Area> areas = municipalities.areas(actor.municipalityCode()).stream()
                .collect(Collectors.toMap(Area::id, Function.identity()));
        ObjectNode collection = JSON.createObjectNode().put("type", "FeatureCollection");
        ArrayNode features = collection.putArray("features");
        EnumSet<MeasureStatus> open = EnumSet.of(MeasureStatus.PROPOSED, MeasureStatus.DECIDED, MeasureStatus.IN_PROGRESS);
        for (Measure measure : measures.list(actor, MeasureFilter.all())) {
            Optional<Area> area = Optional.ofNullable(measure.areaId()).map(areas::get);
            if (area.isEmpty() || !open.contains(measure.status())) {
                continue;
            }
            Point centre = GeoJsonGeometry.read(area.get().geometry()).get(0).geometry().getInteriorPoint();
            ObjectNode feature = features.addObject().put("type", "Feature");
            feature.putObject("geometry").put("type", "Point").putArray("coordinates").add(centre.getX()).add(centre.getY());
            feature.putObject("properties").put("id", measure.id()).put("title", measure.title())
                    .put("status", measure.status().name()).put("area", area.get().name());
        }
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/geo+json")).body(JSON.writeValueAsString(collection));
    }
}
