-- The knowledge bank's search index (the articles themselves are Markdown files, rebuilt into this
-- table at every start-up) and the method a measure uses.

CREATE TABLE knowledge_article (
    slug         text    PRIMARY KEY,
    title        text    NOT NULL,
    summary      text    NOT NULL DEFAULT '',
    body         text    NOT NULL DEFAULT '',
    tags         text[]  NOT NULL DEFAULT '{}',
    extra_terms  text    NOT NULL DEFAULT '',
    search       tsvector GENERATED ALWAYS AS (
                     setweight(to_tsvector('swedish', coalesce(title, '')), 'A')
                     || setweight(to_tsvector('swedish', coalesce(summary, '') || ' ' || coalesce(extra_terms, '')), 'B')
                     || setweight(to_tsvector('swedish', coalesce(body, '')), 'C')) STORED
);
CREATE INDEX knowledge_article_search ON knowledge_article USING gin (search);
COMMENT ON TABLE knowledge_article IS 'Search index of the knowledge bank, rebuilt from the Markdown files at start-up';
COMMENT ON COLUMN knowledge_article.slug IS 'The article''s stable address (ASCII)';
COMMENT ON COLUMN knowledge_article.title IS 'Title';
COMMENT ON COLUMN knowledge_article.summary IS 'One or two sentences on what the article is about';
COMMENT ON COLUMN knowledge_article.body IS 'The article as plain text (Markdown without markup)';
COMMENT ON COLUMN knowledge_article.tags IS 'Tags';
COMMENT ON COLUMN knowledge_article.extra_terms IS 'Parts of compound words and tags, so that "vandringar" finds "trygghetsvandring"';
COMMENT ON COLUMN knowledge_article.search IS 'Swedish full-text vector of title, summary, extra terms and body';

ALTER TABLE measure ADD COLUMN method text;
COMMENT ON COLUMN measure.method IS 'Slug of the knowledge bank method the measure uses, if any';
