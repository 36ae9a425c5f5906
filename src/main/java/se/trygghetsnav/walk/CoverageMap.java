package se.trygghetsnav.walk;

import java.util.List;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The coverage table as GeoJSON points for the map: each locality's centre, walked or not in the term. */
final class CoverageMap {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private CoverageMap() {}

    static String geoJson(List<Coverage.Row> rows) {
        ObjectNode collection = JSON.createObjectNode();
        collection.put("type", "FeatureCollection");
        ArrayNode features = collection.putArray("features");
        for (Coverage.Row row : rows) {
            ObjectNode feature = features.addObject();
            feature.put("type", "Feature");
            ObjectNode geometry = feature.putObject("geometry");
            geometry.put("type", "Point");
            geometry.putArray("coordinates").add(row.locality().longitude()).add(row.locality().latitude());
            ObjectNode properties = feature.putObject("properties");
            properties.put("name", row.locality().name());
            properties.put("walks", row.walks());
            properties.put("walked", row.covered());
            properties.put("lastWalk", row.lastWalk() == null ? null : row.lastWalk().toString());
        }
        return JSON.writeValueAsString(collection);
    }
}
