package se.trygghetsnav.walk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The route of a walk: a GeoJSON LineString of 2..500 positions within Sweden. */
class WalkRouteTest {

    private static final String LIMMARED = "{\"type\":\"LineString\",\"coordinates\":[[13.36,57.54],[13.3612345678,57.545],[13.37,57.55]]}";

    @Test
    void aLineStringInSwedenIsReadAndWrittenBackCompactly() {
        WalkRoute route = WalkRoute.parse(LIMMARED);
        assertThat(route.size()).isEqualTo(3);
        assertThat(route.positions().get(1)).isEqualTo(new WalkRoute.Position(57.545, 13.361235));
        assertThat(route.toGeoJson()).isEqualTo("{\"type\":\"LineString\",\"coordinates\":[[13.36,57.54],[13.361235,57.545],[13.37,57.55]]}");
        assertThat(WalkRoute.parse(route.toGeoJson())).isEqualTo(route);
    }

    @Test
    void aFeatureHoldingALineStringIsAccepted() {
        WalkRoute route = WalkRoute.parse("{\"type\":\"Feature\",\"properties\":{},\"geometry\":" + LIMMARED + "}");
        assertThat(route.size()).isEqualTo(3);
    }

    @Test
    void blankMeansNoRoute() {
        assertThat(WalkRoute.parse(null)).isNull();
        assertThat(WalkRoute.parse("  \n")).isNull();
    }

    @Test
    void theLengthIsMeasuredAlongTheRoute() {
        // one hundredth of a degree of latitude is about 1112 m
        WalkRoute route = WalkRoute.parse("{\"type\":\"LineString\",\"coordinates\":[[13.36,57.54],[13.36,57.55],[13.36,57.56]]}");
        assertThat(route.lengthMetres()).isBetween(2222.0, 2226.0);
        assertThat(route.lengthKilometres()).isEqualTo("2,2");
    }

    @Test
    void twoToFiveHundredPositions() {
        assertThat(WalkRoute.parse(line(2)).size()).isEqualTo(2);
        assertThat(WalkRoute.parse(line(500)).size()).isEqualTo(500);
        assertProblem(line(1), "walk.error.route.points");
        assertProblem(line(501), "walk.error.route.points");
        assertProblem("{\"type\":\"LineString\",\"coordinates\":[]}", "walk.error.route.points");
    }

    @Test
    void everyPositionMustLieInSweden() {
        assertProblem("{\"type\":\"LineString\",\"coordinates\":[[13.36,57.54],[2.35,48.85]]}", "walk.error.route.outside");
        // latitude and longitude swapped: [57.54, 13.36] is in the Indian Ocean
        assertProblem("{\"type\":\"LineString\",\"coordinates\":[[57.54,13.36],[57.55,13.37]]}", "walk.error.route.outside");
    }

    @Test
    void otherShapesAndBrokenTextAreRefused() {
        assertProblem("inte json", "walk.error.route.json");
        assertProblem("{\"type\":\"LineString\",\"coordinates\":[[13.36,57.54],[\"13.37\",57.55]]}", "walk.error.route.json");
        assertProblem("{\"type\":\"LineString\",\"coordinates\":[[13.36,57.54],[13.37]]}", "walk.error.route.json");
        assertProblem("{\"type\":\"Point\",\"coordinates\":[13.36,57.54]}", "walk.error.route.type");
        assertProblem("{\"type\":\"Polygon\",\"coordinates\":[[[13.36,57.54],[13.37,57.55],[13.38,57.54],[13.36,57.54]]]}",
                "walk.error.route.type");
        assertProblem("[1,2]", "walk.error.route.type");
        assertProblem("{\"type\":\"LineString\"}", "walk.error.route.type");
        assertProblem("{\"type\":\"LineString\",\"coordinates\":[[13.36,57.54],[1e400,57.55]]}", "walk.error.route.outside");
    }

    @Test
    void theFormReportsTheRouteProblemNextToTheRouteField() {
        WalkForm form = new WalkForm("1", "2026-05-12", "18:00", "", "", "", "{\"type\":\"Point\",\"coordinates\":[13.36,57.54]}");
        assertThat(form.problems()).containsEntry("route", "walk.error.route.type");
        assertThat(new WalkForm("1", "2026-05-12", "18:00", "", "", "", LIMMARED).problems()).isEmpty();
        assertThat(new WalkForm("1", "2026-05-12", "18:00", "", "", "").walkRoute()).isNull();
    }

    private static String line(int positions) {
        return IntStream.range(0, positions).mapToObj(i -> "[" + (13.3 + i * 0.0001) + ",57.5]")
                .collect(Collectors.joining(",", "{\"type\":\"LineString\",\"coordinates\":[", "]}"));
    }

    private static void assertProblem(String geoJson, String key) {
        assertThatThrownBy(() -> WalkRoute.parse(geoJson)).isInstanceOfSatisfying(WalkRoute.InvalidRouteException.class,
                e -> assertThat(e.messageKey()).isEqualTo(key));
    }
}
