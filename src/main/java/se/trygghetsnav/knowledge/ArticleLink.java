package se.trygghetsnav.knowledge;

/** Enough of an article to link to it: {@code /kunskap/{slug}}. */
public record ArticleLink(String slug, String title) {}
