package se.trygghetsnav.walk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.trygghetsnav.municipality.Locality;

/** The coverage map's points: every locality's centre, walked or not in the term. */
class CoverageMapTest {

    @Test
    void everyLocalityIsAPointMarkedWalkedOrNot() {
        Locality limmared = new Locality(1, "1452", "Limmared", 57.54, 13.36);
        Locality ljungsarp = new Locality(2, "1452", "Ljungsarp", 57.51, 13.43);
        List<Coverage.Row> rows = Coverage.table(new TermOfOffice(2022), List.of(limmared, ljungsarp),
                List.of(new Coverage.WalkDate(1, LocalDate.of(2026, 1, 8)), new Coverage.WalkDate(1, LocalDate.of(2021, 1, 8))));
        assertThat(CoverageMap.geoJson(rows)).isEqualTo("{\"type\":\"FeatureCollection\",\"features\":["
                + "{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\",\"coordinates\":[13.36,57.54]},"
                + "\"properties\":{\"name\":\"Limmared\",\"walks\":1,\"walked\":true,\"lastWalk\":\"2026-01-08\"}},"
                + "{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\",\"coordinates\":[13.43,57.51]},"
                + "\"properties\":{\"name\":\"Ljungsarp\",\"walks\":0,\"walked\":false,\"lastWalk\":null}}]}");
    }
}
