package se.trygghetsnav.knowledge;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.commonmark.Extension;
import org.commonmark.ext.front.matter.YamlFrontMatterExtension;
import org.commonmark.ext.front.matter.YamlFrontMatterVisitor;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.TextContentRenderer;

/** Turns one Markdown file with front matter into an {@link Article}; pure, no Spring. */
public final class ArticleParser {

    static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    static final Set<String> REQUIRED = Set.of("slug", "title", "summary", "kind", "tags", "questions");

    private static final List<Extension> EXTENSIONS = List.of(YamlFrontMatterExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
    private static final HtmlRenderer HTML = HtmlRenderer.builder()
            .extensions(EXTENSIONS).escapeHtml(true).sanitizeUrls(true).build();
    private static final TextContentRenderer TEXT = TextContentRenderer.builder().extensions(EXTENSIONS).build();

    private ArticleParser() {}

    /** Parses a file; {@code source} names it in error messages. */
    public static Article parse(String markdown, String source) {
        Node document = PARSER.parse(markdown);
        YamlFrontMatterVisitor visitor = new YamlFrontMatterVisitor();
        document.accept(visitor);
        Map<String, List<String>> front = visitor.getData();
        for (String key : REQUIRED) {
            if (!front.containsKey(key)) {
                throw new IllegalArgumentException(source + ": the front matter has no " + key);
            }
        }
        String slug = single(front, "slug", source);
        if (!SLUG.matcher(slug).matches()) {
            throw new IllegalArgumentException(source + ": the slug must be lower-case ASCII words joined by '-'");
        }
        Article.Kind kind;
        try {
            kind = Article.Kind.valueOf(single(front, "kind", source));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(source + ": kind must be ARTICLE or METHOD", e);
        }
        String evidence = front.getOrDefault("evidence", List.of()).stream().findFirst().orElse("");
        return new Article(slug, single(front, "title", source), single(front, "summary", source), kind,
                cleaned(front.get("tags")), cleaned(front.get("questions")), unquote(evidence),
                HTML.render(document), TEXT.render(document).strip());
    }

    /** Renders Markdown alone (raw HTML is escaped, unsafe links dropped). */
    public static String render(String markdown) {
        return HTML.render(PARSER.parse(markdown));
    }

    private static String single(Map<String, List<String>> front, String key, String source) {
        List<String> values = front.get(key);
        if (values == null || values.size() != 1 || unquote(values.get(0)).isBlank()) {
            throw new IllegalArgumentException(source + ": " + key + " needs exactly one value");
        }
        return unquote(values.get(0));
    }

    private static List<String> cleaned(List<String> values) {
        return values == null ? List.of() : values.stream().map(ArticleParser::unquote).filter(v -> !v.isBlank()).toList();
    }

    private static String unquote(String value) {
        String v = value == null ? "" : value.strip();
        if (v.length() >= 2 && (v.startsWith("\"") && v.endsWith("\"") || v.startsWith("'") && v.endsWith("'"))) {
            v = v.substring(1, v.length() - 1).strip();
        }
        return v;
    }
}
