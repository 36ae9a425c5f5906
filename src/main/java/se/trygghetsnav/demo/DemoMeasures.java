package se.trygghetsnav.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A few measures in different states, each with the history that led there. */
final class DemoMeasures {

    /** A status change or note: {@code daysAgo} before today, by {@code author}. */
    private record Step(int daysAgo, String status, String note, long author) {}

    private record Measure(String title, String description, String problem, String area, long owner, String ownerPerson,
            LocalDate start, LocalDate due, String status, LocalDate proposedInWeek, List<String> categories, List<Step> steps) {}

    private final JdbcClient jdbc;
    private final String municipality;
    private final LocalDate today;
    private final ZoneId zone;

    DemoMeasures(JdbcClient jdbc, String municipality, LocalDate today, ZoneId zone) {
        this.jdbc = jdbc;
        this.municipality = municipality;
        this.today = today;
        this.zone = zone;
    }

    /**
     * @param organisations organisation id by name
     * @param users user id by e-mail
     * @return the number of measures inserted
     */
    int insert(Map<String, Long> areas, Map<String, Long> organisations, Map<String, Long> users) {
        long coordinator = users.get("samordnare@tranemo.demo");
        long manager = users.get("kommunchef@tranemo.demo");
        long housing = users.get("analytiker@tranemo.demo");
        long police = users.get("polis@tranemo.demo");
        long safety = organisations.get(DemoData.SAFETY_DEPARTMENT);
        long housingCompany = organisations.get(DemoData.HOUSING_COMPANY);

        List<Measure> measures = List.of(
                new Measure("Förstärkt belysning på gång- och cykelvägen vid stationen",
                        "Byta till starkare armaturer och sätta upp två nya stolpar längs gång- och cykelvägen mellan "
                                + "stationen och Storgatan.",
                        "Flera rapporter om mörker och otrygghet kvällstid, och ungdomar som samlas i den mörka delen.",
                        DemoGeography.STATION, safety, "Säkerhetssamordnare", today.plusDays(7), today.plusWeeks(3), "DECIDED",
                        monday(16), List.of("UNSAFE_ENVIRONMENT", "YOUTH_GATHERING"),
                        List.of(new Step(16, "PROPOSED", "Föreslagen vid veckans gemensamma analys.", coordinator),
                                new Step(9, "DECIDED", "Beslutad av kommunchef, ryms i driftbudgeten för gatubelysning.", manager))),
                new Measure("Nattvandring fredagar vid stationen",
                        "Nattvandrare och fritidsgårdens personal rör sig vid stationen fredagar kl. 20–24.",
                        "Växande grupper av ungdomar och skadegörelse vid stationen de senaste veckorna.",
                        DemoGeography.STATION, safety, "Folkhälsostrateg", today.minusWeeks(4), today.plusWeeks(8), "IN_PROGRESS",
                        monday(35), List.of("YOUTH_GATHERING", "VANDALISM"),
                        List.of(new Step(35, "PROPOSED", "Polisen ser samma mönster; föreslås som snabb insats.", police),
                                new Step(32, "DECIDED", "Beslutad. Samordnas med föreningarna.", manager),
                                new Step(28, "IN_PROGRESS", "Första kvällen genomförd, lugnt efter kl. 22.", coordinator),
                                new Step(7, "IN_PROGRESS", "Färre rapporter de fredagar nattvandrarna varit på plats.", coordinator))),
                new Measure("Klottersanering inom 24 timmar",
                        "Klotter på bostadsbolagets fastigheter saneras inom ett dygn från anmälan.",
                        "Klotter som står kvar lockar till mer klotter och ger ett intryck av förfall.",
                        DemoGeography.SOLGARDEN, housingCompany, "Förvaltare", today.minusDays(150), today.minusDays(60), "DONE",
                        monday(160), List.of("GRAFFITI"),
                        List.of(new Step(160, "PROPOSED", "Föreslagen efter ökning av klotter på Solgården.", housing),
                                new Step(155, "DECIDED", "Beslutad; avtal med saneringsfirma tecknas.", manager),
                                new Step(150, "IN_PROGRESS", "Avtalet gäller, sanering startad.", housing),
                                new Step(62, "DONE", "Uppföljning: nästan allt klotter sanerat inom ett dygn. Rutinen fortsätter.",
                                        coordinator))),
                new Measure("Dialog med ungdomar på fritidsgården",
                        "Samtal med ungdomar på fritidsgården om var de vill vara på kvällarna och vad som saknas.",
                        "Ungdomar samlas vid stationen och i centrum i brist på andra mötesplatser.",
                        DemoGeography.TRANEMO_CENTRUM, safety, "Fritidschef", null, null, "PROPOSED",
                        monday(4), List.of("YOUTH_GATHERING"),
                        List.of(new Step(4, "PROPOSED", "Förslag från veckans analys.", coordinator))),
                new Measure("Röjning av vegetation längs gångvägen vid Solgården",
                        "Buskar och sly längs gångvägen röjs så att belysningen når fram och sikten blir fri.",
                        "Boende upplever gångvägen som mörk och oöverskådlig.",
                        DemoGeography.SOLGARDEN, housingCompany, "Fastighetschef", today.minusDays(40), today.minusDays(10), "DECIDED",
                        monday(45), List.of("UNSAFE_ENVIRONMENT"),
                        List.of(new Step(45, "PROPOSED", "Föreslagen efter trygghetsvandring.", coordinator),
                                new Step(41, "DECIDED", "Beslutad, ska vara klar före mörkret.", manager))),
                new Measure("Trygghetsvandring i Limmared",
                        "Vandring med boende, polis och kommunen för att hitta otrygga platser i Limmared.",
                        "Rapporter om skadegörelse och mörka platser kring torget.",
                        DemoGeography.LIMMARED, safety, "Säkerhetssamordnare", today.minusDays(100), today.minusDays(80), "DONE",
                        monday(110), List.of("UNSAFE_ENVIRONMENT", "VANDALISM"),
                        List.of(new Step(110, "PROPOSED", "Föreslagen av lokala BRÅ.", coordinator),
                                new Step(105, "DECIDED", "Beslutad.", manager),
                                new Step(84, "DONE", "Genomförd med ett tjugotal deltagare; förslagen tas upp på trygghetsmötet.",
                                        coordinator))));

        for (Measure measure : measures) {
            insert(measure, areas);
        }
        return measures.size();
    }

    /** The knowledge bank's method a demo measure uses, where one fits. */
    private static final Map<String, String> METHODS = Map.of(
            "Förstärkt belysning på gång- och cykelvägen vid stationen", "gatubelysning",
            "Trygghetsvandring i Limmared", "trygghetsvandring");

    private void insert(Measure measure, Map<String, Long> areas) {
        long id = jdbc.sql("""
                        INSERT INTO measure (municipality_code, title, description, problem, area_id, owner_organisation_id,
                                             owner_person, start_date, due_date, status, proposed_in_week, created_at, method)
                        VALUES (:municipality, :title, :description, :problem, :area, :owner,
                                :ownerPerson, :start, :due, :status, :week, :createdAt, :method)
                        RETURNING id
                        """)
                .param("municipality", municipality)
                .param("title", measure.title())
                .param("description", measure.description())
                .param("problem", measure.problem())
                .param("area", areas.get(measure.area()))
                .param("owner", measure.owner())
                .param("ownerPerson", measure.ownerPerson())
                .param("start", measure.start())
                .param("due", measure.due())
                .param("status", measure.status())
                .param("week", measure.proposedInWeek())
                .param("createdAt", at(measure.steps().get(0).daysAgo()))
                .param("method", METHODS.get(measure.title()))
                .query(Long.class)
                .single();
        for (String category : measure.categories()) {
            jdbc.sql("""
                            INSERT INTO measure_category (measure_id, category_id)
                            SELECT :measure, id FROM incident_category WHERE municipality_code = :municipality AND code = :code
                            """)
                    .param("measure", id)
                    .param("municipality", municipality)
                    .param("code", category)
                    .update();
        }
        for (Step step : measure.steps()) {
            jdbc.sql("""
                            INSERT INTO measure_event (measure_id, status, note, author_id, created_at)
                            VALUES (:measure, :status, :note, :author, :createdAt)
                            """)
                    .param("measure", id)
                    .param("status", step.status())
                    .param("note", step.note())
                    .param("author", step.author())
                    .param("createdAt", at(step.daysAgo()))
                    .update();
        }
    }

    /** Monday of the week {@code daysAgo} days before today. */
    private LocalDate monday(int daysAgo) {
        return today.minusDays(daysAgo).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /** Ten in the morning, {@code daysAgo} days before today. */
    private OffsetDateTime at(int daysAgo) {
        return today.minusDays(daysAgo).atTime(LocalTime.of(10, 0)).atZone(zone).toOffsetDateTime();
    }
}
