package se.trygghetsnav.knowledge;

import java.util.List;
import java.util.Objects;

/**
 * One article or method of the knowledge bank, parsed from its Markdown file. {@code html} is the
 * rendered body (raw HTML in the file is escaped), {@code text} the body without markup for search.
 */
public record Article(String slug, String title, String summary, Kind kind, List<String> tags, List<String> questions,
        String evidence, String html, String text) {

    public Article {
        Objects.requireNonNull(slug);
        Objects.requireNonNull(title);
        Objects.requireNonNull(kind);
        summary = summary == null ? "" : summary;
        evidence = evidence == null ? "" : evidence;
        tags = List.copyOf(tags);
        questions = List.copyOf(questions);
    }

    /** ARTICLE explains a duty or a topic; METHOD is a way of working a measure can name. */
    public enum Kind {
        ARTICLE, METHOD;

        public String messageKey() {
            return "knowledge.kind." + name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public ArticleLink link() {
        return new ArticleLink(slug, title);
    }

    public boolean isMethod() {
        return kind == Kind.METHOD;
    }
}
