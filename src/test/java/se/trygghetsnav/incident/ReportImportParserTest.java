package se.trygghetsnav.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.trygghetsnav.municipality.Area;

class ReportImportParserTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 3, 20, 12, 0);
    private static final List<IncidentCategory> CATEGORIES = List.of(
            new IncidentCategory(1, "VANDALISM", "Skadegörelse", true, 10),
            new IncidentCategory(2, "GRAFFITI", "Klotter", true, 20),
            new IncidentCategory(9, "PUBLIC_DISORDER", "Ordningsstörning", true, 90),
            new IncidentCategory(99, "RETIRED", "Gammal kategori", false, 200));
    private static final List<Area> AREAS = List.of(
            new Area(10, "1452", "Centrum", "{}", 57.484, 13.350, 57.486, 13.352),
            new Area(11, "1452", "Östra Norrby", "{}", 57.494, 13.359, 57.496, 13.361));

    private final ReportImportParser parser = new ReportImportParser(CATEGORIES, AREAS, NOW);

    @Test
    void readsSemicolonsWithABomSwedishNamesAndDecimalCommas() {
        ReportImportParser.Result result = parser.parse("\uFEFF"
                + "kategori;datum;tid;latitud;longitud;plats;omrade;beskrivning;antal;polisanmald\r\n"
                + "VANDALISM;2026-03-14;21:30;57,4851;13,3512;Busskuren;;Krossad ruta;2;ja\r\n"
                + "skadegörelse;2026-03-15;;;;;centrum;;;vet ej\r\n"
                + "Ordningsstörning;2026-03-16;7:05;;;;Östra Norrby;Bråk vid kiosken;;NEJ\r\n");

        assertThat(result.fileErrors()).isEmpty();
        assertThat(result.errors()).isEmpty();
        assertThat(result.rows()).extracting(ReportImportParser.Row::row).containsExactly(2, 3, 4);
        NewReport first = only(result.rows().get(0));
        assertThat(first.categoryId()).isEqualTo(1);
        assertThat(first.occurredFrom()).isEqualTo(LocalDateTime.of(2026, 3, 14, 21, 30));
        assertThat(first.occurredTo()).isNull();
        assertThat(first.latitude()).isEqualTo(57.4851);
        assertThat(first.longitude()).isEqualTo(13.3512);
        assertThat(first.place()).isEqualTo("Busskuren");
        assertThat(first.areaId()).isNull();
        assertThat(first.description()).isEqualTo("Krossad ruta");
        assertThat(first.peopleInvolved()).isEqualTo(2);
        assertThat(first.reportedToPolice()).isEqualTo(PoliceReport.YES);
        assertThat(first.source()).isEqualTo("IMPORT");

        NewReport second = only(result.rows().get(1));
        assertThat(second.categoryId()).as("Swedish name, any case").isEqualTo(1);
        assertThat(second.occurredFrom()).as("no time means noon").isEqualTo(LocalDateTime.of(2026, 3, 15, 12, 0));
        assertThat(second.areaId()).isEqualTo(10);
        assertThat(second.reportedToPolice()).isEqualTo(PoliceReport.DONT_KNOW);

        NewReport third = only(result.rows().get(2));
        assertThat(third.categoryId()).isEqualTo(9);
        assertThat(third.occurredFrom()).isEqualTo(LocalDateTime.of(2026, 3, 16, 7, 5));
        assertThat(third.areaId()).isEqualTo(11);
        assertThat(third.reportedToPolice()).isEqualTo(PoliceReport.NO);
    }

    @Test
    void readsCommasWithQuotedDecimalCommasAndLfLineEnds() {
        ReportImportParser.Result result = parser.parse("""
                kategori,datum,tid,slutdatum,sluttid,latitud,longitud,beskrivning
                Klotter,2026-03-14,08:05,,,57.4851,13.3512,Tag på väggen
                GRAFFITI,2026-03-14,22:00,2026-03-15,06:00,"57,4851","13,3512","Klotter, igen"
                graffiti,2026-03-14,22:00,,23:30,57.4851,13.3512,
                """);

        assertThat(result.errors()).isEmpty();
        assertThat(result.rows()).hasSize(3);
        assertThat(only(result.rows().get(0)).categoryId()).isEqualTo(2);
        NewReport quoted = only(result.rows().get(1));
        assertThat(quoted.latitude()).isEqualTo(57.4851);
        assertThat(quoted.description()).isEqualTo("Klotter, igen");
        assertThat(quoted.occurredTo()).isEqualTo(LocalDateTime.of(2026, 3, 15, 6, 0));
        assertThat(only(result.rows().get(2)).occurredTo()).as("an end time alone is on the same day")
                .isEqualTo(LocalDateTime.of(2026, 3, 14, 23, 30));
    }

    @Test
    void detectsTheSeparatorFromTheHeaderLine() {
        assertThat(ReportImportParser.separator("kategori;datum;plats\na,b;c")).isEqualTo(';');
        assertThat(ReportImportParser.separator("kategori,datum,plats\na;b;c;d")).isEqualTo(',');
        assertThat(ReportImportParser.separator("kategori")).isEqualTo(';');
    }

    @Test
    void headersMayBeWrittenWithSwedishLettersSpacesAndCapitals() {
        ReportImportParser.Result result = parser.parse("""
                Kategori;Datum;Område;Polisanmäld;Antal händelser;Öst;Nord
                VANDALISM;2026-03-14;Centrum;ja;2;;
                """);
        assertThat(result.errors()).isEmpty();
        assertThat(result.rows().get(0).reports()).hasSize(2);
    }

    @Test
    void swerefCoordinatesBecomeWgs84() {
        ReportImportParser.Result result = parser.parse("""
                kategori;datum;nord;ost
                VANDALISM;2026-03-14;6372575,722;401139,250
                VANDALISM;2026-03-14;6 372 575;401 139
                """);
        assertThat(result.errors()).isEmpty();
        NewReport report = only(result.rows().get(0));
        assertThat(report.latitude()).isCloseTo(57.4850, within(1e-6));
        assertThat(report.longitude()).isCloseTo(13.3510, within(1e-6));
        assertThat(only(result.rows().get(1)).latitude()).isCloseTo(57.4850, within(1e-4));
    }

    @Test
    void oneRowCanStandForManyIdenticalReports() {
        ReportImportParser.Result result = parser.parse("""
                kategori;datum;tid;slutdatum;sluttid;omrade;beskrivning;antal_handelser
                Ordningsstörning;2026-03-09;00:00;2026-03-15;23:59;Centrum;Polisens veckostatistik;12
                Skadegörelse;2026-03-09;;;;Östra Norrby;Polisens veckostatistik;
                Klotter;2026-03-09;;;;Centrum;Polisens veckostatistik;1000
                """);
        assertThat(result.errors()).isEmpty();
        assertThat(result.rows().get(0).reports()).hasSize(12).allSatisfy(report -> {
            assertThat(report.categoryId()).isEqualTo(9);
            assertThat(report.areaId()).isEqualTo(10);
            assertThat(report.occurredTo()).isEqualTo(LocalDateTime.of(2026, 3, 15, 23, 59));
        });
        assertThat(result.rows().get(1).reports()).hasSize(1);
        assertThat(result.goodRowCount()).isEqualTo(3);
        assertThat(result.goodReportCount()).isEqualTo(1013);
    }

    @Test
    void everyKindOfBadRowIsNamedWithItsRowAndColumn() {
        ReportImportParser.Result result = parser.parse("""
                kategori;datum;tid;slutdatum;latitud;longitud;nord;ost;plats;omrade;beskrivning;antal;polisanmald;antal_handelser
                SKADOR;2026-03-14;;;;;;;Stationen;;;;;
                VANDALISM;14/3/2026;;;;;;;Stationen;;;;;
                VANDALISM;2026-03-14;;;;;;;;Atlantis;;;;

                VANDALISM;2026-03-14;;;;;;;Stationen;;Anmälare 811218-9876 såg allt.;;;
                VANDALISM;2026-04-01;;;;;;;Stationen;;;;;
                VANDALISM;2026-03-14;25:00;;;;;;Stationen;;;;;
                VANDALISM;2026-03-14;;;;;;;Stationen;;;;kanske;
                VANDALISM;2026-03-14;;;;;;;Stationen;;;;;0
                VANDALISM;2026-03-14;;;;;;;Stationen;;;;;1001
                VANDALISM;2026-03-14;;;;;;;;;Ingen plats alls;;;
                VANDALISM;2026-03-14;;;;;6000000;401139;;;;;;
                VANDALISM;2026-03-14;;;57,48;13,35;6372575;401139;;;;;;
                RETIRED;2026-03-14;;;;;;;Stationen;;;;;
                VANDALISM;2026-03-14;;;48,85;2,35;;;;;;;;
                VANDALISM;2026-03-14;;2026-03-13;;;;;Stationen;;;;;
                VANDALISM;2026-03-14;;;;;;;Stationen;;;tre;;
                VANDALISM;2019-03-14;;;;;;;Stationen;;;;;
                VANDALISM;2026-03-14;;;;;;;Stationen;;;;;
                """);

        assertThat(result.fileErrors()).isEmpty();
        assertThat(result.goodRowCount()).isEqualTo(1);
        assertThat(result.badRowCount()).isEqualTo(17);
        assertThat(result.goodRows().get(0).row()).as("the empty line 5 still counts").isEqualTo(20);
        assertError(result, 2, "kategori", "Okänd kategori: SKADOR");
        assertError(result, 3, "datum", "Ogiltigt datum: 14/3/2026");
        assertError(result, 4, "omrade", "Okänt område: Atlantis");
        assertError(result, 6, "beskrivning", "personnummer");
        assertError(result, 7, "datum", "Tidpunkten ligger i framtiden");
        assertError(result, 8, "tid", "Ogiltigt klockslag: 25:00");
        assertError(result, 9, "polisanmald", "Skriv ja, nej eller vet ej");
        assertError(result, 10, "antal_handelser", "från 1 till 1000");
        assertError(result, 11, "antal_handelser", "från 1 till 1000");
        assertError(result, 12, "plats", "Ange var det hände");
        assertError(result, 13, "nord", "ligger inte i Sverige");
        assertError(result, 14, "nord", "inte båda");
        assertError(result, 15, "kategori", "Välj en kategori som finns i kommunen");
        assertError(result, 16, "latitud", "Platsen ligger inte i Sverige");
        assertError(result, 17, "slutdatum", "Sluttiden ligger före starttiden");
        assertError(result, 18, "antal", "heltal");
        assertError(result, 19, "datum", "mer än fem år bakåt");
        assertThat(result.errors()).extracting(ReportImportError::row).isSorted();
    }

    @Test
    void rowsAreCountedAsLinesOfTheFileAlsoAcrossQuotedLineBreaks() {
        ReportImportParser.Result result = parser.parse("kategori;datum;plats;beskrivning\r\n"
                + "VANDALISM;2026-03-14;Stationen;\"Två rader\r\nav text\"\r\n"
                + "OKÄND;2026-03-14;Stationen;\r\n");
        assertThat(result.errors()).singleElement().satisfies(error -> assertThat(error.row()).isEqualTo(4));
    }

    @Test
    void unknownColumnsAreAnErrorNamingThem() {
        ReportImportParser.Result result = parser.parse("""
                kategori;datum;färg;plats;Ansvarig
                VANDALISM;2026-03-14;röd;Stationen;Kim
                """);
        assertThat(result.rows()).isEmpty();
        assertThat(result.fileErrors()).hasSize(2);
        assertThat(result.fileErrors().get(0)).satisfies(error -> {
            assertThat(error.row()).isEqualTo(1);
            assertThat(error.column()).isEqualTo("färg");
            assertThat(error.message()).startsWith("Okänd kolumn: färg").contains("kategori, datum");
        });
        assertThat(result.fileErrors().get(1).message()).startsWith("Okänd kolumn: Ansvarig");
    }

    @Test
    void missingRequiredColumnsAndDuplicatesAreErrors() {
        ReportImportParser.Result missing = parser.parse("datum;plats\n2026-03-14;Stationen\n");
        assertThat(missing.rows()).isEmpty();
        assertThat(missing.fileErrors()).singleElement().satisfies(error -> {
            assertThat(error.row()).isEqualTo(1);
            assertThat(error.column()).isEqualTo("kategori");
            assertThat(error.message()).isEqualTo("Kolumnen kategori saknas. Den måste finnas");
        });
        ReportImportParser.Result twice = parser.parse("kategori;datum;Datum\nVANDALISM;2026-03-14;2026-03-14\n");
        assertThat(twice.fileErrors()).singleElement().satisfies(error -> assertThat(error.message()).contains("flera gånger"));
    }

    @Test
    void atMostFiftyThousandRows() {
        String row = "VANDALISM;2026-03-14;Stationen\n";
        String header = "kategori;datum;plats\n";
        ReportImportParser.Result largest = parser.parse(header + row.repeat(ReportImportParser.MAX_ROWS));
        assertThat(largest.fileErrors()).isEmpty();
        assertThat(largest.goodRowCount()).isEqualTo(50_000);

        ReportImportParser.Result tooMany = parser.parse(header + row.repeat(ReportImportParser.MAX_ROWS + 1));
        assertThat(tooMany.rows()).isEmpty();
        assertThat(tooMany.fileErrors()).singleElement().satisfies(error -> {
            assertThat(error.row()).isEqualTo(50_002);
            assertThat(error.message()).isEqualTo("Filen har fler än 50 000 rader. Dela upp den i flera filer");
        });
    }

    @Test
    void atMostTwoHundredThousandReports() {
        String row = "VANDALISM;2026-03-14;Stationen;1000\n";
        ReportImportParser.Result result = parser.parse("kategori;datum;plats;antal_handelser\n" + row.repeat(201));
        assertThat(result.rows()).isEmpty();
        assertThat(result.fileErrors()).singleElement().satisfies(error -> assertThat(error.row()).isEqualTo(202));
    }

    @Test
    void emptyAndBrokenFilesAreFileErrors() {
        assertThat(parser.parse("").fileErrors()).singleElement().satisfies(e -> assertThat(e.message()).isEqualTo("Filen är tom"));
        assertThat(parser.parse("\uFEFF\r\n\r\n").fileErrors()).singleElement().satisfies(e -> assertThat(e.message()).isEqualTo("Filen är tom"));
        assertThat(parser.parse("kategori;datum\n").fileErrors()).singleElement()
                .satisfies(e -> assertThat(e.message()).contains("bara en rubrikrad"));
        ReportImportParser.Result unterminated = parser.parse("kategori;datum;plats\nVANDALISM;2026-03-14;\"Stationen\nVANDALISM;2026-03-14;x\n");
        assertThat(unterminated.rows()).isEmpty();
        assertThat(unterminated.fileErrors()).singleElement().satisfies(e -> assertThat(e.message()).contains("citattecknen"));
    }

    @Test
    void filesMustBeUtf8() {
        assertThat(ReportImportParser.decode("kategori;datum\nSkadegörelse;2026-03-14".getBytes(StandardCharsets.UTF_8)))
                .hasValue("kategori;datum\nSkadegörelse;2026-03-14");
        assertThat(ReportImportParser.decode("Skadegörelse".getBytes(StandardCharsets.ISO_8859_1))).isEmpty();
    }

    private static NewReport only(ReportImportParser.Row row) {
        assertThat(row.errors()).isEmpty();
        assertThat(row.reports()).hasSize(1);
        return row.reports().get(0);
    }

    private static void assertError(ReportImportParser.Result result, int row, String column, String message) {
        assertThat(result.errors())
                .as("row %d", row)
                .anySatisfy(error -> {
                    assertThat(error.row()).isEqualTo(row);
                    assertThat(error.column()).isEqualTo(column);
                    assertThat(error.message()).contains(message);
                });
    }
}
