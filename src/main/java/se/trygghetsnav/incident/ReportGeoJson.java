package se.trygghetsnav.incident;

import java.time.format.DateTimeFormatter;
import java.util.List;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Reports with a point as a GeoJSON FeatureCollection (WGS84), for maps and GIS. */
final class ReportGeoJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ReportGeoJson() {}

    static String featureCollection(List<IncidentReport> reports) {
        ObjectNode collection = JSON.createObjectNode().put("type", "FeatureCollection");
        ArrayNode features = collection.putArray("features");
        for (IncidentReport report : reports) {
            if (report.latitude() == null) {
                continue;
            }
            ObjectNode feature = features.addObject().put("type", "Feature").put("id", report.id());
            ObjectNode geometry = feature.putObject("geometry").put("type", "Point");
            geometry.putArray("coordinates").add(report.longitude()).add(report.latitude());
            ObjectNode properties = feature.putObject("properties")
                    .put("id", report.id())
                    .put("category", report.categoryName())
                    .put("occurredFrom", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(report.occurredFrom()))
                    .put("area", report.areaName())
                    .put("place", report.place())
                    .put("reportedToPolice", report.reportedToPolice().name());
            if (report.occurredTo() != null) {
                properties.put("occurredTo", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(report.occurredTo()));
            }
        }
        return JSON.writeValueAsString(collection);
    }
}
