package se.trygghetsnav.incident;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import se.trygghetsnav.municipality.Area;
import se.trygghetsnav.municipality.Sweref99;
import se.trygghetsnav.platform.InvalidInputException.InputProblem;

/**
 * Reads a CSV file of incident reports (a housing company's own log, police statistics per area
 * and week) into reports, row by row, with the same rules as the form ({@link ReportRules}).
 * Pure: the municipality's categories and areas and the current Swedish time are given.
 *
 * <p>Rows are numbered as the lines of the file (the header is row 1), as a spreadsheet shows them.
 */
final class ReportImportParser {

    static final int MAX_ROWS = 50_000;
    static final int MAX_COPIES = 1_000;
    static final int MAX_REPORTS = 200_000;
    static final LocalTime DEFAULT_TIME = LocalTime.NOON;
    static final String SOURCE = "IMPORT";
    static final String NOT_UTF8 = "Filen är inte sparad som UTF-8. Spara den som \"CSV UTF-8\" och försök igen";

    /** Every column the file may have, in the order of the template. */
    static final List<String> COLUMNS = List.of("kategori", "datum", "tid", "slutdatum", "sluttid", "latitud", "longitud",
            "nord", "ost", "plats", "omrade", "beskrivning", "antal", "polisanmald", "antal_handelser");
    static final List<String> REQUIRED = List.of("kategori", "datum");

    private static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");
    private static final Pattern TIME = Pattern.compile("(\\d{1,2})[:.](\\d{2})(?::(\\d{2}))?");
    private static final Pattern NUMBER_SPACES = Pattern.compile("[\\s\\u00A0\\u202F]");

    private final List<IncidentCategory> categories;
    private final Set<Long> activeCategoryIds;
    private final Map<String, Area> areasByName = new HashMap<>();
    private final Set<Long> areaIds;
    private final LocalDateTime now;

    ReportImportParser(List<IncidentCategory> categories, List<Area> areas, LocalDateTime now) {
        this.categories = List.copyOf(categories);
        this.activeCategoryIds = categories.stream().filter(IncidentCategory::active).map(IncidentCategory::id)
                .collect(Collectors.toUnmodifiableSet());
        areas.forEach(area -> areasByName.putIfAbsent(lower(area.name()), area));
        this.areaIds = areas.stream().map(Area::id).collect(Collectors.toUnmodifiableSet());
        this.now = now;
    }

    /** A data row: either reports (more than one when {@code antal_handelser} says so) or errors. */
    record Row(int row, List<NewReport> reports, List<ReportImportError> errors) {
        Row {
            reports = List.copyOf(reports);
            errors = List.copyOf(errors);
        }

        boolean ok() {
            return errors.isEmpty();
        }
    }

    /**
     * The rows of a file. When the file as a whole is unusable (columns, size, not CSV) there are
     * file errors and no rows.
     */
    record Result(List<Row> rows, List<ReportImportError> fileErrors) {
        Result {
            rows = List.copyOf(rows);
            fileErrors = List.copyOf(fileErrors);
        }

        List<Row> goodRows() {
            return rows.stream().filter(Row::ok).toList();
        }

        int goodRowCount() {
            return (int) rows.stream().filter(Row::ok).count();
        }

        int badRowCount() {
            return (int) rows.stream().filter(row -> !row.ok()).count();
        }

        long goodReportCount() {
            return rows.stream().filter(Row::ok).mapToLong(row -> row.reports().size()).sum();
        }

        /** File errors first, then the rows' errors in file order. */
        List<ReportImportError> errors() {
            List<ReportImportError> all = new ArrayList<>(fileErrors);
            rows.forEach(row -> all.addAll(row.errors()));
            return all;
        }

        private static Result ofFileError(int row, String column, String message) {
            return new Result(List.of(), List.of(new ReportImportError(row, column, message)));
        }
    }

    /** The text of an uploaded file, read as UTF-8; empty when the bytes are not UTF-8. */
    static Optional<String> decode(byte[] bytes) {
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    Result parse(String csv) {
        String text = csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
        if (text.isBlank()) {
            return Result.ofFileError(0, null, "Filen är tom");
        }
        LineIndex lines = new LineIndex(text);
        CSVFormat format = CSVFormat.DEFAULT.builder()
                .setDelimiter(separator(text))
                .setIgnoreEmptyLines(false)
                .setTrim(true)
                .get();
        int lastRow = 1;
        try (CSVParser parser = format.parse(new StringReader(text))) {
            Header header = null;
            List<Row> rows = new ArrayList<>();
            long reports = 0;
            for (CSVRecord record : parser) {
                int row = lines.lineOf(record.getCharacterPosition());
                lastRow = row;
                if (blank(record)) {
                    continue;
                }
                if (header == null) {
                    header = new Header(record, row);
                    if (!header.errors.isEmpty()) {
                        return new Result(List.of(), header.errors);
                    }
                    continue;
                }
                if (rows.size() == MAX_ROWS) {
                    return Result.ofFileError(row, null, "Filen har fler än " + swedishNumber(MAX_ROWS)
                            + " rader. Dela upp den i flera filer");
                }
                Row parsed = row(header, record, row);
                reports += parsed.reports().size();
                if (reports > MAX_REPORTS) {
                    return Result.ofFileError(row, "antal_handelser", "Filen står för fler än " + swedishNumber(MAX_REPORTS)
                            + " rapporter. Dela upp den i flera filer");
                }
                rows.add(parsed);
            }
            if (header == null) {
                return Result.ofFileError(0, null, "Filen är tom");
            }
            if (rows.isEmpty()) {
                return Result.ofFileError(0, null, "Filen har bara en rubrikrad och inga rader att importera");
            }
            return new Result(rows, List.of());
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            return Result.ofFileError(lastRow + 1, null,
                    "Filen kunde inte läsas som CSV efter rad " + lastRow + ". Kontrollera citattecknen (\") där");
        }
    }

    /** Semicolon or comma, whichever the header line uses more (semicolon on a tie, as Swedish Excel writes). */
    static char separator(String text) {
        int end = 0;
        while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
            end++;
        }
        String header = text.substring(0, end);
        long semicolons = header.chars().filter(c -> c == ';').count();
        long commas = header.chars().filter(c -> c == ',').count();
        return commas > semicolons ? ',' : ';';
    }

    private Row row(Header header, CSVRecord record, int row) {
        Values values = new Values(header, record);
        List<ReportImportError> errors = new ArrayList<>();
        if (record.size() > header.size()) {
            for (int i = header.size(); i < record.size(); i++) {
                if (!record.get(i).isBlank()) {
                    errors.add(new ReportImportError(row, null, "Raden har fler värden än rubrikraden har kolumner"));
                    break;
                }
            }
        }

        Long categoryId = null;
        String categoryText = values.get("kategori");
        if (categoryText == null) {
            errors.add(new ReportImportError(row, "kategori", "Ange kategori, till exempel VANDALISM eller Skadegörelse"));
        } else {
            Optional<IncidentCategory> category = category(categoryText);
            if (category.isEmpty()) {
                errors.add(new ReportImportError(row, "kategori", "Okänd kategori: " + categoryText
                        + ". Använd en kod som VANDALISM eller ett namn som Skadegörelse"));
            } else {
                categoryId = category.get().id();
            }
        }

        LocalDate date = date(values.get("datum"), "datum", true, row, errors);
        LocalTime time = time(values.get("tid"), "tid", row, errors);
        LocalDateTime from = date == null ? null : date.atTime(time == null ? DEFAULT_TIME : time);

        LocalDate endDate = date(values.get("slutdatum"), "slutdatum", false, row, errors);
        LocalTime endTime = time(values.get("sluttid"), "sluttid", row, errors);
        LocalDateTime to = null;
        if (endDate != null) {
            to = endDate.atTime(endTime == null ? LocalTime.of(23, 59) : endTime);
        } else if (endTime != null && date != null) {
            to = date.atTime(endTime);
        }

        Double latitude = decimal(values.get("latitud"), "latitud", "Skriv latitud som ett decimaltal, till exempel 57,4851", row, errors);
        Double longitude = decimal(values.get("longitud"), "longitud", "Skriv longitud som ett decimaltal, till exempel 13,3512", row, errors);
        Double northing = decimal(values.get("nord"), "nord", "Skriv nord (SWEREF 99 TM) i meter, till exempel 6372575", row, errors);
        Double easting = decimal(values.get("ost"), "ost", "Skriv ost (SWEREF 99 TM) i meter, till exempel 401139", row, errors);
        boolean usesSweref = values.get("nord") != null || values.get("ost") != null;
        if (usesSweref) {
            if (values.get("latitud") != null || values.get("longitud") != null) {
                errors.add(new ReportImportError(row, "nord",
                        "Ange antingen latitud och longitud (WGS84) eller nord och ost (SWEREF 99 TM), inte båda"));
            } else if (values.get("nord") == null || values.get("ost") == null) {
                errors.add(new ReportImportError(row, values.get("nord") == null ? "nord" : "ost",
                        "Ange både nord och ost (SWEREF 99 TM), eller ingen av dem"));
            } else if (northing != null && easting != null) {
                if (!Sweref99.isPlausibleSwedish(northing, easting)) {
                    errors.add(new ReportImportError(row, "nord", "Koordinaten ligger inte i Sverige (SWEREF 99 TM, EPSG:3006)"));
                } else {
                    Sweref99.LatLng point = Sweref99.toWgs84(northing, easting);
                    latitude = point.latitude();
                    longitude = point.longitude();
                }
            }
        }

        Long areaId = null;
        String areaName = values.get("omrade");
        if (areaName != null) {
            Area area = areasByName.get(lower(areaName));
            if (area == null) {
                errors.add(new ReportImportError(row, "omrade", "Okänt område: " + areaName
                        + ". Skriv namnet som det står under Områden"));
            } else {
                areaId = area.id();
            }
        }

        Integer people = integer(values.get("antal"), "antal", "Skriv antal inblandade som ett heltal, till exempel 3", row, errors);
        PoliceReport police = police(values.get("polisanmald"), row, errors);
        Integer copies = integer(values.get("antal_handelser"), "antal_handelser",
                "Skriv antal_handelser som ett heltal från 1 till " + MAX_COPIES, row, errors);
        if (copies != null && (copies < 1 || copies > MAX_COPIES)) {
            errors.add(new ReportImportError(row, "antal_handelser", "antal_handelser ska vara från 1 till " + MAX_COPIES));
        }

        if (!errors.isEmpty()) {
            return new Row(row, List.of(), errors);
        }
        NewReport report = new NewReport(categoryId, from, to, latitude, longitude, values.get("plats"), areaId,
                values.get("beskrivning"), people, police, null, SOURCE);
        for (InputProblem problem : ReportRules.check(report, activeCategoryIds, areaIds, now)) {
            errors.add(new ReportImportError(row, column(problem.field(), usesSweref), problem.message()));
        }
        if (!errors.isEmpty()) {
            return new Row(row, List.of(), errors);
        }
        return new Row(row, Collections.nCopies(copies == null ? 1 : copies, report), List.of());
    }

    private Optional<IncidentCategory> category(String text) {
        String wanted = lower(text);
        return categories.stream()
                .filter(c -> c.code().equalsIgnoreCase(text) || lower(c.name()).equals(wanted))
                .findFirst();
    }

    /** The CSV column of a field named by {@link ReportRules}. */
    private static String column(String field, boolean usesSweref) {
        return switch (field) {
            case "category" -> "kategori";
            case "occurredFrom" -> "datum";
            case "occurredTo" -> "slutdatum";
            case "latitude", "longitude" -> usesSweref ? "nord" : "latitud";
            case "area" -> "omrade";
            case "place" -> "plats";
            case "description" -> "beskrivning";
            case "peopleInvolved" -> "antal";
            case "reportedToPolice" -> "polisanmald";
            default -> field;
        };
    }

    private static LocalDate date(String text, String column, boolean required, int row, List<ReportImportError> errors) {
        if (text == null) {
            if (required) {
                errors.add(new ReportImportError(row, column, "Ange datum som ÅÅÅÅ-MM-DD, till exempel 2026-03-14"));
            }
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            errors.add(new ReportImportError(row, column, "Ogiltigt datum: " + text + ". Skriv datum som ÅÅÅÅ-MM-DD, till exempel 2026-03-14"));
            return null;
        }
    }

    private static LocalTime time(String text, String column, int row, List<ReportImportError> errors) {
        if (text == null) {
            return null;
        }
        Matcher matcher = TIME.matcher(text);
        if (matcher.matches()) {
            int hour = Integer.parseInt(matcher.group(1));
            int minute = Integer.parseInt(matcher.group(2));
            int second = matcher.group(3) == null ? 0 : Integer.parseInt(matcher.group(3));
            if (hour < 24 && minute < 60 && second < 60) {
                return LocalTime.of(hour, minute, second);
            }
        }
        errors.add(new ReportImportError(row, column, "Ogiltigt klockslag: " + text + ". Skriv det som TT:MM, till exempel 21:30"));
        return null;
    }

    private static Double decimal(String text, String column, String message, int row, List<ReportImportError> errors) {
        if (text == null) {
            return null;
        }
        try {
            double value = Double.parseDouble(NUMBER_SPACES.matcher(text).replaceAll("").replace(',', '.').replace('\u2212', '-'));
            if (Double.isFinite(value)) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.add(new ReportImportError(row, column, message));
        return null;
    }

    private static Integer integer(String text, String column, String message, int row, List<ReportImportError> errors) {
        if (text == null) {
            return null;
        }
        try {
            return Integer.valueOf(NUMBER_SPACES.matcher(text).replaceAll("").replace('\u2212', '-'));
        } catch (NumberFormatException e) {
            errors.add(new ReportImportError(row, column, message));
            return null;
        }
    }

    private static PoliceReport police(String text, int row, List<ReportImportError> errors) {
        if (text == null) {
            return PoliceReport.DONT_KNOW;
        }
        return switch (lower(text).replaceAll("\\s+", " ")) {
            case "ja", "j", "yes" -> PoliceReport.YES;
            case "nej", "n", "no" -> PoliceReport.NO;
            case "vet ej", "vet inte", "okänt", "dont_know", "don't know" -> PoliceReport.DONT_KNOW;
            default -> {
                errors.add(new ReportImportError(row, "polisanmald", "Skriv ja, nej eller vet ej (inte " + text + ")"));
                yield PoliceReport.DONT_KNOW;
            }
        };
    }

    /** A header cell as a column name: lower case, without accents, spaces and hyphens as underscores. */
    static String columnName(String header) {
        String plain = Normalizer.normalize(header.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
    }

    private static String lower(String text) {
        return text.strip().toLowerCase(SWEDISH);
    }

    private static boolean blank(CSVRecord record) {
        for (String value : record) {
            if (!value.isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static String swedishNumber(int number) {
        return String.format(SWEDISH, "%,d", number).replace('\u00A0', ' ');
    }

    /** The header row: which column is where. */
    private static final class Header {
        private final Map<String, Integer> index = new LinkedHashMap<>();
        private final List<ReportImportError> errors = new ArrayList<>();
        private final int size;

        Header(CSVRecord record, int row) {
            size = record.size();
            for (int i = 0; i < record.size(); i++) {
                String cell = record.get(i);
                if (cell.isBlank()) {
                    continue; // an empty trailing column, as spreadsheets write
                }
                String name = columnName(cell);
                if (!COLUMNS.contains(name)) {
                    errors.add(new ReportImportError(row, cell.strip(), "Okänd kolumn: " + cell.strip()
                            + ". Tillåtna kolumner är " + String.join(", ", COLUMNS)));
                } else if (index.putIfAbsent(name, i) != null) {
                    errors.add(new ReportImportError(row, name, "Kolumnen " + name + " finns flera gånger"));
                }
            }
            for (String required : REQUIRED) {
                if (!index.containsKey(required)) {
                    errors.add(new ReportImportError(row, required, "Kolumnen " + required + " saknas. Den måste finnas"));
                }
            }
        }

        int size() {
            return size;
        }
    }

    /** The values of a row by column name; null for an absent column or an empty value. */
    private record Values(Header header, CSVRecord record) {
        String get(String column) {
            Integer i = header.index.get(column);
            if (i == null || i >= record.size()) {
                return null;
            }
            String value = record.get(i).strip();
            return value.isEmpty() ? null : value;
        }
    }

    /** Line numbers (1-based) of character positions in the text; \n, \r\n and \r all end a line. */
    private static final class LineIndex {
        private final int[] starts;

        LineIndex(String text) {
            List<Integer> found = new ArrayList<>();
            found.add(0);
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
                    found.add(i + 1);
                }
            }
            starts = found.stream().mapToInt(Integer::intValue).toArray();
        }

        int lineOf(long position) {
            int found = Arrays.binarySearch(starts, (int) position);
            return found >= 0 ? found + 1 : -found - 1;
        }
    }
}
