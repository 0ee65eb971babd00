-- The search index: analysed terms (internal/search) per article, one row
-- per article with rowid = articles.id. Terms are [a-z0-9/] words, so '/'
-- is a token character ("28/10" stays whole).
CREATE VIRTUAL TABLE article_search USING fts5(
	title, dek, body, exact,
	tokenize = "unicode61 tokenchars '/'"
);
