/**
 * byId's query binds the node (`x`) and its id (`id`); the bodies its loaders give it are
 * parts over the variables it hands them, so a body cannot lean on a name it was not given,
 * nor rebind one of them in a subquery of its own (Cypher would join on the outer one then,
 * silently). The loaders' queries are pinned as they are sent.
 */
import { describe, expect, it } from "vitest";
import type { CypherExecutor } from "../db/executor.ts";
import { createActorLoaders } from "./actors.ts";
import { byId } from "./batch.ts";
import { cypher, local, variable } from "./cypher.ts";
import { createEventLoaders } from "./events/loaders.ts";
import { createSourceLoaders } from "./sources.ts";

/** An executor that answers nothing and keeps what it was sent. */
function recordingExecutor() {
  const sent: string[] = [];
  const db = {
    read: async (query: string) => {
      sent.push(query);
      return [];
    },
  } as unknown as CypherExecutor;
  return { db, sent };
}

describe("byId's variables", () => {
  const { db } = recordingExecutor();

  it("refuses a body that binds the node's variable in a subquery of its own", () => {
    const clashing = local("x");
    expect(() =>
      byId(
        db,
        "Meeting",
        (_x, id) =>
          cypher`RETURN ${id}, COLLECT { MATCH (${clashing}:Topic) RETURN ${clashing}.name } AS names`,
        (row) => row,
      ),
    ).toThrow("Meeting by id: binds x in a subquery, a name the query already binds");
  });

  it("refuses a body that binds `id` in a subquery of its own", () => {
    const clashing = local("id");
    expect(() =>
      byId(
        db,
        "Place",
        (x, id) =>
          cypher`RETURN ${id}, COLLECT { MATCH (${x})-[:LOCATED_IN]->(${clashing}) RETURN ${clashing} } AS within`,
        (row) => row,
      ),
    ).toThrow("Place by id: binds id in a subquery, a name the query already binds");
  });

  it("does not type-check a body that needs a variable byId does not bind", () => {
    const other = variable("other");
    expect(() =>
      byId(
        db,
        "Meeting",
        // @ts-expect-error `other` is not among the variables byId binds (x, id)
        (_x, id) => cypher`RETURN ${id}, ${other}.name AS name`,
        (row) => row,
      ),
    ).toThrow("Meeting by id: needs other, not bound there (x, id)");
  });
});

describe("the queries of the by-id loaders", () => {
  it("are these", async () => {
    const { db, sent } = recordingExecutor();
    const sources = createSourceLoaders(db);
    const actors = createActorLoaders(db);
    const events = createEventLoaders(db, sources);
    await Promise.all([
      sources.meetingSources.load("meeting:m"),
      sources.articleFacts.load("article:a"),
      actors.positionDetails.load("position:p"),
      actors.organizationDetails.load("org:o"),
      events.meetingDetails.load("meeting:m"),
      events.participants.load("meeting:m"),
      events.statementsDuring.load("meeting:m"),
      events.placeDetails.load("place:p"),
      events.statementDetails.load("statement:s", "principals"),
    ]);
    expect(sent.join("\n\n---\n\n")).toMatchInlineSnapshot(`
      "UNWIND $ids AS id MATCH (x:Meeting {id: id}) RETURN id, COLLECT {
        MATCH (x)-[reported:REPORTED_BY]->(article:Article)
        RETURN {article: article {.id, .title, .outlet, .language, .file, .published, .publishedPrecision, .publishedText, .titleSupplied, __typename: 'Article'}, excerpt: reported.excerpt} AS source
        ORDER BY article.id, reported.excerpt
      } AS sources

      ---

      UNWIND $ids AS id MATCH (x:Article {id: id}) RETURN id,
              COLLECT { MATCH (m:Meeting)-[:REPORTED_BY]->(x) WITH DISTINCT m ORDER BY m.sortKey RETURN m {.*, __labels: labels(m)} } AS meetings,
              COLLECT { MATCH (s:Statement)-[:REPORTED_BY]->(x) WITH DISTINCT s ORDER BY s.sortKey RETURN s {.*, __labels: labels(s)} } AS statements,
              COLLECT { MATCH (p:Position)-[:REPORTED_BY]->(x) WITH DISTINCT p ORDER BY p.id RETURN p {.*, __labels: labels(p)} } AS positions

      ---

      UNWIND $ids AS id MATCH (x:Position {id: id}) RETURN id, {
          holder: head(COLLECT { MATCH (p:Person)-[:HELD_POSITION|ALLEGEDLY_HELD]->(x) RETURN p {.*, __labels: labels(p)} AS p ORDER BY p.id }),
          of: head(COLLECT { MATCH (x)-[:OF]->(a) RETURN a {.*, __labels: labels(a)} AS a ORDER BY a.id }),
          claimedBy: head(COLLECT { MATCH (c:Statement)-[:CLAIMS]->(x) MATCH (c)-[:ON_BEHALF_OF]->(a) RETURN a {.*, __labels: labels(a)} AS a ORDER BY a.id }),
          claim: head(COLLECT { MATCH (c:Statement)-[:CLAIMS]->(x) RETURN c {.*, __labels: labels(c)} AS c ORDER BY c.id }),
          alleged: EXISTS { (:Person)-[:ALLEGEDLY_HELD]->(x) }
        } AS details

      ---

      UNWIND $ids AS id MATCH (x:Organization {id: id}) RETURN id,
              head(COLLECT { MATCH (x)-[:BELONGS_TO]->(c:Country) RETURN c {.*, __labels: labels(c)} }) AS country,
              head(COLLECT { MATCH (x)-[:PART_OF]->(o:Organization) RETURN o {.*, __labels: labels(o)} }) AS partOf

      ---

      UNWIND $ids AS id MATCH (x:Meeting {id: id}) RETURN id,
              head(COLLECT { MATCH (x)-[:HELD_AT]->(p:Place) RETURN p {.*, __labels: labels(p)} }) AS place,
              head(COLLECT { MATCH (x)-[:HOSTED_BY]->(h) RETURN h {.*, __labels: labels(h)} AS h ORDER BY h.id }) AS host,
              head(COLLECT { MATCH (x)-[:FOLLOWS]->(m:Meeting) RETURN m {.*, __labels: labels(m)} }) AS previousRound,
              head(COLLECT { MATCH (m:Meeting)-[:FOLLOWS]->(x) RETURN m {.*, __labels: labels(m)} }) AS nextRound,
              COLLECT { MATCH (x)-[:ABOUT]->(t:Topic) RETURN t {.*, __labels: labels(t)} AS t ORDER BY t.name } AS topics,
              COLLECT {
                MATCH (a:Organization|Country)-[:TOOK_PART_IN]->(x)
                RETURN a {.*, __labels: labels(a)} AS a ORDER BY a.id
              } AS parties,
              COLLECT {
                MATCH (a:Organization|Country)-[:TO_TAKE_PART_IN]->(x)
                RETURN a {.*, __labels: labels(a)} AS a ORDER BY a.id
              } AS intendedParties

      ---

      UNWIND $ids AS id MATCH (x:Meeting {id: id}) RETURN id, COLLECT {
              MATCH (participant:Person)-[:TOOK_PART_AS]->(took:Participation)-[:AT]->(x)
              RETURN {
                person: participant {.id, .name, .aliases, __typename: 'Person'},
                role: took.role,
                attended: x.status = "HELD",
                representing: head(COLLECT { MATCH (took)-[:REPRESENTING]->(represented) RETURN represented {.id, .name, .aliases, .kind, .cameo, .code, __labels: labels(represented)} AS a })
              } AS row ORDER BY toLower(participant.name), participant.id
            } AS participants

      ---

      UNWIND $ids AS id MATCH (x:Meeting {id: id}) RETURN id, COLLECT {
              MATCH (said:Statement)-[:DURING]->(x)
              WITH said ORDER BY said.sortKey
              RETURN {node: said {.id, .text, .language, .translation, .kind, .date, .datePrecision, .dateText, .dateTextGloss, .cameo, .cameoName, .goldstein, __typename: 'Statement'}, details: {
          speakers: COLLECT { MATCH (p:Person)-[:SAID]->(said) RETURN p {.id, .name, .aliases, __typename: 'Person'} AS p ORDER BY p.id },
          principals: COLLECT { MATCH (said)-[:ON_BEHALF_OF]->(a) RETURN a {.id, .name, .aliases, .kind, .cameo, .code, __labels: labels(a)} AS a ORDER BY a.id },
          relayedBy: head(COLLECT { MATCH (said)-[:RELAYED_BY]->(o:Organization) RETURN o {.id, .name, .aliases, .kind, .cameo, __typename: 'Organization'} AS o ORDER BY o.id }),
          targets: COLLECT { MATCH (said)-[:DIRECTED_AT]->(a) RETURN a {.id, .name, .aliases, .kind, .cameo, .code, __labels: labels(a)} AS a ORDER BY a.id },
          meeting: head(COLLECT { MATCH (said)-[:DURING]->(m:Meeting) RETURN m {.id, .title, .status, .date, .datePrecision, .venue, .summary, .dateText, .dateTextGloss, .round, .roundInferred, .cameo, .cameoName, .goldstein, __typename: 'Meeting'} }),
          concerns: head(COLLECT { MATCH (said)-[:CONCERNS]->(m:Meeting) RETURN m {.id, .title, .status, .date, .datePrecision, .venue, .summary, .dateText, .dateTextGloss, .round, .roundInferred, .cameo, .cameoName, .goldstein, __typename: 'Meeting'} }),
          topics: COLLECT { MATCH (said)-[:ABOUT]->(t:Topic) RETURN t {.id, .name, __typename: 'Topic'} AS t ORDER BY t.name },
          jointWith: COLLECT { MATCH (said)-[:JOINT_WITH]->(j:Statement) RETURN j {.id, .text, .language, .translation, .kind, .date, .datePrecision, .dateText, .dateTextGloss, .cameo, .cameoName, .goldstein, __typename: 'Statement'} AS j ORDER BY j.id }
        }, sources: COLLECT {
        MATCH (said)-[reported:REPORTED_BY]->(article:Article)
        RETURN {article: article {.id, .title, .outlet, .language, .file, .published, .publishedPrecision, .publishedText, .titleSupplied, __typename: 'Article'}, excerpt: reported.excerpt} AS source
        ORDER BY article.id, reported.excerpt
      }}
            } AS statements

      ---

      UNWIND $ids AS id MATCH (x:Place {id: id}) RETURN id,
              head(COLLECT { MATCH (x)-[:LOCATED_IN]->(p:Place) RETURN p {.*, __labels: labels(p)} }) AS within,
              head(COLLECT { MATCH (x)-[:LOCATED_IN*1..3]->(c:Country) RETURN c {.*, __labels: labels(c)} }) AS country

      ---

      UNWIND $ids AS id MATCH (x:Statement {id: id}) RETURN id, {
          speakers: COLLECT { MATCH (p:Person)-[:SAID]->(x) RETURN p {.id, .name, .aliases, __typename: 'Person'} AS p ORDER BY p.id },
          principals: COLLECT { MATCH (x)-[:ON_BEHALF_OF]->(a) RETURN a {.id, .name, .aliases, .kind, .cameo, .code, __labels: labels(a)} AS a ORDER BY a.id },
          relayedBy: head(COLLECT { MATCH (x)-[:RELAYED_BY]->(o:Organization) RETURN o {.id, .name, .aliases, .kind, .cameo, __typename: 'Organization'} AS o ORDER BY o.id }),
          targets: COLLECT { MATCH (x)-[:DIRECTED_AT]->(a) RETURN a {.id, .name, .aliases, .kind, .cameo, .code, __labels: labels(a)} AS a ORDER BY a.id },
          meeting: head(COLLECT { MATCH (x)-[:DURING]->(m:Meeting) RETURN m {.id, .title, .status, .date, .datePrecision, .venue, .summary, .dateText, .dateTextGloss, .round, .roundInferred, .cameo, .cameoName, .goldstein, __typename: 'Meeting'} }),
          concerns: head(COLLECT { MATCH (x)-[:CONCERNS]->(m:Meeting) RETURN m {.id, .title, .status, .date, .datePrecision, .venue, .summary, .dateText, .dateTextGloss, .round, .roundInferred, .cameo, .cameoName, .goldstein, __typename: 'Meeting'} }),
          topics: COLLECT { MATCH (x)-[:ABOUT]->(t:Topic) RETURN t {.id, .name, __typename: 'Topic'} AS t ORDER BY t.name },
          jointWith: COLLECT { MATCH (x)-[:JOINT_WITH]->(j:Statement) RETURN j {.id, .text, .language, .translation, .kind, .date, .datePrecision, .dateText, .dateTextGloss, .cameo, .cameoName, .goldstein, __typename: 'Statement'} AS j ORDER BY j.id }
        } AS details"
    `);
  });
});
