package se.trygghetsnav.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Tranemo's safety work in the open, as seed 004 describes it: safety walks with observations and
 * their follow-up dates, safety meetings with the fixed agenda, the working groups BRÅ Unga and BRÅ
 * Trafik, and a citizen promise of police and municipality (seed 003).
 */
final class DemoSafetyWork {

    private static final String AGENDA = """
            18.00 Välkomna, uppföljning av trygghetsvandringen, kommunpolisen ger nulägesbeskrivning
            18.30 Fika
            18.45 Föreläsning utifrån önskat tema
            19.45 Frågor och dialog
            20.00 Tack för ikväll""";

    private record Observation(String category, double latitude, double longitude, String seen, String improvement,
            String whoShouldAct) {}

    private final JdbcClient jdbc;
    private final String municipality;
    private final LocalDate today;
    private final ZoneId zone;

    DemoSafetyWork(JdbcClient jdbc, String municipality, LocalDate today, ZoneId zone) {
        this.jdbc = jdbc;
        this.municipality = municipality;
        this.today = today;
        this.zone = zone;
    }

    /** @return the number of walks inserted */
    int insert(Map<String, Long> organisations) {
        LocalDate springWalk = today.minusMonths(8).with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY));
        long limmared = completedWalk("Limmared", springWalk, "Busshållplatsen vid Limmareds station",
                "Tranemo kommun, Lokalpolisområde Borås, Tranemo Bostäder AB", 14, true, List.of(
                        new Observation("LIGHTING", 57.5385, 13.3552, "Gångtunneln under järnvägen är mörk, två armaturer trasiga.",
                                "Byt armaturerna och sätt ljusare LED-belysning i tunneln.", "Tranemo kommun, gatuenheten"),
                        new Observation("VEGETATION", 57.5372, 13.3530, "Buskar skymmer sikten längs gångvägen till skolan.",
                                "Beskär buskarna till knähöjd längs gångvägen.", "Tranemo Bostäder AB")));
        LocalDate autumnWalk = today.minusWeeks(5).with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY));
        completedWalk("Dalstorp", autumnWalk, "Torget i Dalstorp", "Tranemo kommun, Lokalpolisområde Borås, Nattvandrarna",
                9, false, List.of(
                        new Observation("DESERTED", 57.6085, 13.5170, "Parkeringen bakom affären är öde och oupplyst på kvällen.",
                                "Belysning och en tydlig gångväg till busshållplatsen.", "Tranemo kommun"),
                        new Observation("GRAFFITI", 57.6079, 13.5151, "Klotter på busskuren och elskåpet.",
                                "Sanera inom en vecka enligt klotterpolicyn.", "Tranemo kommun, fastighetsenheten")));
        long grimsasLocality = locality("Grimsås");
        jdbc.sql("""
                        INSERT INTO safety_walk (municipality_code, locality_id, walk_date, start_time, meeting_point,
                                                 invited_organisations, route)
                        VALUES (:m, :l, :d, '18:00', :p, :o, :r)
                        """)
                .param("m", municipality).param("l", grimsasLocality)
                .param("d", today.plusWeeks(3).with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY)))
                .param("p", "Grimsås bygdegård").param("o", "Tranemo kommun, Lokalpolisområde Borås, Räddningstjänsten Sjuhärad")
                .param("r", "{\"type\":\"LineString\",\"coordinates\":[[13.5620,57.4910],[13.5645,57.4922],[13.5668,57.4915],"
                        + "[13.5650,57.4898],[13.5620,57.4910]]}")
                .update();

        jdbc.sql("""
                        INSERT INTO safety_meeting (municipality_code, locality_id, walk_id, meeting_date, theme, place, agenda,
                                                    invited_experts, notes, questions)
                        VALUES (:m, :l, :w, :d, :t, :p, :a, :e, :n, :q)
                        """)
                .param("m", municipality).param("l", locality("Limmared")).param("w", limmared)
                .param("d", springWalk.plusWeeks(3)).param("t", "Trygg i trafiken").param("p", "Limmareds bygdegård")
                .param("a", AGENDA).param("e", "Kommunpolisen, trafikingenjör från kommunen")
                .param("n", "25 boende kom. Kommunpolisen beskrev läget: färre inbrott, fler klagomål på buskörning.")
                .param("q", "Fråga: När lagas belysningen i tunneln? Svar: Armaturerna byts i oktober.")
                .update();
        jdbc.sql("""
                        INSERT INTO safety_meeting (municipality_code, locality_id, meeting_date, theme, place, agenda, invited_experts)
                        VALUES (:m, :l, :d, :t, :p, :a, :e)
                        """)
                .param("m", municipality).param("l", locality("Tranemo"))
                .param("d", today.plusWeeks(2).with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY)))
                .param("t", "Grannsamverkan mot inbrott").param("p", "Kommunhuset, sessionssalen").param("a", AGENDA)
                .param("e", "Kommunpolisen, Samverkan mot brott")
                .update();

        workingGroup("BRÅ Unga", "Ungas trygghet och brottsförebyggande arbete bland unga: skola, fritid, socialtjänst och polis.",
                "Rektor gymnasiet (Tranemo gymnasieskola), fritidsgårdschef, socialsekreterare, kommunpolis",
                today.minusMonths(5), "Skolan rapporterar färre konflikter på rasterna. Fritidsgården utökar öppettiderna på fredagar.",
                "Förslag till samordnaren: nattvandring fredagar vid stationen under hösten.");
        workingGroup("BRÅ Trafik", "Trafiksäkerhet: hastigheter, skolvägar och buskörning med moped och epa-traktor.",
                "Trafikingenjör, kommunpolis, representant för Räddningstjänsten Sjuhärad",
                today.minusMonths(7), "Hastighetsmätning på Storgatan visar att var tredje bil kör för fort.",
                "Förslag till samordnaren: farthinder vid skolan och riktad trafikkontroll.");

        promise(organisations);
        return 3;
    }

    private long completedWalk(String localityName, LocalDate date, String meetingPoint, String participants, int residents,
            boolean followUpHeld, List<Observation> observations) {
        LocalDate meeting = date.plusWeeks(3);
        long walk = jdbc.sql("""
                        INSERT INTO safety_walk (municipality_code, locality_id, walk_date, start_time, meeting_point,
                                                 invited_organisations, participant_organisations, resident_count, completed_at,
                                                 follow_up_meeting_date, follow_up_meeting_done, feedback_date)
                        VALUES (:m, :l, :d, '18:00', :p, :o, :o, :r, :c, :fm, :done, :fb)
                        RETURNING id
                        """)
                .param("m", municipality).param("l", locality(localityName)).param("d", date).param("p", meetingPoint)
                .param("o", participants).param("r", residents)
                .param("c", date.atTime(LocalTime.of(20, 30)).atZone(zone).toOffsetDateTime())
                .param("fm", meeting).param("done", followUpHeld).param("fb", date.plusMonths(6))
                .query(Long.class).single();
        for (Observation observation : observations) {
            jdbc.sql("""
                            INSERT INTO walk_observation (walk_id, municipality_code, category, latitude, longitude, seen,
                                                          improvement, who_should_act)
                            VALUES (:w, :m, :c, :lat, :lon, :s, :i, :who)
                            """)
                    .param("w", walk).param("m", municipality).param("c", observation.category())
                    .param("lat", observation.latitude()).param("lon", observation.longitude()).param("s", observation.seen())
                    .param("i", observation.improvement()).param("who", observation.whoShouldAct())
                    .update();
        }
        return walk;
    }

    private void workingGroup(String name, String purpose, String members, LocalDate lastMeeting, String minutes,
            String toCoordinator) {
        long group = jdbc.sql("""
                        INSERT INTO working_group (municipality_code, name, purpose, members, meetings_per_year)
                        VALUES (:m, :n, :p, :mem, 2) RETURNING id
                        """)
                .param("m", municipality).param("n", name).param("p", purpose).param("mem", members)
                .query(Long.class).single();
        jdbc.sql("""
                        INSERT INTO working_group_meeting (group_id, municipality_code, meeting_date, minutes, decisions, to_coordinator)
                        VALUES (:g, :m, :d, :min, :dec, :to)
                        """)
                .param("g", group).param("m", municipality).param("d", lastMeeting).param("min", minutes)
                .param("dec", "Gruppen följer upp vid nästa möte.").param("to", toCoordinator)
                .update();
    }

    private void promise(Map<String, Long> organisations) {
        LocalDate from = LocalDate.of(today.getYear(), 1, 1);
        long promise = jdbc.sql("""
                        INSERT INTO citizen_promise (municipality_code, title, promise_text, period_from, period_to,
                                                     focus_problems, published)
                        VALUES (:m, :t, :x, :from, :to, :f, true) RETURNING id
                        """)
                .param("m", municipality).param("t", "Medborgarlöfte för Tranemo " + from.getYear() + "–" + (from.getYear() + 1))
                .param("x", "Polisen och Tranemo kommun lovar att tillsammans arbeta för en tryggare centrummiljö och "
                        + "säkrare trafik. Vi har lyssnat på er vid trygghetsvandringar, trygghetsmöten och i "
                        + "medborgardialoger, och det här är vad vi gör.")
                .param("from", from).param("to", from.plusYears(2).minusDays(1))
                .param("f", "Otrygghet vid stationen kvällstid\nTrafiksäkerhet och buskörning\nBelysning längs gång- och cykelvägar")
                .query(Long.class).single();
        long police = organisations.get(DemoData.POLICE);
        long safety = organisations.get(DemoData.SAFETY_DEPARTMENT);
        for (long party : List.of(police, safety)) {
            jdbc.sql("INSERT INTO citizen_promise_party (promise_id, organisation_id) VALUES (:p, :o)")
                    .param("p", promise).param("o", party).update();
        }
        activity(promise, "Polisen är synlig vid stationen fredagar och lördagar kvällstid.", police, "ONGOING", null);
        activity(promise, "Riktade trafikkontroller mot buskörning på Storgatan varje månad.", police, "ONGOING", null);
        activity(promise, "Kommunen ser över belysningen längs gång- och cykelvägarna i centrum.", safety, "DONE",
                from.plusMonths(9));
        activity(promise, "Trygghetsvandring i varje ort under mandatperioden.", safety, "PLANNED",
                from.plusYears(2).minusDays(1));
    }

    private void activity(long promise, String description, long owner, String status, LocalDate due) {
        jdbc.sql("""
                        INSERT INTO citizen_promise_activity (promise_id, municipality_code, description, owner_organisation_id,
                                                              status, due_date)
                        VALUES (:p, :m, :d, :o, :s, :due)
                        """)
                .param("p", promise).param("m", municipality).param("d", description).param("o", owner)
                .param("s", status).param("due", due)
                .update();
    }

    private long locality(String name) {
        return jdbc.sql("SELECT id FROM locality WHERE municipality_code = :m AND name = :n")
                .param("m", municipality).param("n", name).query(Long.class).single();
    }
}
