package se.trygghetsnav.incident;

import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.BeanWrapperImpl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.trygghetsnav.account.AccountService;
import se.trygghetsnav.account.Actor;
import se.trygghetsnav.measure.Measure;
import se.trygghetsnav.measure.MeasureForm;
import se.trygghetsnav.municipality.MunicipalityService;
import se.trygghetsnav.platform.InvalidInputException;
import se.trygghetsnav.platform.Role;

/**
 * The period lägesbild and its action plan as pages: the list with the create form, the document
 * with its three parts, choices of sources and prioritised problems, the action plan, and the
 * PDF and Excel downloads. Every form works without JavaScript (Post/Redirect/Get).
 */
@Controller
@RequestMapping("/lagesbild/perioder")
class SituationPictureController {

    private static final String MESSAGE = "message";
    private static final String BASE = "/lagesbild/perioder/";
    /** Where a text form returns to on the document page. */
    private static final Set<String> SECTIONS = Set.of("kartlaggning", "ovrigt", "analys", "kallor");
    private static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final SituationPictureService pictures;
    private final SituationPicturePdf pdf;
    private final SituationPictureExcel excel;
    private final HotspotService hotspots;
    private final PatternService patterns;
    private final MunicipalityService municipalities;
    private final IncidentService incidents;
    private final AccountService accounts;

    SituationPictureController(SituationPictureService pictures, SituationPicturePdf pdf, SituationPictureExcel excel,
            MunicipalityService municipalities, IncidentService incidents, AccountService accounts, HotspotService hotspots, PatternService patterns) {
        this.hotspots = hotspots;
        this.patterns = patterns;
        this.pictures = pictures;
        this.pdf = pdf;
        this.excel = excel;
        this.municipalities = municipalities;
        this.incidents = incidents;
        this.accounts = accounts;
    }

    @GetMapping
    String list(Actor actor, Model model) {
        model.addAttribute("pictureForm", SituationPictureForm.lastYear(pictures.today()));
        return listPage(actor, model);
    }

    @PostMapping
    String create(Actor actor, @ModelAttribute("pictureForm") SituationPictureForm form, BindingResult errors, Model model,
            RedirectAttributes flash) {
        actor.require(Role.COORDINATOR);
        if (errors.hasErrors()) {
            return listPage(actor, model);
        }
        SituationPicture picture;
        try {
            picture = pictures.create(actor, form.title(), form.from(), form.to());
        } catch (InvalidInputException invalid) {
            reject(errors, invalid);
            return listPage(actor, model);
        }
        flash.addFlashAttribute(MESSAGE, "picture.created");
        return "redirect:" + BASE + picture.id();
    }

    @GetMapping("/{id:\\d+}")
    String document(Actor actor, @PathVariable long id, Model model) {
        model.addAttribute("problemForm", SituationPictureProblemForm.empty());
        return documentPage(actor, id, model);
    }

    @PostMapping("/{id:\\d+}/texter")
    String texts(Actor actor, @PathVariable long id, @ModelAttribute SituationPictureTexts texts,
            @RequestParam(defaultValue = "analys") String section, RedirectAttributes flash) {
        String anchor = SECTIONS.contains(section) ? section : "analys";
        try {
            pictures.updateTexts(actor, id, texts);
            flash.addFlashAttribute(MESSAGE, "picture.texts.saved");
        } catch (InvalidInputException invalid) {
            flash.addFlashAttribute("textError", invalid.problems().get(0).message());
        }
        return "redirect:" + BASE + id + "#" + anchor;
    }

    @GetMapping("/{id:\\d+}/problem/nytt")
    String newProblem(Actor actor, @PathVariable long id, Model model) {
        actor.require(Role.COORDINATOR);
        model.addAttribute("problemForm", SituationPictureProblemForm.empty());
        return problemPage(actor, id, null, model);
    }

    @PostMapping("/{id:\\d+}/problem")
    String addProblem(Actor actor, @PathVariable long id, @ModelAttribute("problemForm") SituationPictureProblemForm form,
            BindingResult errors, Model model, RedirectAttributes flash) {
        actor.require(Role.COORDINATOR);
        if (errors.hasErrors()) {
            return problemPage(actor, id, null, model);
        }
        SituationPictureProblem problem;
        try {
            problem = pictures.addProblem(actor, id, form);
        } catch (InvalidInputException invalid) {
            reject(errors, invalid);
            return problemPage(actor, id, null, model);
        }
        flash.addFlashAttribute(MESSAGE, "picture.problem.added");
        return "redirect:" + BASE + id + "#problem-" + problem.id();
    }

    @GetMapping("/{id:\\d+}/problem/{problemId:\\d+}")
    String editProblem(Actor actor, @PathVariable long id, @PathVariable long problemId, Model model) {
        actor.require(Role.COORDINATOR);
        SituationPictureProblem problem = pictures.problem(actor, id, problemId);
        model.addAttribute("problemForm", SituationPictureProblemForm.of(problem));
        return problemPage(actor, id, problem, model);
    }

    @PostMapping("/{id:\\d+}/problem/{problemId:\\d+}")
    String updateProblem(Actor actor, @PathVariable long id, @PathVariable long problemId,
            @ModelAttribute("problemForm") SituationPictureProblemForm form, BindingResult errors, Model model,
            RedirectAttributes flash) {
        actor.require(Role.COORDINATOR);
        SituationPictureProblem problem = pictures.problem(actor, id, problemId);
        if (errors.hasErrors()) {
            return problemPage(actor, id, problem, model);
        }
        try {
            pictures.updateProblem(actor, id, problemId, form);
        } catch (InvalidInputException invalid) {
            reject(errors, invalid);
            return problemPage(actor, id, problem, model);
        }
        flash.addFlashAttribute(MESSAGE, "picture.problem.updated");
        return "redirect:" + BASE + id + "#problem-" + problemId;
    }

    @PostMapping("/{id:\\d+}/problem/{problemId:\\d+}/ta-bort")
    String removeProblem(Actor actor, @PathVariable long id, @PathVariable long problemId, RedirectAttributes flash) {
        pictures.removeProblem(actor, id, problemId);
        flash.addFlashAttribute(MESSAGE, "picture.problem.removed");
        return "redirect:" + BASE + id + "#problem";
    }

    @PostMapping("/{id:\\d+}/problem/{problemId:\\d+}/atgarder")
    String link(Actor actor, @PathVariable long id, @PathVariable long problemId,
            @RequestParam(required = false) Long measureId, RedirectAttributes flash) {
        if (measureId == null) {
            actor.require(Role.COORDINATOR);
            pictures.problem(actor, id, problemId);
            flash.addFlashAttribute("linkError", problemId);
            return "redirect:" + BASE + id + "#problem-" + problemId;
        }
        try {
            pictures.linkMeasure(actor, id, problemId, measureId);
            flash.addFlashAttribute(MESSAGE, "picture.measure.linked");
        } catch (InvalidInputException invalid) {
            flash.addFlashAttribute("linkError", problemId);
        }
        return "redirect:" + BASE + id + "#problem-" + problemId;
    }

    @PostMapping("/{id:\\d+}/problem/{problemId:\\d+}/atgarder/{measureId:\\d+}/ta-bort")
    String unlink(Actor actor, @PathVariable long id, @PathVariable long problemId, @PathVariable long measureId,
            RedirectAttributes flash) {
        pictures.unlinkMeasure(actor, id, problemId, measureId);
        flash.addFlashAttribute(MESSAGE, "picture.measure.unlinked");
        return "redirect:" + BASE + id + "#problem-" + problemId;
    }

    @GetMapping("/{id:\\d+}/problem/{problemId:\\d+}/ny-atgard")
    String proposeForm(Actor actor, @PathVariable long id, @PathVariable long problemId, Model model) {
        actor.require(Role.COORDINATOR);
        SituationPictureProblem problem = pictures.problem(actor, id, problemId);
        // area and category follow the problem's; the goal's date is a first guess at the deadline
        model.addAttribute("measureForm", new MeasureForm("", "", "", null, null, "", null, problem.goal().timeBound(), List.of()));
        return measurePage(actor, id, problem, model);
    }

    @PostMapping("/{id:\\d+}/problem/{problemId:\\d+}/ny-atgard")
    String propose(Actor actor, @PathVariable long id, @PathVariable long problemId,
            @ModelAttribute("measureForm") MeasureForm form, BindingResult errors, Model model, RedirectAttributes flash) {
        actor.require(Role.COORDINATOR);
        SituationPictureProblem problem = pictures.problem(actor, id, problemId);
        if (errors.hasErrors()) {
            return measurePage(actor, id, problem, model);
        }
        try {
            pictures.proposeMeasure(actor, id, problemId, form);
        } catch (InvalidInputException invalid) {
            reject(errors, invalid);
            return measurePage(actor, id, problem, model);
        }
        flash.addFlashAttribute(MESSAGE, "picture.measure.proposed");
        return "redirect:" + BASE + id + "#problem-" + problemId;
    }

    @GetMapping("/{id:\\d+}/atgardsplan")
    String actionPlan(Actor actor, @PathVariable long id, Model model) {
        model.addAttribute("actor", actor);
        model.addAttribute("plan", pictures.actionPlan(actor, id));
        model.addAttribute("coordinator", actor.has(Role.COORDINATOR));
        return "incident/action-plan";
    }

    @GetMapping("/{id:\\d+}.pdf")
    ResponseEntity<byte[]> picturePdf(Actor actor, @PathVariable long id) {
        SituationPictureDocument document = pictures.document(actor, id);
        return download(pdf.picture(document, actor.municipalityName(), hotSpots(actor, document)), MediaType.APPLICATION_PDF,
                "lagesbild-" + id + ".pdf");
    }

    @GetMapping("/{id:\\d+}/atgardsplan.pdf")
    ResponseEntity<byte[]> actionPlanPdf(Actor actor, @PathVariable long id) {
        ActionPlan plan = pictures.actionPlan(actor, id);
        return download(pdf.actionPlan(plan, actor.municipalityName()), MediaType.APPLICATION_PDF, "atgardsplan-" + id + ".pdf");
    }

    @GetMapping("/{id:\\d+}.xlsx")
    ResponseEntity<byte[]> workbook(Actor actor, @PathVariable long id) {
        SituationPictureDocument document = pictures.document(actor, id);
        return download(excel.render(document, pictures.actionPlan(actor, id), hotSpots(actor, document),
                patterns.timePattern(actor, periodQuery(document))), XLSX, "lagesbild-" + id + ".xlsx");
    }

    /** The period's strongest hot spots (resolution 9, corrected for many tests: a year has many cells). */
    private List<HotspotAnalysis.Cell> hotSpots(Actor actor, SituationPictureDocument document) {
        return hotspots.analyse(actor, periodQuery(document)).hotSpots().stream().limit(10).toList();
    }

    private static HotspotQuery periodQuery(SituationPictureDocument document) {
        return new HotspotQuery(document.picture().from(), document.picture().to(), List.of(), null, 9, 1, true);
    }

    private String listPage(Actor actor, Model model) {
        model.addAttribute("actor", actor);
        model.addAttribute("pictures", pictures.list(actor));
        model.addAttribute("canCreate", actor.has(Role.COORDINATOR));
        return "incident/picture-list";
    }

    private String documentPage(Actor actor, long id, Model model) {
        SituationPictureDocument document = pictures.document(actor, id);
        boolean coordinator = actor.has(Role.COORDINATOR);
        model.addAttribute("actor", actor);
        model.addAttribute("document", document);
        model.addAttribute("picture", document.picture());
        model.addAttribute("mapping", document.mapping());
        model.addAttribute("hotspots", hotSpots(actor, document));
        model.addAttribute("pattern", patterns.timePattern(actor, periodQuery(document)));
        model.addAttribute("canWrite", actor.has(Role.COORDINATOR, Role.ANALYST));
        model.addAttribute("coordinator", coordinator);
        List<Measure> measures = pictures.linkableMeasures(actor);
        model.addAttribute("measures", measures);
        model.addAttribute("measureById", measures.stream().collect(Collectors.toMap(Measure::id, Function.identity())));
        if (coordinator) {
            problemChoices(actor, model);
        }
        // per problem, the measures not yet linked to it
        model.addAttribute("linkChoices", document.problems().stream().collect(Collectors.toMap(SituationPictureProblem::id,
                p -> measures.stream().filter(m -> !p.measureIds().contains(m.id())).toList())));
        model.addAttribute("today", pictures.today());
        return "incident/picture";
    }

    private String problemPage(Actor actor, long id, SituationPictureProblem problem, Model model) {
        model.addAttribute("actor", actor);
        model.addAttribute("picture", pictures.get(actor, id));
        model.addAttribute("problem", problem);
        problemChoices(actor, model);
        return "incident/picture-problem";
    }

    private String measurePage(Actor actor, long id, SituationPictureProblem problem, Model model) {
        model.addAttribute("actor", actor);
        model.addAttribute("picture", pictures.get(actor, id));
        model.addAttribute("problem", problem);
        model.addAttribute("organisations", accounts.organisations(actor.municipalityCode()));
        return "incident/picture-measure";
    }

    private void problemChoices(Actor actor, Model model) {
        model.addAttribute("areas", municipalities.areas(actor.municipalityCode()));
        model.addAttribute("categories", incidents.categories(actor.municipalityCode()));
    }

    private static ResponseEntity<byte[]> download(byte[] content, MediaType type, String filename) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString())
                .body(content);
    }

    /** The service's problems beside their fields, or above the form when no field matches. */
    private static void reject(BindingResult errors, InvalidInputException invalid) {
        Object target = errors.getTarget();
        for (InvalidInputException.InputProblem problem : invalid.problems()) {
            if (target != null && new BeanWrapperImpl(target).isReadableProperty(problem.field())) {
                errors.rejectValue(problem.field(), "picture.invalid", problem.message());
            } else {
                errors.reject("picture.invalid", problem.message());
            }
        }
    }
}
