package se.trygghetsnav.knowledge;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.trygghetsnav.platform.NotFoundException;

/** The knowledge bank as JSON; public like the pages. */
@RestController
@RequestMapping("/api/v1/knowledge")
class KnowledgeApiController {

    private final KnowledgeBank bank;

    KnowledgeApiController(KnowledgeBank bank) {
        this.bank = bank;
    }

    /** Every article, or those with a tag, or (with {@code q}) the search hits. */
    @GetMapping
    List<ArticleSummary> list(@RequestParam(required = false) String tag, @RequestParam(required = false) String q) {
        if (q != null) {
            return bank.search(q).stream()
                    .map(hit -> bank.find(hit.slug()).map(ArticleSummary::of).orElseThrow())
                    .toList();
        }
        List<Article> articles = tag == null || tag.isBlank() ? bank.all() : bank.byTag(tag);
        return articles.stream().map(ArticleSummary::of).toList();
    }

    @GetMapping("/{slug}")
    ArticleDetail article(@PathVariable String slug) {
        return bank.find(slug).map(ArticleDetail::of).orElseThrow(() -> new NotFoundException("Artikeln finns inte"));
    }

    record ArticleSummary(String slug, String title, String summary, Article.Kind kind, List<String> tags,
            List<String> questions, String href) {
        static ArticleSummary of(Article a) {
            return new ArticleSummary(a.slug(), a.title(), a.summary(), a.kind(), a.tags(), a.questions(), "/kunskap/" + a.slug());
        }
    }

    record ArticleDetail(String slug, String title, String summary, Article.Kind kind, List<String> tags,
            List<String> questions, String evidence, String html) {
        static ArticleDetail of(Article a) {
            return new ArticleDetail(a.slug(), a.title(), a.summary(), a.kind(), a.tags(), a.questions(), a.evidence(), a.html());
        }
    }
}
