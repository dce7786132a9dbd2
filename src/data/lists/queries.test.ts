/**
 * The list queries the API sends, pinned as text (as @neo4j/graphql's tck pins the Cypher it
 * generates): every walk of every list, first and later pages, with their counts (plain,
 * filtered, and the special ones), each filter and each extra a page may carry. A change to a
 * part shows here as the change of every query it is in; the plans these texts get are
 * checked against Neo4j in src/data/plans.test.ts. And the parts' variables: a part that
 * needs a variable the query does not bind, or binds one in a subquery of its own that the
 * query binds around it, is refused by the type checker where the list is defined and by
 * the builder when the query is put together.
 */
import { describe, expect, it } from "vitest";
import { cypher, local, mapVariable, variable } from "../cypher.ts";
import { MEETING_EXTRAS, STATEMENT_EXTRAS } from "../events/index.ts";
import { meetingList } from "./meetings.ts";
import { namedList } from "./named.ts";
import { officeList } from "./offices.ts";
import { countCypher, pageCypher } from "./query.ts";
import { defineList, type ListSpec, listVariables, type RequestFields, walk } from "./spec.ts";
import { statementList } from "./statements.ts";

const PEOPLE = namedList("Person");

interface ShapeOptions {
  walk: string;
  filters?: string[];
  upper?: boolean;
  after?: boolean;
  include?: string[];
}
const shape = (options: ShapeOptions) => ({
  filters: [],
  upper: false,
  after: false,
  ...options,
});
const page = (
  spec: ListSpec,
  options: ShapeOptions,
  counted: "none" | "plain" | "filtered" = "none",
) => pageCypher(spec, shape(options), counted);
const count = (spec: ListSpec, options: ShapeOptions) => countCypher(spec, shape(options));

describe("meetings", () => {
  it("walk actor: first page", () => {
    expect(page(meetingList, { walk: "actor" })).toMatchInlineSnapshot(`
      "UNWIND $requests AS req
      WITH req, head(COLLECT {
              UNWIND req.participants AS actorId
              MATCH (a:Person|Organization|Country {id: actorId})
              RETURN a.id AS id ORDER BY COUNT { (a)-[:TOOK_PART_IN]->() }, id
            }) AS anchor
      RETURN req.key AS key,
        COLLECT {
          MATCH ()-[r:TOOK_PART_IN]->(item:Meeting) USING INDEX SEEK r:TOOK_PART_IN(ownerId, sortKey)
          WHERE r.ownerId = anchor
            AND r.sortKey >= ''
          WITH item, r ORDER BY r.ownerId, r.sortKey LIMIT $limit
          RETURN {sortKey: r.sortKey, node: item {.id, .title, .status, .date, .datePrecision, .venue, .summary, .dateText, .dateTextGloss, .round, .roundInferred, .cameo, .cameoName, .goldstein, __typename: 'Meeting'}} AS row
        } AS page"
    `);
  });
  it("walk actor: a later page with the whole list's count", () => {
    expect(page(meetingList, { walk: "actor", after: true }, "plain")).toMatchInlineSnapshot(`
      "UNWIND $requests AS req
      WITH req, head(COLLECT {
              UNWIND req.participants AS actorId
              MATCH (a:Person|Organization|Country {id: actorId})
              RETURN a.id AS id ORDER BY COUNT { (a)-[:TOOK_PART_IN]->() }, id
            }) AS anchor
      RETURN req.key AS key,
        COLLECT {
          MATCH ()-[r:TOOK_PART_IN]->(item:Meeting) USING INDEX SEEK r:TOOK_PART_IN(ownerId, sortKey)
          WHERE r.ownerId = anchor
            AND r.sortKey > req.after
          WITH item, r ORDER BY r.ownerId, r.sortKey LIMIT $limit
          RETURN {sortKey: r.sortKey, node: item {.id, .title, .status, .date, .datePrecision, .venue, .summary, .dateText, .dateTextGloss, .round, .roundInferred, .cameo, .cameoName, .goldstein, __typename: 'Meeting'}} AS row
        } AS page,
        EXISTS {
          MATCH ()-[r:TOOK_PART_IN]->(item:Meeting) USING INDEX SEEK r:TOOK_PART_IN(ownerId, sortKey)
          WHERE r.ownerId = anchor
            AND r.sortKey <= req.after
        } AS hasPreviousPage,
        coalesce(head(COLLECT {
              MATCH (counted:Person|Organization|Country {id: anchor}) RETURN COUNT { (counted)-[:TOOK_PART_IN]->() } AS degree
            }), 0) AS totalCount"
    `);
  });
  it("walk actor: a later page filtered by status, counted", () => {
    expect(
      page(meetingList, { walk: "actor", after: true, filters: ["status"] }, "filtered"),
    ).toMatchInlineSnapshot(`
      "UNWIND $requests AS req
      WITH req, head(COLLECT {
              UNWIND req.participants AS actorId
              MATCH (a:Person|Organization|Country {id: actorId})
              RETURN a.id AS id ORDER BY COUNT { (a)-[:TOOK_PART_IN]->() }, id
            }) AS anchor
      RETURN req.key AS key,
        COLLECT {
          MATCH ()-[r:TOOK_PART_IN]->(item:Meeting) USING INDEX SEEK r:TOOK_PART_IN(ownerId, sortKey)
          WHERE r.ownerId = anchor
            AND r.sortKey > req.after
            AND item.status IN req.status
          WITH item, r ORDER BY r.ownerId, r.sortKey LIMIT $limit
          RETURN {sortKey: r.sortKey, node: item {.id, .title, .status, .date, .datePrecision, .venue, .summary, .dateText, .dateTextGloss, .round, .roundInferred, .cameo, .cameoName, .goldstein, __typename: 'Meeting'}} AS row
        } AS page,
        EXISTS {
          MATCH ()-[r:TOOK_PART_IN]->(item:Meeting) USING INDEX SEEK r:TOOK_PART_IN(ownerId, sortKey)
          WHERE r.ownerId = anchor
            AND r.sortKey <= req.after
            AND item.status IN req.status
        } AS hasPreviousPage,
        COUNT {
          MATCH ()-[r:TOOK_PART_IN]->(item:Meeting) USING INDEX SEEK r:TOOK_PART_IN(ownerId, sortKey)
          WHERE r.ownerId = anchor
            AND r.sortKey >= ''
            AND item.status IN req.status
        } AS totalCount"
    `);
  });
  it("walk actor: the count of a list filtered by status", () => {
    expect(count(meetingList, { walk: "actor", filters: ["status"] })).toMatchInlineSnapshot(`
      "UNWIND $requests AS req
      WITH req, head(COLLECT {
              UNWIND req.participants AS actorId
              MATCH (a:Person|Organization|Country {id: actorId})
              RETURN a.id AS id ORDER BY COUNT { (a)-[:TOOK_PART_IN]->() }, id
            }) AS anchor
      RETURN req.key AS key, COUNT {
          MATCH ()-[r:TOOK_PART_IN]->(item:Meeting) USING INDEX SEEK r:TOOK_PART_IN(ownerId, sortKey)
          WHERE r.ownerId = anchor
            AND r.sortKey >= ''
            AND item.status IN req.status
        } AS totalCount"
    `);
  });
  it("walk actor: up to a date, the bound in the index seek", () => {
    expect(
      page(meetingList, { walk: "actor", filters: ["to"], upper: true }),
    ).toMatchInlineSnapshot(`
      "UNWIND $requests AS req
      WITH req, head(COLLECT {
              UNWIND req.participants AS actorId
              MATCH (a:Person|Organization|Country {id: actorId})
              RETURN a.id AS id ORDER BY COUNT { (a)-[:TOOK_PART_IN]->() }, id
            }) AS anchor
      RETURN req.key AS key,
        COLLECT {
          MATCH ()-[r:TOOK_PART_IN]->(item:Meeting) USING INDEX SEEK r:TOOK_PART_IN(ownerId, sortKey)
          WHERE r.ownerId = anchor
            AND r.sortKey >= ''
            AND r.sortKey < req.upper
            AND item.dateStart <= date(req.to)
          WITH item, r ORDER BY r.ownerId, r.sortKey LIMIT $limit
          RETURN {sortKey: r.sortKey, node: item {.id, .title, .status, .date, .datePrecision, .venue, .summary, .dateText, .dateTextGloss, .round, .roundInferred, .cameo, .cameoName, .goldstein, __typename: 'Meeting'}} AS row
        } AS page"
    `);
  });
  it("walk actor: the count when pair is the only filter", () => {
    expect(count(meetingList, { walk: "actor", filters: ["pair"] })).toMatchInlineSnapshot(`
      "UNWIND $requests AS req
      WITH req, head(COLLECT {
              UNWIND req.participants AS actorId
              MATCH (a:Person|Organization|Country {id: actorId})
              RETURN a.id AS id ORDER BY COUNT { (a)-[:TOOK_PART_IN]->() }, id
            }) AS anchor
      RETURN req.key AS key, coalesce(head(COLLECT {
          MATCH ()-[metWith:MET_WITH]->()
          USING INDEX SEEK metWith:MET_WITH(ownerId, counterpartId)
          WHERE metWith.ownerId = anchor
            AND metWith.counterpartId = head([id IN req.participants WHERE id <> anchor])
          RETURN metWith.meetings AS item
        }), 0) AS totalCount"
    `);
  });
  it("walk topic: first page", () => {
    expect(page(meetingList, { walk: "topic" })).toMatchInlineSnapshot(`
      "UNWIND $requests AS req
      WITH req, req.topic AS anchor
      RETURN req.key AS key,
        COLLECT {
          MATCH (item:Meeting)-[r:ABOUT]->() USING INDEX SEEK r:ABOUT(ownerId, sortKey)
          WHERE r.ownerId = anchor
            AND r.sortKey >= ''
          WITH item, r ORDER BY r.ownerId, r.sortKey LIMIT $limit
          RETURN {sortKey: r.sortKey, node: item {.id, .title, .status, .date, .datePrecision, .venue, .summary, .dateText, .dateTextGloss, .round, .roundInferred, .cameo, .cameoName, .goldstein, __typename: 'Meeting'}} AS row
        } AS page"
    `);
  });
  it("walk topic: a later page filtered by status, counted", () => {
    expect(
      page(meetingList, { walk: "topic", after: true, filters: ["status"] }, "filtered"),
    ).toMatchInlineSnapshot(`
      "UNWIND $requests AS req
      WITH req, req.topic AS anchor
      RETURN req.key AS key,
        COLLECT {
          MATCH (item:Meeting)-[r:ABOUT]->() USING INDEX SEEK r:ABOUT(ownerId, sortKey)
          WHERE r.ownerId = anchor
            AND r.sortKey > req.after
            AND item.status IN req.status
          WITH item, r ORDER BY r.ownerId, r.sortKey LIMIT $limit
          RETURN {sortKey: r.sortKey, node: item {.id, .title, .status, .date, .datePrecision, .venue, .summary, .dateText, .dateTextGloss, .round, .roundInferred, .cameo, .cameoName, .goldstein, __typename: 'Meeting'}} AS row
        } AS page,
        EXISTS {
          MATCH (item:Meeting)-[r:ABOUT]->() USING INDEX SEEK r:ABOUT(ownerId, sortKey)
          WHERE r.ownerId = anchor
            AND r.sortKey <= req.after
            AND item.status IN req.status
        } AS hasPreviousPage,
        COUNT {
          MATCH (item:Meeting)-[r:ABOUT]->() USING INDEX SEEK r:ABOUT(ownerId, sortKey)
          WHERE r.ownerId = anchor
            AND r.sortKey >= ''
            AND item.status IN req.status
        } AS totalCount"
    `);
  });
  it("walk topic: the count of a list filtered by status", () => {
    expect(count(meetingList, { walk: "topic", filters: ["status"] })).toMatchInlineSnapshot(`
      "UNWIND $requests AS req
      WITH req, req.topic AS anchor
      RETURN req.key AS key, COUNT {
          MATCH (item:Meeting)-[r:ABOUT]->() USING INDEX SEEK r:ABOUT(ownerId, sortKey)
          WHERE r.ownerId = anchor
            AND r.sortKey >= ''
            AND item.status IN req.status
        } AS totalCount"
    `);
  });
  it("walk topic: up to a date, the bound in the index seek", () => {
    expect(
      page(meetingList, { walk: "topic", filters: ["to"], upper: true }),
    ).toMatchInlineSnapshot(`
      "UNWIND $requests AS req
      WITH req, req.topic AS anchor
      RETURN req.key AS key,
        COLLECT {
          MATCH (item:Meeting)-[r:ABOUT]->() USING INDEX SEEK r:ABOUT(ownerId, sortKey)
          WHERE r.ownerId = anchor
            AND r.sortKey >= ''
            AND r.sortKey < req.upper
            AND item.dateStart <= date(req.to)
          WITH item, r ORDER BY r.ownerId, r.sortKey LIMIT $limit
          RETURN {sortKey: r.sortKey, node: item {.id, .title, .status, .date, .datePrecision, .venue, .summary, .dateText, .dateTextGloss, .round, .roundInferred, .cameo, .cameoName, .goldstein, __typename: 'Meeting'}} AS row
        } AS page"
    `);
  });
  it("walk all: first page", () => {
    expect(page(meetingList, { walk: "all" })).toMatchInlineSnapshot(`
      "UNWIND $requests AS req
      WITH req, null AS anchor
      RETURN req.key AS key,
        COLLECT {
          MATCH (item:Meeting) USING INDEX SEEK item:Meeting(sortKey)
          WHERE item.sortKey >= ''
          WITH item ORDER BY item.sortKey LIMIT $limit
          RETURN {sortKey: item.sortKey, node: item {.id, .title, .status, .date, .datePrecision, .venue, .summary, .dateText, .dateTextGloss, .round, .roundInferred, .cameo, .cameoName, .goldstein, __typename: 'Meeting'}} AS row
        } AS page"
    `);
  });
  it("walk all: a later page with the whole list's count", () => {
    expect(page(meetingList, { walk: "all", after: true }, "plain")).toMatchInlineSnapshot(`
      "UNWIND $requests AS req
      WITH req, null AS anchor
      RETURN req.key AS key,
        COLLECT {
          MATCH (item:Meeting) USING INDEX SEEK item:Meeting(sortKey)
          WHERE item.sortKey > req.after
          WITH item ORDER BY item.sortKey LIMIT $limit
          RETURN {sortKey: item.sortKey, node: item {.id, .title, .status, .date, .datePrecision, .venue, .summary, .dateText, .dateTextGloss, .round, .roundInferred, .cameo, .cameoName, .goldstein, __typename: 'Meeting'}} AS row
        } AS page,
        EXISTS {
          MATCH (item:Meeting) USING INDEX SEEK item:Meeting(sortKey)
          WHERE item.sortKey <= req.after
        } AS hasPreviousPage,
        COUNT { (:Meeting) } AS totalCount"
    `);
  });
  it("walk all: a later page filtered by status, counted", () => {
    expect(
      page(meetingList, { walk: "all", after: true, filters: ["status"] }, "filtered"),
    ).toMatchInlineSnapshot(`
      "UNWIND $requests AS req
      WITH req, null AS anchor
      RETURN req.key AS key,
        COLLECT {
          MATCH (item:Meeting) USING INDEX SEEK item:Meeting(sortKey)
          WHERE item.sortKey > req.after
            AND item.status IN req.status
          WITH item ORDER BY item.sortKey LIMIT $limit
          RETURN {sortKey: item.sortKey, node: item {.id, .title, .status, .date, .datePrecision, .venue, .summary, .dateText, .dateTextGloss, .round, .roundInferred, .cameo, .cameoName, .goldstein, __typename: 'Meeting'}} AS row
        } AS page,
        EXISTS {
          MATCH (item:Meeting) USING INDEX SEEK item:Meeting(sortKey)
          WHERE item.sortKey <= req.after
            AND item.status IN req.status
        } AS hasPreviousPage,
        COUNT {
          MATCH (item:Meeting) USING INDEX SEEK item:Meeting(sortKey)
          WHERE item.sortKey >= ''
            AND item.status IN req.status
        } AS totalCount"
    `);
  });
  it("walk all: the count of a list filtered by status", () => {
    expect(count(meetingList, { walk: "all", filters: ["status"] })).toMatchInlineSnapshot(`
      "UNWIND $requests AS req
      WITH req, null AS anchor
      RETURN req.key AS key, COUNT {
          MATCH (item:Meeting) USING INDEX SEEK item:Meeting(sortKey)
          WHERE item.sortKey >= ''
            AND item.status IN req.status
        } AS totalCount"
    `);
  });
  it("walk all: up to a date, the bound in the index seek", () => {
    expect(page(meetingList, { walk: "all", filters: ["to"], upper: true })).toMatchInlineSnapshot(`
      "UNWIND $requests AS req
      WITH req, null AS anchor
      RETURN req.key AS key,
        COLLECT {
          MATCH (item:Meeting) USING INDEX SEEK item:Meeting(sortKey)
          WHERE item.sortKey >= ''
            AND item.sortKey < req.upper
            AND item.dateStart <= date(req.to)
          WITH item ORDER BY item.sortKey LIMIT $limit
          RETURN {sortKey: item.sortKey, node: item {.id, .title, .status, .date, .datePrecision, .venue, .summary, .dateText, .dateTextGloss, .round, .roundInferred, .cameo, .cameoName, .goldstein, __typename: 'Meeting'}} AS row
        } AS page"
    `);
  });
  it("filter status", () => {
    expect(meetingList.filters.status.text).toMatchInlineSnapshot(`"item.status IN req.status"`);
  });
  it("filter from", () => {
    expect(meetingList.filters.from.text).toMatchInlineSnapshot(`"item.dateEnd >= date(req.from)"`);
  });
  it("filter to", () => {
    expect(meetingList.filters.to.text).toMatchInlineSnapshot(`"item.dateStart <= date(req.to)"`);
  });
  it("filter topic", () => {
    expect(meetingList.filters.topic.text).toMatchInlineSnapshot(
      `"EXISTS { MATCH (item)-[t:ABOUT]->() WHERE t.ownerId = req.topic }"`,
    );
  });
  it("filter participants", () => {
    expect(meetingList.filters.participants.text).toMatchInlineSnapshot(`
      "all(actor IN req.participants WHERE EXISTS {
              MATCH (item)<-[t:TOOK_PART_IN]-() WHERE t.ownerId = actor
            })"
    `);
  });
  it("filter pair", () => {
    expect(meetingList.filters.pair.text).toMatchInlineSnapshot(`
      "all(actor IN req.participants WHERE EXISTS {
              MATCH (item)<-[t:TOOK_PART_IN]-() WHERE t.ownerId = actor
            })"
    `);
  });
  it("extra participants", () => {
    expect(MEETING_EXTRAS.participants.text).toMatchInlineSnapshot(`
      "COLLECT {
              MATCH (participant:Person)-[:TOOK_PART_AS]->(took:Participation)-[:AT]->(item)
              RETURN {
                person: participant {.id, .name, .aliases, __typename: 'Person'},
                role: took.role,
                attended: item.status = "HELD",
                representing: head(COLLECT { MATCH (took)-[:REPRESENTING]->(represented) RETURN represented {.id, .name, .aliases, .kind, .cameo, .code, __labels: labels(represented)} AS a })
              } AS row ORDER BY toLower(participant.name), participant.id
            }"
    `);
  });
  it("extra statements", () => {
    expect(MEETING_EXTRAS.statements.text).toMatchInlineSnapshot(`
      "COLLECT {
              MATCH (said:Statement)-[:DURING]->(item)
              WITH said ORDER BY said.sortKey
              RETURN {node: said {.id, .text, .language, .translation, .kind, .date, .datePrecision, .dateText, .dateTextGloss, .cameo, .cameoName, .goldstein, __typename: 'Statement'}, details: {
          speakers: COLLECT { MATCH (p:Person)-[:SAID]->(said) RETURN p {.id, .name, .aliases, __typename: 'Person'} AS p ORDER BY p.id }
        }, sources: COLLECT {
        MATCH (said)-[reported:REPORTED_BY]->(article:Article)
        RETURN {article: article {.id, .title, .outlet, .language, .file, .published, .publishedPrecision, .publishedText, .titleSupplied, __typename: 'Article'}, excerpt: reported.excerpt} AS source
        ORDER BY article.id, reported.excerpt
      }}
            }"
    `);
  });
  it("extra statementsAbout", () => {
    expect(MEETING_EXTRAS.statementsAbout.text).toMatchInlineSnapshot(`
      "COLLECT {
              MATCH (said:Statement)-[:CONCERNS]->(item)
              WITH said ORDER BY said.sortKey
              RETURN {node: said {.id, .text, .language, .translation, .kind, .date, .datePrecision, .dateText, .dateTextGloss, .cameo, .cameoName, .goldstein, __typename: 'Statement'}, details: {
          speakers: COLLECT { MATCH (p:Person)-[:SAID]->(said) RETURN p {.id, .name, .aliases, __typename: 'Person'} AS p ORDER BY p.id }
        }, sources: COLLECT {
        MATCH (said)-[reported:REPORTED_BY]->(article:Article)
        RETURN {article: article {.id, .title, .outlet, .language, .file, .published, .publishedPrecision, .publishedText, .titleSupplied, __typename: 'Article'}, excerpt: reported.excerpt} AS source
        ORDER BY article.id, reported.excerpt
      }}
            }"
    `);
  });
  it("extra sources", () => {
    expect(MEETING_EXTRAS.sources.text).toMatchInlineSnapshot(`
      "COLLECT {
        MATCH (item)-[reported:REPORTED_BY]->(article:Article)
        RETURN {article: article {.id, .title, .outlet, .language, .file, .published, .publishedPrecision, .publishedText, .titleSupplied, __typename: 'Article'}, excerpt: reported.excerpt} AS source
        ORDER BY article.id, reported.excerpt
      }"
    `);
  });
  it("extra statementsDetailed", () => {
    expect(MEETING_EXTRAS.statementsDetailed.text).toMatchInlineSnapshot(`
      "COLLECT {
              MATCH (said:Statement)-[:DURING]->(item)
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
            }"
    `);
  });
  it("extra statementsAboutDetailed", () => {
    expect(MEETING_EXTRAS.statementsAboutDetailed.text).toMatchInlineSnapshot(`
      "COLLECT {
              MATCH (said:Statement)-[:CONCERNS]->(item)
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
            }"
    `);
  });
});

describe("statements", () => {
  it("walk speaker: first page", () => {
    expect(page(statementList, { walk: "speaker" })).toMatchInlineSnapshot(`
      "UNWIND $requests AS req
      WITH req, req.speaker AS anchor
      RETURN req.key AS key,
        COLLECT {
          MATCH ()-[r:SAID]->(item:Statement) USING INDEX SEEK r:SAID(ownerId, sortKey)
          WHERE r.ownerId = anchor
            AND r.sortKey >= ''
          WITH item, r ORDER BY r.ownerId, r.sortKey LIMIT $limit
          RETURN {sortKey: r.sortKey, node: item {.id, .text, .language, .translation, .kind, .date, .datePrecision, .dateText, .dateTextGloss, .cameo, .cameoName, .goldstein, __typename: 'Statement'}} AS row
        } AS page"
    `);
  });
  it("walk speaker: a later page with the whole list's count", () => {
    expect(page(statementList, { walk: "speaker", after: true }, "plain")).toMatchInlineSnapshot(`
      "UNWIND $requests AS req
      WITH req, req.speaker AS anchor
      RETURN req.key AS key,
        COLLECT {
          MATCH ()-[r:SAID]->(item:Statement) USING INDEX SEEK r:SAID(ownerId, sortKey)
          WHERE r.ownerId = anchor
            AND r.sortKey > req.after
          WITH item, r ORDER BY r.ownerId, r.sortKey LIMIT $limit
          RETURN {sortKey: r.sortKey, node: item {.id, .text, .language, .translation, .kind, .date, .datePrecision, .dateText, .dateTextGloss, .cameo, .cameoName, .goldstein, __typename: 'Statement'}} AS row
        } AS page,
        EXISTS {
          MATCH ()-[r:SAID]->(item:Statement) USING INDEX SEEK r:SAID(ownerId, sortKey)
          WHERE r.ownerId = anchor
            AND r.sortKey <= req.after
        } AS hasPreviousPage,
        coalesce(head(COLLECT {
              MATCH (counted:Person {id: anchor}) RETURN COUNT { (counted)-[:SAID]->() } AS degree
            }), 0) AS totalCount"
    `);
  });
  it("walk speaker: a later page filtered by onBehalfOf, counted", () => {
    expect(
      page(statementList, { walk: "speaker", after: true, filters: ["onBehalfOf"] }, "filtered"),
    ).toMatchInlineSnapshot(`
      "UNWIND $requests AS req
      WITH req, req.speaker AS anchor
      RETURN req.key AS key,
        COLLECT {
          MATCH ()-[r:SAID]->(item:Statement) USING INDEX SEEK r:SAID(ownerId, sortKey)
          WHERE r.ownerId = anchor
            AND r.sortKey > req.after
            AND EXISTS { MATCH (item)-[t:ON_BEHALF_OF]->() WHERE t.ownerId = req.onBehalfOf }
          WITH item, r ORDER BY r.ownerId, r.sortKey LIMIT $limit
          RETURN {sortKey: r.sortKey, node: item {.id, .text, .language, .translation, .kind, .date, .datePrecision, .dateText, .dateTextGloss, .cameo, .cameoName, .goldstein, __typename: 'Statement'}} AS row
        } AS page,
        EXISTS {
          MATCH ()-[r:SAID]->(item:Statement) USING INDEX SEEK r:SAID(ownerId, sortKey)
          WHERE r.ownerId = anchor
            AND r.sortKey <= req.after
            AND EXISTS { MATCH (item)-[t:ON_BEHALF_OF]->() WHERE t.ownerId = req.onBehalfOf }
        } AS hasPreviousPage,
        COUNT {
          MATCH ()-[r:SAID]->(item:Statement) USING INDEX SEEK r:SAID(ownerId, sortKey)
          WHERE r.ownerId = anchor
            AND r.sortKey >= ''
            AND EXISTS { MATCH (item)-[t:ON_BEHALF_OF]->() WHERE t.ownerId = req.onBehalfOf }
        } AS totalCount"
    `);
  });
  it("walk speaker: the count of a list filtered by onBehalfOf", () => {
    expect(
      count(statementList, { walk: "speaker", filters: ["onBehalfOf"] }),
    ).toMatchInlineSnapshot(`
      "UNWIND $requests AS req
      WITH req, req.speaker AS anchor
      RETURN req.key AS key, COUNT {
          MATCH ()-[r:SAID]->(item:Statement) USING INDEX SEEK r:SAID(ownerId, sortKey)
          WHERE r.ownerId = anchor
            AND r.sortKey >= ''
            AND EXISTS { MATCH (item)-[t:ON_BEHALF_OF]->() WHERE t.ownerId = req.onBehalfOf }
        } AS totalCount"
    `);
  });
  it("walk speaker: up to a date, the bound in the index seek", () => {
    expect(
      page(statementList, { walk: "speaker", filters: ["to"], upper: true }),
    ).toMatchInlineSnapshot(`
      "UNWIND $requests AS req
      WITH req, req.speaker AS anchor
      RETURN req.key AS key,
        COLLECT {
          MATCH ()-[r:SAID]->(item:Statement) USING INDEX SEEK r:SAID(ownerId, sortKey)
          WHERE r.ownerId = anchor
            AND r.sortKey >= ''
            AND r.sortKey < req.upper
            AND item.dateStart <= date(req.to)
          WITH item, r ORDER BY r.ownerId, r.sortKey LIMIT $limit
          RETURN {sortKey: r.sortKey, node: item {.id, .text, .language, .translation, .kind, .date, .datePrecision, .dateText, .dateTextGloss, .cameo, .cameoName, .goldstein, __typename: 'Statement'}} AS row
        } AS page"
    `);
  });
  it("walk principal: first page", () => {
    expect(page(statementList, { walk: "principal" })).toMatchInlineSnapshot(`
      "UNWIND $requests AS req
      WITH req, req.onBehalfOf AS anchor
      RETURN req.key AS key,
        COLLECT {
          MATCH (item:Statement)-[r:ON_BEHALF_OF]->() USING INDEX SEEK r:ON_BEHALF_OF(ownerId, sortKey)
          WHERE r.ownerId = anchor
            AND r.sortKey >= ''
          WITH item, r ORDER BY r.ownerId, r.sortKey LIMIT $limit
          RETURN {sortKey: r.sortKey, node: item {.id, .text, .language, .translation, .kind, .date, .datePrecision, .dateText, .dateTextGloss, .cameo, .cameoName, .goldstein, __typename: 'Statement'}} AS row
        } AS page"
    `);
  });
  it("walk principal: a later page with the whole list's count", () => {
    expect(page(statementList, { walk: "principal", after: true }, "plain")).toMatchInlineSnapshot(`
      "UNWIND $requests AS req
      WITH req, req.onBehalfOf AS anchor
      RETURN req.key AS key,
        COLLECT {
          MATCH (item:Statement)-[r:ON_BEHALF_OF]->() USING INDEX SEEK r:ON_BEHALF_OF(ownerId, sortKey)
          WHERE r.ownerId = anchor
            AND r.sortKey > req.after
          WITH item, r ORDER BY r.ownerId, r.sortKey LIMIT $limit
          RETURN {sortKey: r.sortKey, node: item {.id, .text, .language, .translation, .kind, .date, .datePrecision, .dateText, .dateTextGloss, .cameo, .cameoName, .goldstein, __typename: 'Statement'}} AS row
        } AS page,
        EXISTS {
          MATCH (item:Statement)-[r:ON_BEHALF_OF]->() USING INDEX SEEK r:ON_BEHALF_OF(ownerId, sortKey)
          WHERE r.ownerId = anchor
            AND r.sortKey <= req.after
        } AS hasPreviousPage,
        coalesce(head(COLLECT {
              MATCH (counted:Person|Organization|Country {id: anchor}) RETURN COUNT { (counted)<-[:ON_BEHALF_OF]-() } AS degree
            }), 0) AS totalCount"
    `);
  });
  it("walk principal: a later page filtered by speaker, counted", () => {
    expect(
      page(statementList, { walk: "principal", after: true, filters: ["speaker"] }, "filtered"),
    ).toMatchInlineSnapshot(`
      "UNWIND $requests AS req
      WITH req, req.onBehalfOf AS anchor
      RETURN req.key AS key,
        COLLECT {
          MATCH (item:Statement)-[r:ON_BEHALF_OF]->() USING INDEX SEEK r:ON_BEHALF_OF(ownerId, sortKey)
          WHERE r.ownerId = anchor
            AND r.sortKey > req.after
            AND EXISTS { MATCH (item)<-[t:SAID]-() WHERE t.ownerId = req.speaker }
          WITH item, r ORDER BY r.ownerId, r.sortKey LIMIT $limit
          RETURN {sortKey: r.sortKey, node: item {.id, .text, .language, .translation, .kind, .date, .datePrecision, .dateText, .dateTextGloss, .cameo, .cameoName, .goldstein, __typename: 'Statement'}} AS row
        } AS page,
        EXISTS {
          MATCH (item:Statement)-[r:ON_BEHALF_OF]->() USING INDEX SEEK r:ON_BEHALF_OF(ownerId, sortKey)
          WHERE r.ownerId = anchor
            AND r.sortKey <= req.after
            AND EXISTS { MATCH (item)<-[t:SAID]-() WHERE t.ownerId = req.speaker }
        } AS hasPreviousPage,
        COUNT {
          MATCH (item:Statement)-[r:ON_BEHALF_OF]->() USING INDEX SEEK r:ON_BEHALF_OF(ownerId, sortKey)
          WHERE r.ownerId = anchor
            AND r.sortKey >= ''
            AND EXISTS { MATCH (item)<-[t:SAID]-() WHERE t.ownerId = req.speaker }
        } AS totalCount"
    `);
  });
  it("walk principal: the count of a list filtered by speaker", () => {
    expect(
      count(statementList, { walk: "principal", filters: ["speaker"] }),
    ).toMatchInlineSnapshot(`
      "UNWIND $requests AS req
      WITH req, req.onBehalfOf AS anchor
      RETURN req.key AS key, COUNT {
          MATCH (item:Statement)-[r:ON_BEHALF_OF]->() USING INDEX SEEK r:ON_BEHALF_OF(ownerId, sortKey)
          WHERE r.ownerId = anchor
            AND r.sortKey >= ''
            AND EXISTS { MATCH (item)<-[t:SAID]-() WHERE t.ownerId = req.speaker }
        } AS totalCount"
    `);
  });
  it("walk principal: up to a date, the bound in the index seek", () => {
    expect(
      page(statementList, { walk: "principal", filters: ["to"], upper: true }),
    ).toMatchInlineSnapshot(`
      "UNWIND $requests AS req
      WITH req, req.onBehalfOf AS anchor
      RETURN req.key AS key,
        COLLECT {
          MATCH (item:Statement)-[r:ON_BEHALF_OF]->() USING INDEX SEEK r:ON_BEHALF_OF(ownerId, sortKey)
          WHERE r.ownerId = anchor
            AND r.sortKey >= ''
            AND r.sortKey < req.upper
            AND item.dateStart <= date(req.to)
          WITH item, r ORDER BY r.ownerId, r.sortKey LIMIT $limit
          RETURN {sortKey: r.sortKey, node: item {.id, .text, .language, .translation, .kind, .date, .datePrecision, .dateText, .dateTextGloss, .cameo, .cameoName, .goldstein, __typename: 'Statement'}} AS row
        } AS page"
    `);
  });
  it("walk topic: first page", () => {
    expect(page(statementList, { walk: "topic" })).toMatchInlineSnapshot(`
      "UNWIND $requests AS req
      WITH req, req.topic AS anchor
      RETURN req.key AS key,
        COLLECT {
          MATCH (item:Statement)-[r:ABOUT]->() USING INDEX SEEK r:ABOUT(ownerId, sortKey)
          WHERE r.ownerId = anchor
            AND r.sortKey >= ''
          WITH item, r ORDER BY r.ownerId, r.sortKey LIMIT $limit
          RETURN {sortKey: r.sortKey, node: item {.id, .text, .language, .translation, .kind, .date, .datePrecision, .dateText, .dateTextGloss, .cameo, .cameoName, .goldstein, __typename: 'Statement'}} AS row
        } AS page"
    `);
  });
  it("walk topic: a later page filtered by speaker, counted", () => {
    expect(
      page(statementList, { walk: "topic", after: true, filters: ["speaker"] }, "filtered"),
    ).toMatchInlineSnapshot(`
      "UNWIND $requests AS req
      WITH req, req.topic AS anchor
      RETURN req.key AS key,
        COLLECT {
          MATCH (item:Statement)-[r:ABOUT]->() USING INDEX SEEK r:ABOUT(ownerId, sortKey)
          WHERE r.ownerId = anchor
            AND r.sortKey > req.after
            AND EXISTS { MATCH (item)<-[t:SAID]-() WHERE t.ownerId = req.speaker }
          WITH item, r ORDER BY r.ownerId, r.sortKey LIMIT $limit
          RETURN {sortKey: r.sortKey, node: item {.id, .text, .language, .translation, .kind, .date, .datePrecision, .dateText, .dateTextGloss, .cameo, .cameoName, .goldstein, __typename: 'Statement'}} AS row
        } AS page,
        EXISTS {
          MATCH (item:Statement)-[r:ABOUT]->() USING INDEX SEEK r:ABOUT(ownerId, sortKey)
          WHERE r.ownerId = anchor
            AND r.sortKey <= req.after
            AND EXISTS { MATCH (item)<-[t:SAID]-() WHERE t.ownerId = req.speaker }
        } AS hasPreviousPage,
        COUNT {
          MATCH (item:Statement)-[r:ABOUT]->() USING INDEX SEEK r:ABOUT(ownerId, sortKey)
          WHERE r.ownerId = anchor
            AND r.sortKey >= ''
            AND EXISTS { MATCH (item)<-[t:SAID]-() WHERE t.ownerId = req.speaker }
        } AS totalCount"
    `);
  });
  it("walk topic: the count of a list filtered by speaker", () => {
    expect(count(statementList, { walk: "topic", filters: ["speaker"] })).toMatchInlineSnapshot(`
      "UNWIND $requests AS req
      WITH req, req.topic AS anchor
      RETURN req.key AS key, COUNT {
          MATCH (item:Statement)-[r:ABOUT]->() USING INDEX SEEK r:ABOUT(ownerId, sortKey)
          WHERE r.ownerId = anchor
            AND r.sortKey >= ''
            AND EXISTS { MATCH (item)<-[t:SAID]-() WHERE t.ownerId = req.speaker }
        } AS totalCount"
    `);
  });
  it("walk topic: up to a date, the bound in the index seek", () => {
    expect(
      page(statementList, { walk: "topic", filters: ["to"], upper: true }),
    ).toMatchInlineSnapshot(`
      "UNWIND $requests AS req
      WITH req, req.topic AS anchor
      RETURN req.key AS key,
        COLLECT {
          MATCH (item:Statement)-[r:ABOUT]->() USING INDEX SEEK r:ABOUT(ownerId, sortKey)
          WHERE r.ownerId = anchor
            AND r.sortKey >= ''
            AND r.sortKey < req.upper
            AND item.dateStart <= date(req.to)
          WITH item, r ORDER BY r.ownerId, r.sortKey LIMIT $limit
          RETURN {sortKey: r.sortKey, node: item {.id, .text, .language, .translation, .kind, .date, .datePrecision, .dateText, .dateTextGloss, .cameo, .cameoName, .goldstein, __typename: 'Statement'}} AS row
        } AS page"
    `);
  });
  it("walk all: first page", () => {
    expect(page(statementList, { walk: "all" })).toMatchInlineSnapshot(`
      "UNWIND $requests AS req
      WITH req, null AS anchor
      RETURN req.key AS key,
        COLLECT {
          MATCH (item:Statement) USING INDEX SEEK item:Statement(sortKey)
          WHERE item.sortKey >= ''
          WITH item ORDER BY item.sortKey LIMIT $limit
          RETURN {sortKey: item.sortKey, node: item {.id, .text, .language, .translation, .kind, .date, .datePrecision, .dateText, .dateTextGloss, .cameo, .cameoName, .goldstein, __typename: 'Statement'}} AS row
        } AS page"
    `);
  });
  it("walk all: a later page with the whole list's count", () => {
    expect(page(statementList, { walk: "all", after: true }, "plain")).toMatchInlineSnapshot(`
      "UNWIND $requests AS req
      WITH req, null AS anchor
      RETURN req.key AS key,
        COLLECT {
          MATCH (item:Statement) USING INDEX SEEK item:Statement(sortKey)
          WHERE item.sortKey > req.after
          WITH item ORDER BY item.sortKey LIMIT $limit
          RETURN {sortKey: item.sortKey, node: item {.id, .text, .language, .translation, .kind, .date, .datePrecision, .dateText, .dateTextGloss, .cameo, .cameoName, .goldstein, __typename: 'Statement'}} AS row
        } AS page,
        EXISTS {
          MATCH (item:Statement) USING INDEX SEEK item:Statement(sortKey)
          WHERE item.sortKey <= req.after
        } AS hasPreviousPage,
        COUNT { (:Statement) } AS totalCount"
    `);
  });
  it("walk all: a later page filtered by speaker, counted", () => {
    expect(
      page(statementList, { walk: "all", after: true, filters: ["speaker"] }, "filtered"),
    ).toMatchInlineSnapshot(`
      "UNWIND $requests AS req
      WITH req, null AS anchor
      RETURN req.key AS key,
        COLLECT {
          MATCH (item:Statement) USING INDEX SEEK item:Statement(sortKey)
          WHERE item.sortKey > req.after
            AND EXISTS { MATCH (item)<-[t:SAID]-() WHERE t.ownerId = req.speaker }
          WITH item ORDER BY item.sortKey LIMIT $limit
          RETURN {sortKey: item.sortKey, node: item {.id, .text, .language, .translation, .kind, .date, .datePrecision, .dateText, .dateTextGloss, .cameo, .cameoName, .goldstein, __typename: 'Statement'}} AS row
        } AS page,
        EXISTS {
          MATCH (item:Statement) USING INDEX SEEK item:Statement(sortKey)
          WHERE item.sortKey <= req.after
            AND EXISTS { MATCH (item)<-[t:SAID]-() WHERE t.ownerId = req.speaker }
        } AS hasPreviousPage,
        COUNT {
          MATCH (item:Statement) USING INDEX SEEK item:Statement(sortKey)
          WHERE item.sortKey >= ''
            AND EXISTS { MATCH (item)<-[t:SAID]-() WHERE t.ownerId = req.speaker }
        } AS totalCount"
    `);
  });
  it("walk all: the count of a list filtered by speaker", () => {
    expect(count(statementList, { walk: "all", filters: ["speaker"] })).toMatchInlineSnapshot(`
      "UNWIND $requests AS req
      WITH req, null AS anchor
      RETURN req.key AS key, COUNT {
          MATCH (item:Statement) USING INDEX SEEK item:Statement(sortKey)
          WHERE item.sortKey >= ''
            AND EXISTS { MATCH (item)<-[t:SAID]-() WHERE t.ownerId = req.speaker }
        } AS totalCount"
    `);
  });
  it("walk all: up to a date, the bound in the index seek", () => {
    expect(
      page(statementList, { walk: "all", filters: ["to"], upper: true }),
    ).toMatchInlineSnapshot(`
      "UNWIND $requests AS req
      WITH req, null AS anchor
      RETURN req.key AS key,
        COLLECT {
          MATCH (item:Statement) USING INDEX SEEK item:Statement(sortKey)
          WHERE item.sortKey >= ''
            AND item.sortKey < req.upper
            AND item.dateStart <= date(req.to)
          WITH item ORDER BY item.sortKey LIMIT $limit
          RETURN {sortKey: item.sortKey, node: item {.id, .text, .language, .translation, .kind, .date, .datePrecision, .dateText, .dateTextGloss, .cameo, .cameoName, .goldstein, __typename: 'Statement'}} AS row
        } AS page"
    `);
  });
  it("filter speaker", () => {
    expect(statementList.filters.speaker.text).toMatchInlineSnapshot(
      `"EXISTS { MATCH (item)<-[t:SAID]-() WHERE t.ownerId = req.speaker }"`,
    );
  });
  it("filter onBehalfOf", () => {
    expect(statementList.filters.onBehalfOf.text).toMatchInlineSnapshot(
      `"EXISTS { MATCH (item)-[t:ON_BEHALF_OF]->() WHERE t.ownerId = req.onBehalfOf }"`,
    );
  });
  it("filter directedAt", () => {
    expect(statementList.filters.directedAt.text).toMatchInlineSnapshot(
      `"EXISTS { MATCH (item)-[:DIRECTED_AT]->(target) WHERE target.id = req.directedAt }"`,
    );
  });
  it("filter topic", () => {
    expect(statementList.filters.topic.text).toMatchInlineSnapshot(
      `"EXISTS { MATCH (item)-[t:ABOUT]->() WHERE t.ownerId = req.topic }"`,
    );
  });
  it("filter language", () => {
    expect(statementList.filters.language.text).toMatchInlineSnapshot(
      `"item.language = req.language"`,
    );
  });
  it("filter from", () => {
    expect(statementList.filters.from.text).toMatchInlineSnapshot(
      `"item.dateEnd >= date(req.from)"`,
    );
  });
  it("filter to", () => {
    expect(statementList.filters.to.text).toMatchInlineSnapshot(`"item.dateStart <= date(req.to)"`);
  });
  it("extra speakers", () => {
    expect(STATEMENT_EXTRAS.speakers.text).toMatchInlineSnapshot(`
      "{
          speakers: COLLECT { MATCH (p:Person)-[:SAID]->(item) RETURN p {.id, .name, .aliases, __typename: 'Person'} AS p ORDER BY p.id }
        }"
    `);
  });
  it("extra details", () => {
    expect(STATEMENT_EXTRAS.details.text).toMatchInlineSnapshot(`
      "{
          speakers: COLLECT { MATCH (p:Person)-[:SAID]->(item) RETURN p {.id, .name, .aliases, __typename: 'Person'} AS p ORDER BY p.id },
          principals: COLLECT { MATCH (item)-[:ON_BEHALF_OF]->(a) RETURN a {.id, .name, .aliases, .kind, .cameo, .code, __labels: labels(a)} AS a ORDER BY a.id },
          relayedBy: head(COLLECT { MATCH (item)-[:RELAYED_BY]->(o:Organization) RETURN o {.id, .name, .aliases, .kind, .cameo, __typename: 'Organization'} AS o ORDER BY o.id }),
          targets: COLLECT { MATCH (item)-[:DIRECTED_AT]->(a) RETURN a {.id, .name, .aliases, .kind, .cameo, .code, __labels: labels(a)} AS a ORDER BY a.id },
          meeting: head(COLLECT { MATCH (item)-[:DURING]->(m:Meeting) RETURN m {.id, .title, .status, .date, .datePrecision, .venue, .summary, .dateText, .dateTextGloss, .round, .roundInferred, .cameo, .cameoName, .goldstein, __typename: 'Meeting'} }),
          concerns: head(COLLECT { MATCH (item)-[:CONCERNS]->(m:Meeting) RETURN m {.id, .title, .status, .date, .datePrecision, .venue, .summary, .dateText, .dateTextGloss, .round, .roundInferred, .cameo, .cameoName, .goldstein, __typename: 'Meeting'} }),
          topics: COLLECT { MATCH (item)-[:ABOUT]->(t:Topic) RETURN t {.id, .name, __typename: 'Topic'} AS t ORDER BY t.name },
          jointWith: COLLECT { MATCH (item)-[:JOINT_WITH]->(j:Statement) RETURN j {.id, .text, .language, .translation, .kind, .date, .datePrecision, .dateText, .dateTextGloss, .cameo, .cameoName, .goldstein, __typename: 'Statement'} AS j ORDER BY j.id }
        }"
    `);
  });
  it("extra sources", () => {
    expect(STATEMENT_EXTRAS.sources.text).toMatchInlineSnapshot(`
      "COLLECT {
        MATCH (item)-[reported:REPORTED_BY]->(article:Article)
        RETURN {article: article {.id, .title, .outlet, .language, .file, .published, .publishedPrecision, .publishedText, .titleSupplied, __typename: 'Article'}, excerpt: reported.excerpt} AS source
        ORDER BY article.id, reported.excerpt
      }"
    `);
  });
});

describe("people", () => {
  it("walk all: first page", () => {
    expect(page(PEOPLE, { walk: "all" })).toMatchInlineSnapshot(`
      "UNWIND $requests AS req
      WITH req, null AS anchor
      RETURN req.key AS key,
        COLLECT {
          MATCH (item:Person) USING INDEX SEEK item:Person(nameKey)
          WHERE item.nameKey >= ''
          WITH item ORDER BY item.nameKey LIMIT $limit
          RETURN {sortKey: item.nameKey, node: item {.id, .name, .aliases, __typename: 'Person'}} AS row
        } AS page"
    `);
  });
  it("walk all: a later page with the whole list's count", () => {
    expect(page(PEOPLE, { walk: "all", after: true }, "plain")).toMatchInlineSnapshot(`
      "UNWIND $requests AS req
      WITH req, null AS anchor
      RETURN req.key AS key,
        COLLECT {
          MATCH (item:Person) USING INDEX SEEK item:Person(nameKey)
          WHERE item.nameKey > req.after
          WITH item ORDER BY item.nameKey LIMIT $limit
          RETURN {sortKey: item.nameKey, node: item {.id, .name, .aliases, __typename: 'Person'}} AS row
        } AS page,
        EXISTS {
          MATCH (item:Person) USING INDEX SEEK item:Person(nameKey)
          WHERE item.nameKey <= req.after
        } AS hasPreviousPage,
        COUNT { (:Person) } AS totalCount"
    `);
  });
  it("walk search: first page", () => {
    expect(page(PEOPLE, { walk: "search" })).toMatchInlineSnapshot(`
      "UNWIND $requests AS req
      WITH req, null AS anchor
      RETURN req.key AS key,
        COLLECT {
          CALL db.index.fulltext.queryNodes('entityNames', req.search) YIELD node AS item
          WITH item
          WHERE item:Person
            AND item.nameKey >= ''
          WITH item ORDER BY item.nameKey LIMIT $limit
          RETURN {sortKey: item.nameKey, node: item {.id, .name, .aliases, __typename: 'Person'}} AS row
        } AS page"
    `);
  });
});
describe("offices", () => {
  // No stored order: a top-k over the party's positions by a computed key (./offices.ts).
  it("walk organization: first page", () => {
    expect(page(officeList, { walk: "organization" })).toMatchInlineSnapshot(`
      "UNWIND $requests AS req
      WITH req, req.id AS anchor
      RETURN req.key AS key,
        COLLECT {
          MATCH (party:Organization {id: anchor})<-[:OF]-(item:Position) USING INDEX party:Organization(id)
          WHERE NOT EXISTS { (:Person)-[:ALLEGEDLY_HELD]->(item) }
          WITH item ORDER BY coalesce(toString(item.fromStart), '9999-12-31') + '\\u0000' + item.title + '\\u0000' + item.id LIMIT $limit
          RETURN {sortKey: coalesce(toString(item.fromStart), '9999-12-31') + '\\u0000' + item.title + '\\u0000' + item.id, node: item {.id, .title, .kind, .from, .fromPrecision, .fromText, .to, .toPrecision, .toText, .current, __typename: 'Position'}} AS row
        } AS page"
    `);
  });
  it("walk country: a later page held at a date, counted", () => {
    expect(
      page(officeList, { walk: "country", after: true, filters: ["at"] }, "filtered"),
    ).toMatchInlineSnapshot(`
      "UNWIND $requests AS req
      WITH req, req.id AS anchor
      RETURN req.key AS key,
        COLLECT {
          MATCH (party:Country {id: anchor})<-[:OF]-(item:Position) USING INDEX party:Country(id)
          WHERE NOT EXISTS { (:Person)-[:ALLEGEDLY_HELD]->(item) }
            AND coalesce(toString(item.fromStart), '9999-12-31') + '\\u0000' + item.title + '\\u0000' + item.id > req.after
            AND (item.fromStart IS NULL OR item.fromStart <= date(req.end))
            AND (item.toEnd IS NULL OR item.toEnd >= date(req.start))
            AND NOT (item.current = false AND item.toEnd IS NULL AND item.asOf IS NOT NULL AND date(item.asOf) <= date(req.start))
          WITH item ORDER BY coalesce(toString(item.fromStart), '9999-12-31') + '\\u0000' + item.title + '\\u0000' + item.id LIMIT $limit
          RETURN {sortKey: coalesce(toString(item.fromStart), '9999-12-31') + '\\u0000' + item.title + '\\u0000' + item.id, node: item {.id, .title, .kind, .from, .fromPrecision, .fromText, .to, .toPrecision, .toText, .current, __typename: 'Position'}} AS row
        } AS page,
        EXISTS {
          MATCH (party:Country {id: anchor})<-[:OF]-(item:Position) USING INDEX party:Country(id)
          WHERE NOT EXISTS { (:Person)-[:ALLEGEDLY_HELD]->(item) }
            AND coalesce(toString(item.fromStart), '9999-12-31') + '\\u0000' + item.title + '\\u0000' + item.id <= req.after
            AND (item.fromStart IS NULL OR item.fromStart <= date(req.end))
            AND (item.toEnd IS NULL OR item.toEnd >= date(req.start))
            AND NOT (item.current = false AND item.toEnd IS NULL AND item.asOf IS NOT NULL AND date(item.asOf) <= date(req.start))
        } AS hasPreviousPage,
        COUNT {
          MATCH (party:Country {id: anchor})<-[:OF]-(item:Position) USING INDEX party:Country(id)
          WHERE NOT EXISTS { (:Person)-[:ALLEGEDLY_HELD]->(item) }
            AND (item.fromStart IS NULL OR item.fromStart <= date(req.end))
            AND (item.toEnd IS NULL OR item.toEnd >= date(req.start))
            AND NOT (item.current = false AND item.toEnd IS NULL AND item.asOf IS NOT NULL AND date(item.asOf) <= date(req.start))
        } AS totalCount"
    `);
  });
  it("walk organization: the whole list's count, the alleged left out", () => {
    expect(count(officeList, { walk: "organization" })).toMatchInlineSnapshot(`
      "UNWIND $requests AS req
      WITH req, req.id AS anchor
      RETURN req.key AS key, COUNT {
          MATCH (party:Organization {id: anchor})<-[:OF]-(item:Position) USING INDEX party:Organization(id)
          WHERE NOT EXISTS { (:Person)-[:ALLEGEDLY_HELD]->(item) }
        } AS totalCount"
    `);
  });
  it("extra details: holder, body and claim with the page", () => {
    expect(page(officeList, { walk: "country", include: ["details"] })).toMatchInlineSnapshot(`
      "UNWIND $requests AS req
      WITH req, req.id AS anchor
      RETURN req.key AS key,
        COLLECT {
          MATCH (party:Country {id: anchor})<-[:OF]-(item:Position) USING INDEX party:Country(id)
          WHERE NOT EXISTS { (:Person)-[:ALLEGEDLY_HELD]->(item) }
          WITH item ORDER BY coalesce(toString(item.fromStart), '9999-12-31') + '\\u0000' + item.title + '\\u0000' + item.id LIMIT $limit
          RETURN {sortKey: coalesce(toString(item.fromStart), '9999-12-31') + '\\u0000' + item.title + '\\u0000' + item.id, node: item {.id, .title, .kind, .from, .fromPrecision, .fromText, .to, .toPrecision, .toText, .current, __typename: 'Position'}, extras: {details: {
          holder: head(COLLECT { MATCH (p:Person)-[:HELD_POSITION|ALLEGEDLY_HELD]->(item) RETURN p {.*, __labels: labels(p)} AS p ORDER BY p.id }),
          of: head(COLLECT { MATCH (item)-[:OF]->(a) RETURN a {.*, __labels: labels(a)} AS a ORDER BY a.id }),
          claimedBy: head(COLLECT { MATCH (c:Statement)-[:CLAIMS]->(item) MATCH (c)-[:ON_BEHALF_OF]->(a) RETURN a {.*, __labels: labels(a)} AS a ORDER BY a.id }),
          claim: head(COLLECT { MATCH (c:Statement)-[:CLAIMS]->(item) RETURN c {.*, __labels: labels(c)} AS c ORDER BY c.id }),
          alleged: EXISTS { (:Person)-[:ALLEGEDLY_HELD]->(item) }
        }}} AS row
        } AS page"
    `);
  });
});

describe("pages that carry their items' fields", () => {
  it("an actor's meetings as the actor page asks for them: participants, quotes, sources", () => {
    expect(
      page(meetingList, {
        walk: "actor",
        include: ["participants", "statements", "statementsAbout", "sources"],
      }),
    ).toMatchInlineSnapshot(`
      "UNWIND $requests AS req
      WITH req, head(COLLECT {
              UNWIND req.participants AS actorId
              MATCH (a:Person|Organization|Country {id: actorId})
              RETURN a.id AS id ORDER BY COUNT { (a)-[:TOOK_PART_IN]->() }, id
            }) AS anchor
      RETURN req.key AS key,
        COLLECT {
          MATCH ()-[r:TOOK_PART_IN]->(item:Meeting) USING INDEX SEEK r:TOOK_PART_IN(ownerId, sortKey)
          WHERE r.ownerId = anchor
            AND r.sortKey >= ''
          WITH item, r ORDER BY r.ownerId, r.sortKey LIMIT $limit
          RETURN {sortKey: r.sortKey, node: item {.id, .title, .status, .date, .datePrecision, .venue, .summary, .dateText, .dateTextGloss, .round, .roundInferred, .cameo, .cameoName, .goldstein, __typename: 'Meeting'}, extras: {participants: COLLECT {
              MATCH (participant:Person)-[:TOOK_PART_AS]->(took:Participation)-[:AT]->(item)
              RETURN {
                person: participant {.id, .name, .aliases, __typename: 'Person'},
                role: took.role,
                attended: item.status = "HELD",
                representing: head(COLLECT { MATCH (took)-[:REPRESENTING]->(represented) RETURN represented {.id, .name, .aliases, .kind, .cameo, .code, __labels: labels(represented)} AS a })
              } AS row ORDER BY toLower(participant.name), participant.id
            }, statements: COLLECT {
              MATCH (said:Statement)-[:DURING]->(item)
              WITH said ORDER BY said.sortKey
              RETURN {node: said {.id, .text, .language, .translation, .kind, .date, .datePrecision, .dateText, .dateTextGloss, .cameo, .cameoName, .goldstein, __typename: 'Statement'}, details: {
          speakers: COLLECT { MATCH (p:Person)-[:SAID]->(said) RETURN p {.id, .name, .aliases, __typename: 'Person'} AS p ORDER BY p.id }
        }, sources: COLLECT {
        MATCH (said)-[reported:REPORTED_BY]->(article:Article)
        RETURN {article: article {.id, .title, .outlet, .language, .file, .published, .publishedPrecision, .publishedText, .titleSupplied, __typename: 'Article'}, excerpt: reported.excerpt} AS source
        ORDER BY article.id, reported.excerpt
      }}
            }, statementsAbout: COLLECT {
              MATCH (said:Statement)-[:CONCERNS]->(item)
              WITH said ORDER BY said.sortKey
              RETURN {node: said {.id, .text, .language, .translation, .kind, .date, .datePrecision, .dateText, .dateTextGloss, .cameo, .cameoName, .goldstein, __typename: 'Statement'}, details: {
          speakers: COLLECT { MATCH (p:Person)-[:SAID]->(said) RETURN p {.id, .name, .aliases, __typename: 'Person'} AS p ORDER BY p.id }
        }, sources: COLLECT {
        MATCH (said)-[reported:REPORTED_BY]->(article:Article)
        RETURN {article: article {.id, .title, .outlet, .language, .file, .published, .publishedPrecision, .publishedText, .titleSupplied, __typename: 'Article'}, excerpt: reported.excerpt} AS source
        ORDER BY article.id, reported.excerpt
      }}
            }, sources: COLLECT {
        MATCH (item)-[reported:REPORTED_BY]->(article:Article)
        RETURN {article: article {.id, .title, .outlet, .language, .file, .published, .publishedPrecision, .publishedText, .titleSupplied, __typename: 'Article'}, excerpt: reported.excerpt} AS source
        ORDER BY article.id, reported.excerpt
      }}} AS row
        } AS page"
    `);
  });
  it("a person's statements with their speakers and sources", () => {
    expect(
      page(statementList, { walk: "speaker", include: ["speakers", "sources"] }, "plain"),
    ).toMatchInlineSnapshot(`
      "UNWIND $requests AS req
      WITH req, req.speaker AS anchor
      RETURN req.key AS key,
        COLLECT {
          MATCH ()-[r:SAID]->(item:Statement) USING INDEX SEEK r:SAID(ownerId, sortKey)
          WHERE r.ownerId = anchor
            AND r.sortKey >= ''
          WITH item, r ORDER BY r.ownerId, r.sortKey LIMIT $limit
          RETURN {sortKey: r.sortKey, node: item {.id, .text, .language, .translation, .kind, .date, .datePrecision, .dateText, .dateTextGloss, .cameo, .cameoName, .goldstein, __typename: 'Statement'}, extras: {speakers: {
          speakers: COLLECT { MATCH (p:Person)-[:SAID]->(item) RETURN p {.id, .name, .aliases, __typename: 'Person'} AS p ORDER BY p.id }
        }, sources: COLLECT {
        MATCH (item)-[reported:REPORTED_BY]->(article:Article)
        RETURN {article: article {.id, .title, .outlet, .language, .file, .published, .publishedPrecision, .publishedText, .titleSupplied, __typename: 'Article'}, excerpt: reported.excerpt} AS source
        ORDER BY article.id, reported.excerpt
      }}} AS row
        } AS page,
        coalesce(head(COLLECT {
              MATCH (counted:Person {id: anchor}) RETURN COUNT { (counted)-[:SAID]->() } AS degree
            }), 0) AS totalCount"
    `);
  });
});

describe("organizations", () => {
  it("are walked as people are, by their own label", () => {
    expect(page(namedList("Organization"), { walk: "search" })).toMatchInlineSnapshot(`
      "UNWIND $requests AS req
      WITH req, null AS anchor
      RETURN req.key AS key,
        COLLECT {
          CALL db.index.fulltext.queryNodes('entityNames', req.search) YIELD node AS item
          WITH item
          WHERE item:Organization
            AND item.nameKey >= ''
          WITH item ORDER BY item.nameKey LIMIT $limit
          RETURN {sortKey: item.nameKey, node: item {.id, .name, .aliases, .kind, .cameo, __typename: 'Organization'}} AS row
        } AS page"
    `);
  });
});

describe("variables of the parts", () => {
  const req = mapVariable<{ speaker: string | null } & RequestFields>()("req");
  const { item } = listVariables;
  const r = variable("r");
  const clashing = local("r");
  const walks = {
    speaker: walk({
      anchor: req.field("speaker"),
      match: cypher`MATCH ()-[${r}:SAID]->(${item}:Statement)`,
      binds: ["r"],
      owner: cypher`${r}.ownerId = ${listVariables.anchor}`,
      key: cypher`${r}.sortKey`,
      order: cypher`${r}.sortKey`,
      carry: [item, r],
    }),
  };

  it("a filter that binds a walk's variable in its subquery is refused when the query is built", () => {
    // The filter's `r` would be the walk's relationship, not a new one: the condition would
    // hold only for the walked edge itself, silently.
    const spec = {
      label: "Statement",
      walks,
      filters: {
        spoken: cypher`EXISTS { MATCH (${item})<-[${clashing}:SAID]-() WHERE ${clashing}.ownerId = ${req.field("speaker")} }`,
      },
    } satisfies ListSpec;
    expect(() => page(spec, { walk: "speaker", filters: ["spoken"] })).toThrow(
      "Statement list, walk speaker, filter spoken: binds r in a subquery, a name the query already binds",
    );
  });

  it("and by the type checker where the list is defined", () => {
    const spoken = cypher`EXISTS { MATCH (${item})<-[${clashing}:SAID]-() WHERE ${clashing}.ownerId = ${req.field("speaker")} }`;
    const define = defineList<{ speaker: string | null }>();
    // @ts-expect-error Property '"a local variable has the name of a variable a walk binds"' is missing (its type: "r")
    define({ label: "Statement", walks, filters: { spoken } });
    // Without the clash, the same list is accepted.
    const t = local("t");
    const spokenApart = cypher`EXISTS { MATCH (${item})<-[${t}:SAID]-() WHERE ${t}.ownerId = ${req.field("speaker")} }`;
    expect(
      define({ label: "Statement", walks, filters: { spoken: spokenApart } }).filters.spoken.text,
    ).toContain("(item)<-[t:SAID]-()");
  });

  it("a part that needs a variable no walk binds is refused, by both", () => {
    const anchorOfAnother = variable("anchor2");
    const spec = {
      label: "Statement" as const,
      walks,
      filters: { elsewhere: cypher`${item}.id = ${anchorOfAnother}` },
    };
    // @ts-expect-error `anchor2` is not among the variables a filter may read (req, anchor, item)
    defineList<{ speaker: string | null }>()(spec);
    expect(() => page(spec as ListSpec, { walk: "speaker", filters: ["elsewhere"] })).toThrow(
      "Statement list, walk speaker, filter elsewhere: needs anchor2, not bound there (req, anchor, item, r)",
    );
  });

  it("a request's value that the list's requests do not carry does not type-check", () => {
    // @ts-expect-error `speakers` is not a value of these requests (`speaker` is)
    expect(req.field("speakers").text).toBe("req.speakers");
  });
});
