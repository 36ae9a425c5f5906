package se.trygghetsnav.knowledge;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.web.util.HtmlUtils;

/**
 * The knowledge and method bank: articles read from {@code src/main/resources/knowledge/*.md} at
 * start-up and kept in memory; a Swedish full-text index of them in {@code knowledge_article},
 * brought up to date at every start.
 */
@Service
public class KnowledgeBank {

    /** Longest query that is searched; the rest is ignored. */
    static final int MAX_QUERY = 200;
    private static final int MAX_HITS = 50;
    private static final String MARK_START = "\u0002";
    private static final String MARK_END = "\u0003";

    private final JdbcClient jdbc;
    private final Map<String, Article> bySlug = new LinkedHashMap<>();

    KnowledgeBank(JdbcClient jdbc) {
        this.jdbc = jdbc;
        Collator swedish = Collator.getInstance(Locale.forLanguageTag("sv-SE"));
        loadAll().stream()
                .sorted(Comparator.comparing(Article::title, swedish))
                .forEach(article -> bySlug.put(article.slug(), article));
        rebuildIndex();
    }

    /** Reads and parses every article file on the class path; used by tests without Spring. */
    public static List<Article> loadAll() {
        try {
            Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath*:knowledge/*.md");
            List<Article> articles = new ArrayList<>();
            for (Resource file : files) {
                try (InputStream in = file.getInputStream()) {
                    articles.add(ArticleParser.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), file.getFilename()));
                }
            }
            return articles;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the knowledge bank", e);
        }
    }

    /**
     * Brings the search index in line with the articles in memory: upserts every article and removes
     * the ones whose file is gone. Safe to run while others search, and from several instances.
     */
    public void rebuildIndex() {
        for (Article article : bySlug.values()) {
            jdbc.sql("""
                            INSERT INTO knowledge_article (slug, title, summary, body, tags, extra_terms)
                            VALUES (:slug, :title, :summary, :body, :tags, :extra)
                            ON CONFLICT (slug) DO UPDATE SET title = EXCLUDED.title, summary = EXCLUDED.summary,
                                body = EXCLUDED.body, tags = EXCLUDED.tags, extra_terms = EXCLUDED.extra_terms
                            """)
                    .param("slug", article.slug())
                    .param("title", article.title())
                    .param("summary", article.summary())
                    .param("body", article.text())
                    .param("tags", article.tags().toArray(String[]::new))
                    .param("extra", String.join(" ", article.tags()) + " " + article.slug().replace('-', ' '))
                    .update();
        }
        jdbc.sql("DELETE FROM knowledge_article WHERE NOT (slug = ANY (:slugs))")
                .param("slugs", bySlug.keySet().toArray(String[]::new))
                .update();
    }

    /** Every article, by title. */
    public List<Article> all() {
        return List.copyOf(bySlug.values());
    }

    public Optional<Article> find(String slug) {
        return Optional.ofNullable(slug == null ? null : bySlug.get(slug));
    }

    /** The articles with the tag (compared without regard to case). */
    public List<Article> byTag(String tag) {
        return bySlug.values().stream()
                .filter(article -> article.tags().stream().anyMatch(t -> t.equalsIgnoreCase(tag == null ? "" : tag.strip())))
                .toList();
    }

    /** Every tag in use, sorted. */
    public List<String> tags() {
        TreeSet<String> tags = new TreeSet<>(Collator.getInstance(Locale.forLanguageTag("sv-SE")));
        bySlug.values().forEach(article -> tags.addAll(article.tags()));
        return List.copyOf(tags);
    }

    /** The articles that help with a barometer question (methods first). */
    public List<ArticleLink> forQuestion(String questionId) {
        return bySlug.values().stream()
                .filter(article -> article.questions().contains(questionId))
                .sorted(Comparator.comparing((Article article) -> !article.isMethod()))
                .map(Article::link)
                .toList();
    }

    /** The METHOD articles: what a measure can name as its way of working. */
    public List<Article> methods() {
        return bySlug.values().stream().filter(Article::isMethod).toList();
    }

    /**
     * Swedish full-text search, best first. Swedish stemming does not split compound words, so a
     * stem also matches as part of a word ("vandringar" -> "vandring" finds "trygghetsvandring").
     * An empty or meaningless query gives no hits.
     */
    public List<SearchHit> search(String query) {
        if (query == null || query.isBlank()) {
            return List.of();
        }
        String q = query.strip();
        if (q.length() > MAX_QUERY) {
            q = q.substring(0, MAX_QUERY);
        }
        return jdbc.sql("""
                        WITH q AS (SELECT websearch_to_tsquery('swedish', :q) AS query),
                             stems AS (SELECT DISTINCT lexeme FROM unnest(tsvector_to_array(to_tsvector('swedish', :q))) AS lexeme
                                       WHERE length(lexeme) >= 4),
                             matched AS (
                                 SELECT a.slug, a.title, a.summary, a.body,
                                        ts_rank(a.search, q.query) AS text_rank,
                                        (SELECT count(*) FROM stems s
                                         WHERE strpos(lower(a.title || ' ' || a.summary || ' ' || a.extra_terms || ' ' || a.body), s.lexeme) > 0)
                                            AS part_hits,
                                        (SELECT count(*) FROM stems s WHERE strpos(lower(a.title), s.lexeme) > 0) AS title_hits,
                                        (a.search @@ q.query) AS full_match
                                 FROM knowledge_article a, q)
                        SELECT m.slug, m.title, m.summary,
                               m.text_rank + 0.1 * m.title_hits + 0.01 * m.part_hits AS rank,
                               ts_headline('swedish', m.body,
                                           CASE WHEN m.full_match THEN q.query
                                                ELSE (SELECT to_tsquery('simple', coalesce(string_agg(quote_literal(s.lexeme) || ':*', ' | '), ''))
                                                      FROM stems s) END,
                                           'StartSel=' || chr(2) || ', StopSel=' || chr(3) || ', MaxWords=35, MinWords=15, MaxFragments=2, FragmentDelimiter=" … "')
                                   AS snippet
                        FROM matched m, q
                        WHERE m.full_match OR m.part_hits > 0
                        ORDER BY rank DESC, m.title
                        LIMIT :limit
                        """)
                .param("q", q)
                .param("limit", MAX_HITS)
                .query((rs, row) -> new SearchHit(rs.getString("slug"), rs.getString("title"), rs.getString("summary"),
                        find(rs.getString("slug")).map(Article::kind).orElse(Article.Kind.ARTICLE), rs.getDouble("rank"),
                        safeSnippet(rs.getString("snippet"))))
                .list();
    }

    /** Escapes everything, then turns only our own highlight markers into {@code <mark>}. */
    static String safeSnippet(String headline) {
        if (headline == null) {
            return "";
        }
        String escaped = HtmlUtils.htmlEscape(headline, StandardCharsets.UTF_8.name());
        return escaped.replace(MARK_START, "<mark>").replace(MARK_END, "</mark>");
    }
}
