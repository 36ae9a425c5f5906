package se.trygghetsnav.municipality;

import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Areas as a GeoJSON FeatureCollection with id and name as properties. */
public final class AreaGeoJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private AreaGeoJson() {}

    public static String featureCollection(List<Area> areas) {
        ObjectNode collection = JSON.createObjectNode().put("type", "FeatureCollection");
        ArrayNode features = collection.putArray("features");
        for (Area area : areas) {
            ObjectNode feature = features.addObject().put("type", "Feature").put("id", area.id());
            feature.putObject("properties").put("id", area.id()).put("name", area.name());
            JsonNode geometry = JSON.readTree(area.geometry());
            feature.set("geometry", geometry);
        }
        return JSON.writeValueAsString(collection);
    }
}
