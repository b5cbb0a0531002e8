// Full-text search over what was said: claim statements and the verbatim quotes (mentions) that are
// evidence of facts. Same analyzer as entity_search, so case and diacritics do not matter.
CREATE FULLTEXT INDEX statement_search IF NOT EXISTS
FOR (n:Claim|Mention) ON EACH [n.statement, n.quote]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-folding', `fulltext.eventually_consistent`: false } };
