/**
 * The Neo4j Browser start guide (neo4j-browser/guide.html), built from the analyst library so
 * the two never differ: a slide on the model with a meeting in a picture, then one slide
 * per library query with its question, its notes, a runnable `:params` block holding the
 * example's values and the runnable query itself. `npm run browser-guide` writes the file; a
 * test fails when the committed file is not what this builds.
 */
import { TIED_PATHS_LAST_LINE } from "../data/tied-paths.ts";
import type { LibraryQuery } from "./library.ts";
import { exampleParams } from "./library.ts";

const MODEL = `<p>People, organizations and countries meet (<code>Meeting</code>) and speak
(<code>Statement</code>); every fact is <code>REPORTED_BY</code> an <code>Article</code> with the
exact words (<code>excerpt</code>). docs/graph-model.md has the whole model.</p>
<ul>
  <li><code>(actor)-[:TOOK_PART_IN]-&gt;(:Meeting)</code>: <em>the</em> definition of "took part in"
    (it, or someone representing it, attended a meeting that took place), shared with the API;
    <code>(actor)-[:TO_TAKE_PART_IN]-&gt;(:Meeting)</code>: was to take part in one that did not
    (planned, proposed, declined).</li>
  <li><code>(actor)-[:TOOK_PART_AS]-&gt;(:Participation {role})-[:AT]-&gt;(:Meeting)</code> and
    <code>(:Participation)-[:REPRESENTING]-&gt;(:Country)</code>: in what role, for whom.</li>
  <li><code>(:Person)-[:SAID]-&gt;(:Statement)-[:ON_BEHALF_OF]-&gt;(:Country)</code>: one speaker per
    statement, speaking for that principal; a joint act is one statement per speaker
    (<code>JOINT_WITH</code>).</li>
  <li><code>(:Statement)-[:DIRECTED_AT|DURING|CONCERNS|ABOUT|RELAYED_BY]-&gt;(…)</code>,
    <code>(:Person)-[:HELD_POSITION]-&gt;(:Position)-[:OF]-&gt;(…)</code>,
    <code>(:Meeting)-[:FOLLOWS]-&gt;(:Meeting)</code>.</li>
  <li>Titles keep the articles' en dashes: search <code>m.searchTitle CONTAINS "us-iran"</code>
    (lower case, any dash as "-").</li>
</ul>`;

const PICTURE = `MATCH (m:Meeting {id: "meeting:us-iran-iraq-talks-round-2"})
OPTIONAL MATCH took = (m)<-[:AT]-(:Participation)<-[:TOOK_PART_AS]-(:Person)
OPTIONAL MATCH said = (m)<-[:DURING]-(:Statement)<-[:SAID]-(:Person)
OPTIONAL MATCH spoke = (m)<-[:DURING]-(:Statement)-[:ON_BEHALF_OF]->(:Country)
RETURN m, took, said, spoke`;

export function buildGuide(library: LibraryQuery[]): string {
  const slides = [
    slide(
      "Diplomatic Relations Graph",
      `${MODEL}
<p>A meeting in a picture — round 2 of the 2007 US–Iran talks on Iraq: who took part in what
role, what was said and for whom (statements are captioned with their words). ▶ beside a
block runs it at once; a click on the block itself puts it in the editor, to change it first.
The next slides hold the query library: ▶ on a slide's parameters, then ▶ on its query.</p>
${runnable(PICTURE)}`,
    ),
    ...library.map(querySlide),
  ];
  return `<article class="guide">
  <carousel class="deck container-fluid">
${slides.join("\n")}
  </carousel>
</article>
`;
}

function querySlide(query: LibraryQuery): string {
  const params = exampleParams(query);
  const notes = query.cypher
    .split("\n")
    .filter(
      (line) =>
        line.startsWith("//") && !/^\/\/\s*(name|question|params|example|pages):/.test(line),
    )
    .map((line) => line.replace(/^\/\/\s?/, ""))
    .join("\n")
    .trim();
  const paramsBlock =
    Object.keys(params).length > 0
      ? `<p>Parameters (the library's example): ▶ sets them; click the block to edit them first.</p>\n${runnable(`:params ${cypherMap(params)}`)}`
      : "";
  // A query whose rows are paths as text also comes as paths, for Browser to draw.
  const drawable = drawablePaths(query.cypher);
  return slide(
    query.question,
    `<p><code>${escapeHtml(query.name)}</code> — <code>cypher/queries/${escapeHtml(query.name)}.cypher</code></p>
<pre class="notes">${escapeHtml(notes)}</pre>
${paramsBlock}
<p>The query (▶ runs it):</p>
${runnable(query.cypher.trim())}${
  drawable
    ? `\n<p>The same paths as a picture (the query above writes them out as text):</p>\n${runnable(drawable)}`
    : ""
}`,
  );
}

/**
 * The paths themselves, for a query that finds them as lists of nodes and relationships
 * (shortest-connection's `nodes` and `rels`, in their order) and then writes them out as text:
 * Browser draws the nodes and relationships a row holds, lists included.
 */
export function drawablePaths(cypher: string): string | null {
  const found = `\n${TIED_PATHS_LAST_LINE}`;
  const at = cypher.indexOf(found);
  if (at < 0) return null;
  return `${cypher.slice(0, at + found.length).trim()}\nRETURN nodes, rels`;
}

function slide(title: string, body: string): string {
  return `    <slide class="row-fluid">
      <div class="col-sm-12">
        <h3>${escapeHtml(title)}</h3>
${body}
      </div>
    </slide>`;
}

function runnable(cypher: string): string {
  return `<pre mode="cypher" class="pre-scrollable code runnable standalone-example">${escapeHtml(cypher)}</pre>`;
}

function cypherMap(params: Record<string, unknown>): string {
  return `{${Object.entries(params)
    .map(([key, value]) => `${key}: ${JSON.stringify(value)}`)
    .join(", ")}}`;
}

function escapeHtml(text: string): string {
  return text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");
}
