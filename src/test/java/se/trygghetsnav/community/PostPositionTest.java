package se.trygghetsnav.community;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import se.trygghetsnav.municipality.Sweref99;

class PostPositionTest {

    @Test
    void anExactPositionIsStoredAsGiven() {
        Sweref99.LatLng stored = PostPosition.stored(57.485123, 13.351234, true);
        assertThat(stored.latitude()).isEqualTo(57.485123);
        assertThat(stored.longitude()).isEqualTo(13.351234);
    }

    @Test
    void anApproximatePositionIsTheCentreOfIts200MetreSquare() {
        Sweref99.LatLng original = new Sweref99.LatLng(57.485123, 13.351234);
        Sweref99.LatLng stored = PostPosition.stored(original.latitude(), original.longitude(), false);
        double distance = metres(original, stored);
        assertThat(distance).isGreaterThan(0).isLessThanOrEqualTo(Math.sqrt(2) * 100 + 1);
        Sweref99.Point centre = Sweref99.toSweref(stored.latitude(), stored.longitude());
        assertThat(Math.abs(centre.northing() % 200 - 100)).isLessThan(0.5);
        assertThat(Math.abs(centre.easting() % 200 - 100)).isLessThan(0.5);
    }

    @Test
    void nearbyPointsInTheSameSquareBecomeTheSamePoint() {
        Sweref99.Point corner = Sweref99.toSweref(57.485, 13.351);
        double north = Math.floor(corner.northing() / 200) * 200;
        double east = Math.floor(corner.easting() / 200) * 200;
        Sweref99.LatLng a = Sweref99.toWgs84(north + 10, east + 10);
        Sweref99.LatLng b = Sweref99.toWgs84(north + 190, east + 185);
        assertThat(PostPosition.approximate(a.latitude(), a.longitude())).isEqualTo(PostPosition.approximate(b.latitude(), b.longitude()));
        Sweref99.LatLng next = Sweref99.toWgs84(north + 210, east + 10);
        assertThat(PostPosition.approximate(next.latitude(), next.longitude())).isNotEqualTo(PostPosition.approximate(a.latitude(), a.longitude()));
    }

    @Test
    void theOriginalDigitsDoNotSurvive() {
        Sweref99.LatLng stored = PostPosition.approximate(67.85572, 20.22513);
        assertThat(stored.latitude()).isNotEqualTo(67.85572);
        assertThat(BigDecimalScale.of(stored.latitude())).isLessThanOrEqualTo(6);
    }

    private static double metres(Sweref99.LatLng a, Sweref99.LatLng b) {
        Sweref99.Point p = Sweref99.toSweref(a.latitude(), a.longitude());
        Sweref99.Point q = Sweref99.toSweref(b.latitude(), b.longitude());
        return Math.hypot(p.northing() - q.northing(), p.easting() - q.easting());
    }

    private static final class BigDecimalScale {
        static int of(double value) {
            return new java.math.BigDecimal(Double.toString(value)).stripTrailingZeros().scale();
        }
    }
}
