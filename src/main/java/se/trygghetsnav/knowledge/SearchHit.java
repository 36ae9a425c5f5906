package se.trygghetsnav.knowledge;

/**
 * One search result. {@code snippetHtml} is escaped text in which only the matched words are
 * wrapped in {@code <mark>}, so a page may insert it unescaped.
 */
public record SearchHit(String slug, String title, String summary, Article.Kind kind, double rank, String snippetHtml) {}
