package se.trygghetsnav.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import se.trygghetsnav.survey.Instrument;
import se.trygghetsnav.survey.InstrumentCatalog;

/** The article files themselves, without Spring: they parse, are complete and cover the barometer. */
class KnowledgeBankTest {

    private static final List<Article> ARTICLES = KnowledgeBank.loadAll();

    @Test
    void thereAreAtLeastTwentyArticlesWithUniqueSlugsAndCompleteFrontMatter() {
        assertThat(ARTICLES).hasSizeGreaterThanOrEqualTo(20);
        Set<String> slugs = new HashSet<>();
        for (Article article : ARTICLES) {
            assertThat(slugs.add(article.slug())).as("unique slug " + article.slug()).isTrue();
            assertThat(article.slug()).matches("[a-z0-9]+(-[a-z0-9]+)*");
            assertThat(article.title()).as(article.slug()).isNotBlank();
            assertThat(article.summary()).as(article.slug()).isNotBlank();
            assertThat(article.tags()).as(article.slug()).isNotEmpty();
            assertThat(article.questions()).as(article.slug()).isNotEmpty();
            assertThat(article.html()).as(article.slug()).contains("<h2>");
            int words = article.text().split("\\s+").length;
            assertThat(words).as(article.slug() + " words").isBetween(250, 650);
        }
    }

    @Test
    void theMethodsOfTheIssueAreThereAsMethods() {
        Map<String, Article> bySlug = ARTICLES.stream().collect(Collectors.toMap(Article::slug, Function.identity()));
        assertThat(bySlug).containsKeys("est-effektiv-samordning-for-trygghet", "trygghetsvandring", "trygghetsmote",
                "medborgarloften", "grannsamverkan", "centrumsamverkan", "platssamverkan-bid", "purple-flag",
                "trygghetscenter", "kamerabevakning", "gatubelysning");
        assertThat(bySlug.get("trygghetsvandring").kind()).isEqualTo(Article.Kind.METHOD);
        assertThat(bySlug.get("kommunens-ansvar-lag-2023-196").kind()).isEqualTo(Article.Kind.ARTICLE);
        assertThat(bySlug.get("kamerabevakning").text()).contains("-13 %", "76 studier", "6 studier");
        assertThat(bySlug.get("kamerabevakning").evidence()).contains("-13 %", "76 studier", "6 studier");
    }

    @Test
    void everyBarometerQuestionIsHelpedByAtLeastOneArticleAndNoArticleNamesAnUnknownQuestion() throws Exception {
        Instrument barometer;
        try (InputStream in = getClass().getResourceAsStream("/instruments/trygghetsbarometern-v1.json")) {
            barometer = InstrumentCatalog.read(in);
        }
        Set<String> ids = barometer.questions().map(Instrument.Question::id).collect(Collectors.toSet());
        assertThat(ids).hasSize(75).contains("s1.q1", "s11.q8");
        Set<String> covered = ARTICLES.stream().flatMap(article -> article.questions().stream()).collect(Collectors.toSet());
        assertThat(covered).containsAll(ids);
        assertThat(ids).containsAll(covered);
    }

    @Test
    void rawHtmlInMarkdownIsEscapedAndUnsafeLinksAreDropped() {
        String html = ArticleParser.render("Hej <script>alert(1)</script> och <b>fet</b>\n\n[klick](javascript:alert(1))");
        assertThat(html).doesNotContain("<script>", "<b>", "javascript:").contains("&lt;script&gt;");
    }

    @Test
    void incompleteFrontMatterIsRejectedWithTheFileName() {
        assertThatThrownBy(() -> ArticleParser.parse("---\nslug: x\ntitle: X\n---\nText", "x.md"))
                .hasMessageContaining("x.md");
        assertThatThrownBy(() -> ArticleParser.parse("""
                ---
                slug: Inte OK
                title: X
                summary: Y
                kind: METHOD
                tags:
                  - a
                questions:
                  - s1.q1
                ---
                Text""", "y.md")).hasMessageContaining("slug");
    }

    @Test
    void snippetsAreEscapedExceptForTheHighlightMarkers() {
        assertThat(KnowledgeBank.safeSnippet("<img src=x onerror=alert(1)> \u0002vandring\u0003 & mer"))
                .isEqualTo("&lt;img src=x onerror=alert(1)&gt; <mark>vandring</mark> &amp; mer");
    }
}
