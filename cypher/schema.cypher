// =====================================================================================
// Schema of the Diplomatic Relations Graph: constraints and indexes.
// Applied before the seeds (seeds/*.cypher). Every statement is idempotent (IF NOT EXISTS).
// The model is documented in docs/graph-model.md.
// =====================================================================================


// ─── Uniqueness of ids ────────────────────────────────────────────────────────────────
// Every node has a unique string id "<prefix>:<slug>". The constraints also give each
// label a range index on id, which the seeds' MERGE and the queries' lookups use.

CREATE CONSTRAINT person_id IF NOT EXISTS
FOR (n:Person) REQUIRE n.id IS UNIQUE;

CREATE CONSTRAINT organization_id IF NOT EXISTS
FOR (n:Organization) REQUIRE n.id IS UNIQUE;

CREATE CONSTRAINT country_id IF NOT EXISTS
FOR (n:Country) REQUIRE n.id IS UNIQUE;

CREATE CONSTRAINT place_id IF NOT EXISTS
FOR (n:Place) REQUIRE n.id IS UNIQUE;

CREATE CONSTRAINT topic_id IF NOT EXISTS
FOR (n:Topic) REQUIRE n.id IS UNIQUE;

CREATE CONSTRAINT article_id IF NOT EXISTS
FOR (n:Article) REQUIRE n.id IS UNIQUE;

CREATE CONSTRAINT meeting_id IF NOT EXISTS
FOR (n:Meeting) REQUIRE n.id IS UNIQUE;

CREATE CONSTRAINT statement_id IF NOT EXISTS
FOR (n:Statement) REQUIRE n.id IS UNIQUE;

CREATE CONSTRAINT position_id IF NOT EXISTS
FOR (n:Position) REQUIRE n.id IS UNIQUE;

// One person's part in one meeting: role and whom they represented (docs/graph-model.md).
CREATE CONSTRAINT participation_id IF NOT EXISTS
FOR (n:Participation) REQUIRE n.id IS UNIQUE;

// A country's ISO alpha-3 code is unique too (country:IRN has code "IRN").
CREATE CONSTRAINT country_code IF NOT EXISTS
FOR (n:Country) REQUIRE n.code IS UNIQUE;


// ─── Full-text indexes ────────────────────────────────────────────────────────────────
// Analyzer "persian" for all three: it tokenizes like the standard analyzer and
// lower-cases Latin script (so English works as usual, with no English stop words), and it
// also splits on the zero-width non-joiner and folds Arabic-script variants (Arabic yeh ي /
// kaf ك to Persian ی / ک), so a Persian query finds a name however it was typed.
// `aliases` is a LIST<STRING>: full-text indexes accept string lists (verified against
// Neo4j 2026.09: each element is indexed), so no derived search property is needed.

// Names and aliases of everything an analyst might look up by name, in any script.
// Also over `searchNames` (derived, cypher/derived.cypher): the names and aliases with
// Arabic letter forms folded, zero-width non-joiners removed and Persian plural suffixes
// stripped, so حوثی‌ها (with a ZWNJ) and حوثی find حوثیها (issue 20). A graph whose index
// predates searchNames gets it rebuilt: dropped, then created with the new properties (the
// schema is applied only when this file changes).
DROP INDEX entityNames IF EXISTS;

CREATE FULLTEXT INDEX entityNames IF NOT EXISTS
FOR (n:Person|Organization|Country|Place) ON EACH [n.name, n.aliases, n.searchNames]
OPTIONS {indexConfig: {`fulltext.analyzer`: "persian"}};

// What was said: the verbatim text (English or Persian) and the English translation.
CREATE FULLTEXT INDEX statementText IF NOT EXISTS
FOR (n:Statement) ON EACH [n.text, n.translation]
OPTIONS {indexConfig: {`fulltext.analyzer`: "persian"}};

// Meeting titles.
CREATE FULLTEXT INDEX meetingTitles IF NOT EXISTS
FOR (n:Meeting) ON EACH [n.title]
OPTIONS {indexConfig: {`fulltext.analyzer`: "persian"}};


// ─── Range indexes ────────────────────────────────────────────────────────────────────
// Date-range queries use the dateStart bound (dateStart <= $to AND dateEnd >= $from);
// status filters the meetings API.

CREATE INDEX meeting_date_start IF NOT EXISTS
FOR (n:Meeting) ON (n.dateStart);

CREATE INDEX statement_date_start IF NOT EXISTS
FOR (n:Statement) ON (n.dateStart);

CREATE INDEX meeting_status IF NOT EXISTS
FOR (n:Meeting) ON (n.status);

// Titles by substring whatever dash or quote was typed: searchTitle is the normalized title
// (cypher/derived.cypher); a text index serves CONTAINS without reading every meeting.
CREATE TEXT INDEX meeting_search_title IF NOT EXISTS
FOR (n:Meeting) ON (n.searchTitle);


// ─── List order indexes ───────────────────────────────────────────────────────────────
// Serve each list's order from an index, so a page is a seek past the cursor plus
// `first + 1` entries (keyset pagination). The keys are derived (cypher/derived.cypher).

CREATE INDEX meeting_sort_key IF NOT EXISTS
FOR (n:Meeting) ON (n.sortKey);

CREATE INDEX statement_sort_key IF NOT EXISTS
FOR (n:Statement) ON (n.sortKey);

CREATE INDEX person_name_key IF NOT EXISTS
FOR (n:Person) ON (n.nameKey);

CREATE INDEX organization_name_key IF NOT EXISTS
FOR (n:Organization) ON (n.nameKey);

// Per-parent lists: ownerId is the parent's id, sortKey the child's key; a seek with
// `ownerId = $id AND sortKey > $after ORDER BY ownerId, sortKey` is index-ordered.
CREATE INDEX took_part_in_list IF NOT EXISTS
FOR ()-[r:TOOK_PART_IN]-() ON (r.ownerId, r.sortKey);

CREATE INDEX said_list IF NOT EXISTS
FOR ()-[r:SAID]-() ON (r.ownerId, r.sortKey);

CREATE INDEX on_behalf_of_list IF NOT EXISTS
FOR ()-[r:ON_BEHALF_OF]-() ON (r.ownerId, r.sortKey);

CREATE INDEX about_list IF NOT EXISTS
FOR ()-[r:ABOUT]-() ON (r.ownerId, r.sortKey);

CREATE INDEX directed_at_list IF NOT EXISTS
FOR ()-[r:DIRECTED_AT]-() ON (r.ownerId, r.sortKey);

CREATE INDEX mentions_list IF NOT EXISTS
FOR ()-[r:MENTIONS]-() ON (r.ownerId, r.sortKey);


// ─── Bookkeeping: the seed ledger, migrations, audit (src/ingest/) ────────────────────
// Nodes labelled Internal are not data: who states which fact (SeedFile -STATES-> SeedFact),
// which migrations ran, each application of a seed file. Two labels each, so counts of the
// data labels never include them.

CREATE CONSTRAINT seed_file_name IF NOT EXISTS
FOR (n:SeedFile) REQUIRE n.path IS UNIQUE;

CREATE CONSTRAINT seed_fact_key IF NOT EXISTS
FOR (n:SeedFact) REQUIRE n.key IS UNIQUE;

CREATE CONSTRAINT migration_version IF NOT EXISTS
FOR (n:Migration) REQUIRE n.version IS UNIQUE;

CREATE INDEX seed_application_file IF NOT EXISTS
FOR (n:SeedApplication) ON (n.path, n.at);
