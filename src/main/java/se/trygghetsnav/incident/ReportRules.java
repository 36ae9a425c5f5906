package se.trygghetsnav.incident;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import se.trygghetsnav.municipality.Sweref99;
import se.trygghetsnav.platform.ImageSanitizer;
import se.trygghetsnav.platform.InvalidInputException.InputProblem;

/** What a report must satisfy before it is stored. Pure; the same rules for forms, the API and imports. */
final class ReportRules {

    static final int MAX_DESCRIPTION = 4000;
    static final int MAX_PLACE = 300;
    static final int MAX_PEOPLE = 10_000;
    static final int MAX_PHOTO_BYTES = ImageSanitizer.MAX_UPLOAD_BYTES;

    private ReportRules() {}

    static List<InputProblem> check(NewReport report, Set<Long> activeCategories, Set<Long> areas, LocalDateTime now) {
        List<InputProblem> problems = new ArrayList<>();
        if (!activeCategories.contains(report.categoryId())) {
            problems.add(new InputProblem("category", "Välj en kategori som finns i kommunen"));
        }
        if (report.occurredFrom().isAfter(now.plusHours(1))) {
            problems.add(new InputProblem("occurredFrom", "Tidpunkten ligger i framtiden"));
        }
        if (report.occurredFrom().isBefore(now.minusYears(5))) {
            problems.add(new InputProblem("occurredFrom", "Tidpunkten ligger mer än fem år bakåt"));
        }
        if (report.occurredTo() != null && report.occurredTo().isBefore(report.occurredFrom())) {
            problems.add(new InputProblem("occurredTo", "Sluttiden ligger före starttiden"));
        }
        if ((report.latitude() == null) != (report.longitude() == null)) {
            problems.add(new InputProblem("latitude", "Ange både latitud och longitud, eller ingen av dem"));
        } else if (report.hasPoint() && !Sweref99.isPlausibleSwedishLatLng(report.latitude(), report.longitude())) {
            problems.add(new InputProblem("latitude", "Platsen ligger inte i Sverige (WGS84 latitud och longitud)"));
        }
        if (report.areaId() != null && !areas.contains(report.areaId())) {
            problems.add(new InputProblem("area", "Området finns inte i kommunen"));
        }
        if (!report.hasPoint() && report.place() == null && report.areaId() == null) {
            problems.add(new InputProblem("place", "Ange var det hände: en punkt på kartan, en adress eller plats, eller ett område"));
        }
        if (report.place() != null && report.place().length() > MAX_PLACE) {
            problems.add(new InputProblem("place", "Platsen får vara högst " + MAX_PLACE + " tecken"));
        }
        if (report.description().length() > MAX_DESCRIPTION) {
            problems.add(new InputProblem("description", "Beskrivningen får vara högst " + MAX_DESCRIPTION + " tecken"));
        }
        if (PersonalIdentityNumbers.containsIdentityNumber(report.description())) {
            problems.add(new InputProblem("description",
                    "Beskrivningen innehåller ett personnummer eller samordningsnummer. Ta bort det: rapporter får inte innehålla personuppgifter"));
        }
        if (report.place() != null && PersonalIdentityNumbers.containsIdentityNumber(report.place())) {
            problems.add(new InputProblem("place", "Platsen innehåller ett personnummer eller samordningsnummer. Ta bort det"));
        }
        if (report.peopleInvolved() != null && (report.peopleInvolved() < 0 || report.peopleInvolved() > MAX_PEOPLE)) {
            problems.add(new InputProblem("peopleInvolved", "Antal inblandade ska vara mellan 0 och " + MAX_PEOPLE));
        }
        if (report.photo() != null && report.photo().length > MAX_PHOTO_BYTES) {
            problems.add(new InputProblem("photo", "Bilden är större än 10 MB"));
        }
        return problems;
    }
}
