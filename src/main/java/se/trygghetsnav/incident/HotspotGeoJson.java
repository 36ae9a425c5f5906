package se.trygghetsnav.incident;

import se.trygghetsnav.analysis.HexGrid;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The analysed hexagons as a GeoJSON FeatureCollection: count, z-score, p-value and bin per cell. */
final class HotspotGeoJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private HotspotGeoJson() {}

    static String featureCollection(HotspotAnalysis analysis) {
        ObjectNode collection = JSON.createObjectNode().put("type", "FeatureCollection");
        ArrayNode features = collection.putArray("features");
        for (HotspotAnalysis.Cell cell : analysis.cells()) {
            ObjectNode feature = features.addObject().put("type", "Feature").put("id", cell.cell());
            ArrayNode ring = feature.putObject("geometry").put("type", "Polygon").putArray("coordinates").addArray();
            double[][] corners = HexGrid.boundary(HexGrid.parseAddress(cell.cell()));
            for (double[] corner : corners) {
                ring.addArray().add(round(corner[1])).add(round(corner[0]));
            }
            ring.addArray().add(round(corners[0][1])).add(round(corners[0][0]));
            feature.putObject("properties")
                    .put("cell", cell.cell())
                    .put("count", cell.count())
                    .put("z", Math.round(cell.z() * 1000) / 1000.0)
                    .put("p", cell.p())
                    .put("bin", cell.bin())
                    .put("area", cell.areaName());
        }
        return JSON.writeValueAsString(collection);
    }

    private static double round(double degrees) {
        return Math.round(degrees * 1e7) / 1e7;
    }
}
