package se.trygghetsnav.incident;

import java.time.format.DateTimeParseException;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.trygghetsnav.account.Actor;
import se.trygghetsnav.measure.MeasureService;
import se.trygghetsnav.platform.InvalidInputException;
import se.trygghetsnav.platform.NotFoundException;

/** The week's lägesbild and the EST cycle around it. */
@Controller
@RequestMapping("/lagesbild/vecka")
class WeeklyController {

    private final WeeklyPictureService weekly;
    private final MeasureService measures;
    private final HotspotService hotspots;
    private final PatternService patterns;

    WeeklyController(WeeklyPictureService weekly, MeasureService measures, HotspotService hotspots, PatternService patterns) {
        this.weekly = weekly;
        this.measures = measures;
        this.hotspots = hotspots;
        this.patterns = patterns;
    }

    /** The last complete week: the one the EST meeting compiles and analyses. */
    @GetMapping
    String current() {
        return "redirect:/lagesbild/vecka/" + weekly.currentWeek().plus(-1);
    }

    @GetMapping("/{week}")
    String show(Actor actor, @PathVariable String week, Model model) {
        IsoWeek isoWeek = week(week);
        model.addAttribute("actor", actor);
        model.addAttribute("picture", weekly.compile(actor, isoWeek));
        model.addAttribute("previousWeek", isoWeek.plus(-1));
        model.addAttribute("nextWeek", isoWeek.plus(1));
        model.addAttribute("levels", AssessmentLevel.values());
        model.addAttribute("measures", measures.proposedInWeek(actor.municipalityCode(), isoWeek.monday()));
        // hot spots of the same nine weeks the comparison uses
        HotspotQuery window = new HotspotQuery(isoWeek.plus(-WeekComparison.BASELINE_WEEKS).monday(), isoWeek.sunday(), List.of(), null,
                9, 1, false);
        model.addAttribute("hotspotWindow", window);
        model.addAttribute("hotspots", hotspots.analyse(actor, window).hotSpots().stream().limit(5).toList());
        model.addAttribute("pattern", patterns.timePattern(actor, window));
        return "incident/week";
    }

    @PostMapping("/{week}/analys")
    String analysis(Actor actor, @PathVariable String week, @RequestParam(defaultValue = "") String analysis,
            RedirectAttributes flash) {
        weekly.saveAnalysis(actor, week(week), analysis);
        flash.addFlashAttribute("message", "week.analysis.saved");
        return "redirect:/lagesbild/vecka/" + week + "#analys";
    }

    @PostMapping("/{week}/bedomning")
    String assess(Actor actor, @PathVariable String week, @RequestParam long area,
            @RequestParam(defaultValue = "GREEN") AssessmentLevel level, @RequestParam(defaultValue = "") String motivation,
            RedirectAttributes flash) {
        try {
            weekly.assessArea(actor, week(week), area, level, motivation);
            flash.addFlashAttribute("message", "week.assessment.saved");
        } catch (InvalidInputException e) {
            flash.addFlashAttribute("assessmentError", e.problems().get(0).message());
            flash.addFlashAttribute("assessmentArea", area);
            flash.addFlashAttribute("assessmentMotivation", motivation);
        }
        return "redirect:/lagesbild/vecka/" + week + "#omrade-" + area;
    }

    @PostMapping("/{week}/skicka-till-chef")
    String sendToManagers(Actor actor, @PathVariable String week, RedirectAttributes flash) {
        int managers = weekly.sendToManagers(actor, week(week));
        flash.addFlashAttribute("message", "week.sent");
        flash.addFlashAttribute("count", managers);
        return "redirect:/lagesbild/vecka/" + week + "#cykel";
    }

    @PostMapping("/{week}/beslut")
    String decide(Actor actor, @PathVariable String week, @RequestParam(defaultValue = "") String decision,
            RedirectAttributes flash) {
        try {
            weekly.recordDecision(actor, week(week), decision);
            flash.addFlashAttribute("message", "week.decided");
        } catch (InvalidInputException e) {
            flash.addFlashAttribute("cycleError", e.problems().get(0).message());
        }
        return "redirect:/lagesbild/vecka/" + week + "#cykel";
    }

    @PostMapping("/{week}/aterkoppling")
    String feedback(Actor actor, @PathVariable String week, @RequestParam(defaultValue = "") String feedback,
            RedirectAttributes flash) {
        try {
            int reporters = weekly.sendFeedback(actor, week(week), feedback);
            flash.addFlashAttribute("message", "week.feedbackSent");
            flash.addFlashAttribute("count", reporters);
        } catch (InvalidInputException e) {
            flash.addFlashAttribute("cycleError", e.problems().get(0).message());
            flash.addFlashAttribute("feedbackDraft", feedback);
        }
        return "redirect:/lagesbild/vecka/" + week + "#cykel";
    }

    private static IsoWeek week(String text) {
        try {
            return IsoWeek.parse(text);
        } catch (DateTimeParseException e) {
            throw new NotFoundException("Ingen sådan vecka: " + text);
        }
    }
}
