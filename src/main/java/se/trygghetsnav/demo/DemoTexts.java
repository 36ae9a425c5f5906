package se.trygghetsnav.demo;

import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Short Swedish report descriptions per category, without personal data. In a template {@code {p}}
 * is the place ("stationen"), {@code {n}} the number of people ("ca 12" or "10–15") and
 * {@code {m}} a small number of square metres.
 */
final class DemoTexts {

    private static final Map<String, List<String>> TEMPLATES = Map.ofEntries(
            Map.entry("VANDALISM", List.of(
                    "Krossad ruta i busskuren vid {p}.",
                    "Sönderslagen belysningsarmatur vid {p}.",
                    "Sparkade papperskorgar och trasiga bänkar vid {p}.",
                    "Skadegörelse på parkerade cyklar vid {p}.",
                    "Uppbrutet elskåp vid {p}.",
                    "Trasig glasruta i entrédörren vid {p}.",
                    "Nedriven skylt och välta blomlådor vid {p}.",
                    "Sönderslagna backspeglar på parkerade bilar vid {p}.")),
            Map.entry("GRAFFITI", List.of(
                    "Klotter på gavelväggen mot gång- och cykelvägen vid {p}.",
                    "Nya taggar på elskåp vid {p}.",
                    "Klotter i busskuren och på skyltar vid {p}.",
                    "Omfattande klotter på fasaden vid {p}, ca {m} kvadratmeter.",
                    "Klotter med kränkande innehåll på vägg vid {p}, bör saneras snabbt.",
                    "Taggar på papperskorgar och lyktstolpar vid {p}.")),
            Map.entry("LITTERING", List.of(
                    "Mycket skräp och glasflaskor kvar efter helgen vid {p}.",
                    "Överfulla papperskorgar och nedskräpning vid {p}.",
                    "Dumpade sopsäckar och grovavfall vid {p}.",
                    "Krossat glas på gångvägen vid {p}.",
                    "Pizzakartonger och burkar spridda på gräsytan vid {p}.")),
            Map.entry("ARSON", List.of(
                    "Brand i papperskorg vid {p}, släckt av räddningstjänsten.",
                    "Anlagd brand i container vid {p}.",
                    "Smällare i brevlåda vid {p}, mindre brandskada.",
                    "Spår av eldning vid {p}, sotig vägg.",
                    "Brand i soprum vid {p}, rökskador i trapphuset.",
                    "Eld i buskage vid {p}, släckt av förbipasserande.")),
            Map.entry("THEFT", List.of(
                    "Inbrott i källarförråd vid {p}.",
                    "Flera cykelstölder från cykelstället vid {p}.",
                    "Stöld av verktyg ur arbetsbod vid {p}.",
                    "Uppbruten bil på parkeringen vid {p}.",
                    "Försök till inbrott i förråd vid {p}, bruten dörr.",
                    "Stulna utemöbler vid {p}.")),
            Map.entry("THREAT_VIOLENCE", List.of(
                    "Bråk mellan några personer vid {p}, en fick lättare skador.",
                    "Personal hotad i samband med tillsägelse vid {p}.",
                    "Hotfull stämning mellan två grupper vid {p}.",
                    "Misshandel utomhus vid {p}.",
                    "Verbala hot mot förbipasserande vid {p}.",
                    "Uppgift om knivhot vid {p}, ingen skadad.")),
            Map.entry("DRUGS", List.of(
                    "Misstänkt narkotikaförsäljning vid {p}.",
                    "Använda kanyler hittade vid {p}.",
                    "Lukt av cannabis och personer som verkade påverkade vid {p}.",
                    "Misstänkt langning till unga vid {p}.",
                    "Folie och små påsar hittade vid {p}, tyder på narkotikaanvändning.")),
            Map.entry("YOUTH_GATHERING", List.of(
                    "Grupp om {n} ungdomar samlades vid {p}, hög musik och nedskräpning.",
                    "{N} ungdomar på mopeder samlades vid {p} sent på kvällen.",
                    "{N} ungdomar vid {p}, stökigt och högljutt.",
                    "Grupp om {n} ungdomar vid {p} kastade sten mot fönster.",
                    "Återkommande samling av {n} unga vid {p}, alkohol förekom.",
                    "Ungdomar samlades vid {p}, boende upplever otrygghet.")),
            Map.entry("PUBLIC_DISORDER", List.of(
                    "Högljudda personer och bråk vid {p} efter stängning.",
                    "Berusade personer störde vid {p}.",
                    "Fyrverkerier avfyrades mot byggnader vid {p}.",
                    "Störande fest utomhus vid {p}, musik till sent på natten.",
                    "Glasflaskor kastades mot väggar vid {p}.")),
            Map.entry("TRAFFIC", List.of(
                    "Buskörning med mopeder på gång- och cykelvägen vid {p}.",
                    "EPA-traktorer i hög fart vid {p}.",
                    "Bilar som spinner och kör i cirklar på parkeringen vid {p}.",
                    "Crossmotorcyklar kör på grönytorna vid {p}.",
                    "Fortkörning förbi {p} under skoltid.")),
            Map.entry("UNSAFE_ENVIRONMENT", List.of(
                    "Trasig gatubelysning längs gångvägen vid {p}, helt mörkt.",
                    "Igenvuxen vegetation gör gångvägen vid {p} mörk och oöverskådlig.",
                    "Flera armaturer ur funktion vid {p}.",
                    "Mörk passage vid {p} upplevs otrygg, särskilt kvällstid.",
                    "Buskage skymmer sikten vid {p}.")),
            Map.entry("SOCIAL_UNREST", List.of(
                    "Rykten i sociala medier om konflikt mellan grupper, oro vid {p}.",
                    "Oro bland boende efter flera incidenter vid {p}.",
                    "Spänd stämning mellan grupper av unga vid {p}.",
                    "Föräldrar hör av sig om otrygghet vid {p}.")),
            Map.entry("OTHER", List.of(
                    "Övergiven bil har stått vid {p} i flera veckor.",
                    "Lösa hundar vid {p} skrämmer förbipasserande.",
                    "Övergivna kundvagnar vid {p}.",
                    "Skadat staket runt byggarbetsplatsen vid {p}.")));

    private static final List<String> ADDITIONS = List.of(
            " Har hänt flera gånger den senaste tiden.",
            " Fastighetsskötare informerad.",
            " Felanmält.",
            " Upplevs som otryggt av boende.",
            " Åtgärdat samma dag.");

    private static final List<String> RANGES = List.of("5–10", "10–15", "15–20", "ett tiotal");

    private DemoTexts() {}

    /** A description for a report of {@code category} at {@code place}. */
    static String describe(Random random, String category, String place, Integer people) {
        List<String> templates = TEMPLATES.get(category);
        String template = templates.get(random.nextInt(templates.size()));
        String count = people != null ? "ca " + people : RANGES.get(random.nextInt(RANGES.size()));
        String text = template.replace("{p}", place)
                .replace("{n}", count)
                .replace("{N}", Character.toUpperCase(count.charAt(0)) + count.substring(1))
                .replace("{m}", String.valueOf(2 + random.nextInt(14)));
        if (random.nextDouble() < 0.25) {
            text += ADDITIONS.get(random.nextInt(ADDITIONS.size()));
        }
        return text;
    }
}
