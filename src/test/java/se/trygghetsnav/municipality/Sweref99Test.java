package se.trygghetsnav.municipality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class Sweref99Test {

    // Reference grid values computed independently with Lantmäteriet's Gauss–Krüger formulas
    // (GRS 80, central meridian 15°, scale 0.9996, false easting 500 000 m).
    @ParameterizedTest
    @CsvSource({
            "59.3293, 18.0686, 6580743.008, 674571.866", // Stockholm
            "57.4850, 13.3510, 6372575.722, 401139.250", // Tranemo
            "67.8558, 20.2253, 7536069.970, 719583.123", // Kiruna
            "55.6050, 13.0038, 6163926.553, 374243.759", // Malmö
    })
    void convertsToTheNationalGrid(double latitude, double longitude, double northing, double easting) {
        Sweref99.Point point = Sweref99.toSweref(latitude, longitude);

        assertThat(point.northing()).isCloseTo(northing, within(0.01));
        assertThat(point.easting()).isCloseTo(easting, within(0.01));
        assertThat(Sweref99.isPlausibleSwedish(point.northing(), point.easting())).isTrue();
    }

    @Test
    void theCentralMeridianMapsToTheFalseEasting() {
        assertThat(Sweref99.toSweref(62.0, 15.0).easting()).isCloseTo(500_000, within(0.001));
    }

    @ParameterizedTest
    @CsvSource({"59.3293, 18.0686", "57.4850, 13.3510", "69.0600, 20.5480", "55.3380, 11.0010", "63.8258, 20.2630"})
    void roundTripsFromWgs84(double latitude, double longitude) {
        Sweref99.Point point = Sweref99.toSweref(latitude, longitude);
        Sweref99.LatLng back = Sweref99.toWgs84(point.northing(), point.easting());

        assertThat(back.latitude()).isCloseTo(latitude, within(1e-8));
        assertThat(back.longitude()).isCloseTo(longitude, within(1e-8));
    }

    @ParameterizedTest
    @CsvSource({"6580822, 674032", "6372575.722, 401139.250", "7536069.970, 719583.123"})
    void roundTripsFromTheGrid(double northing, double easting) {
        Sweref99.LatLng latLng = Sweref99.toWgs84(northing, easting);
        Sweref99.Point back = Sweref99.toSweref(latLng.latitude(), latLng.longitude());

        assertThat(back.northing()).isCloseTo(northing, within(0.001));
        assertThat(back.easting()).isCloseTo(easting, within(0.001));
        assertThat(Sweref99.isPlausibleSwedishLatLng(latLng.latitude(), latLng.longitude())).isTrue();
    }

    @Test
    void givesTheSameAnswersUnderConcurrentUse() throws Exception {
        Sweref99.Point expected = Sweref99.toSweref(59.3293, 18.0686);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Boolean>> results = pool.invokeAll(Collections.nCopies(32, () -> {
                for (int i = 0; i < 500; i++) {
                    Sweref99.Point point = Sweref99.toSweref(59.3293, 18.0686);
                    Sweref99.LatLng latLng = Sweref99.toWgs84(point.northing(), point.easting());
                    if (!point.equals(expected) || Math.abs(latLng.latitude() - 59.3293) > 1e-8) {
                        return false;
                    }
                }
                return true;
            }));
            for (Future<Boolean> result : results) {
                assertThat(result.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @ParameterizedTest
    @CsvSource({
            "6580743, 674572, true",
            "6099999, 674572, false",
            "7700001, 674572, false",
            "6580743, 199999, false",
            "6580743, 1000001, false",
    })
    void knowsRoughlyWhereSwedenIsOnTheGrid(double northing, double easting, boolean plausible) {
        assertThat(Sweref99.isPlausibleSwedish(northing, easting)).isEqualTo(plausible);
    }

    @ParameterizedTest
    @CsvSource({
            "59.3293, 18.0686, true",
            "55.0, 10.5, true",
            "69.5, 24.5, true",
            "54.99, 13.0, false",
            "69.51, 20.0, false",
            "60.0, 10.49, false",
            "60.0, 24.51, false",
            "18.0686, 59.3293, false",
    })
    void knowsRoughlyWhereSwedenIsInWgs84(double latitude, double longitude, boolean plausible) {
        assertThat(Sweref99.isPlausibleSwedishLatLng(latitude, longitude)).isEqualTo(plausible);
    }
}
