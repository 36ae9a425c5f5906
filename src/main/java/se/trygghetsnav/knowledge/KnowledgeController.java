package se.trygghetsnav.knowledge;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import se.trygghetsnav.platform.NotFoundException;
import se.trygghetsnav.survey.Instrument;
import se.trygghetsnav.survey.InstrumentCatalog;

/** The public knowledge bank: the list (methods first), search, and one article. */
@Controller
@RequestMapping("/kunskap")
class KnowledgeController {

    private final KnowledgeBank bank;
    private final InstrumentCatalog instruments;

    KnowledgeController(KnowledgeBank bank, InstrumentCatalog instruments) {
        this.bank = bank;
        this.instruments = instruments;
    }

    @GetMapping
    String list(@RequestParam(required = false) String tag, Model model) {
        List<Article> shown = tag == null || tag.isBlank() ? bank.all() : bank.byTag(tag);
        model.addAttribute("tag", tag == null || tag.isBlank() ? null : tag.strip());
        model.addAttribute("methods", shown.stream().filter(Article::isMethod).toList());
        model.addAttribute("articles", shown.stream().filter(article -> !article.isMethod()).toList());
        model.addAttribute("tags", bank.tags());
        model.addAttribute("q", "");
        return "knowledge/list";
    }

    @GetMapping("/sok")
    String search(@RequestParam(required = false) String q, Model model) {
        String query = q == null ? "" : q.strip();
        model.addAttribute("q", query);
        model.addAttribute("hits", bank.search(query));
        return "knowledge/search";
    }

    @GetMapping("/{slug}")
    String article(@PathVariable String slug, Model model) {
        Article article = bank.find(slug).orElseThrow(() -> new NotFoundException("Artikeln finns inte"));
        Optional<Instrument> barometer = instruments.latest("trygghetsbarometern");
        model.addAttribute("article", article);
        model.addAttribute("questions", barometer
                .map(instrument -> article.questions().stream()
                        .map(instrument::question)
                        .flatMap(Optional::stream)
                        .filter(Objects::nonNull)
                        .toList())
                .orElse(List.of()));
        model.addAttribute("q", "");
        return "knowledge/article";
    }
}
