import type { QueryResolvers } from "../../__generated__/resolvers-types.ts";
import {
  meetingRequest,
  namedRequest,
  pageArgs,
  statementRequest,
} from "../../data/connections.ts";
import { expectLabel, InvalidInputError, labelOf } from "../../data/ids.ts";
import { type Loaders, listAll } from "../../data/loaders.ts";
import { shortestConnection } from "../../data/paths.ts";
import { parseAs } from "../../data/records.ts";
import { search } from "../../data/search.ts";

/** Loads one node by id when it has the expected label; null when no such node exists. */
async function byId<T extends Parameters<typeof parseAs>[0]>(
  loaders: Loaders,
  id: string,
  label: T,
) {
  expectLabel(id, [label]);
  const record = await loaders.node.load(id);
  return record ? parseAs(label, record) : null;
}

export const Query: QueryResolvers = {
  node: async (_, { id }, { loaders }) => {
    labelOf(id);
    return loaders.node.load(id);
  },
  person: (_, { id }, { loaders }) => byId(loaders, id, "Person"),
  organization: (_, { id }, { loaders }) => byId(loaders, id, "Organization"),
  meeting: (_, { id }, { loaders }) => byId(loaders, id, "Meeting"),
  topic: (_, { id }, { loaders }) => byId(loaders, id, "Topic"),
  place: (_, { id }, { loaders }) => byId(loaders, id, "Place"),
  article: (_, { id }, { loaders }) => byId(loaders, id, "Article"),
  country: async (_, { code }, { loaders }) => {
    if (!/^[A-Za-z]{3}$/.test(code)) {
      throw new InvalidInputError(
        "code",
        `code: "${code.slice(0, 20)}" is not an ISO 3166-1 alpha-3 code such as IRN`,
      );
    }
    const record = await loaders.node.load(`country:${code.toUpperCase()}`);
    return record ? parseAs("Country", record) : null;
  },

  people: (_, { search: text, first, after }, { loaders }) =>
    loaders.people.load(namedRequest(text, pageArgs(first, after))),
  organizations: (_, { search: text, first, after }, { loaders }) =>
    loaders.organizations.load(namedRequest(text, pageArgs(first, after))),
  meetings: (_, { filter, first, after }, { loaders }) =>
    loaders.meetings.load(meetingRequest(filter, pageArgs(first, after))),
  statements: (_, { filter, first, after }, { loaders }) =>
    loaders.statements.load(statementRequest(filter, pageArgs(first, after))),

  articles: (_, __, { db }) => listAll(db, "Article", "n.id"),
  countries: (_, __, { db }) => listAll(db, "Country", "n.name"),
  topics: (_, __, { db }) => listAll(db, "Topic", "n.name, n.id"),

  search: (_, { text, first }, { db }) => search(db, text, pageArgs(first, null).first) as never,
  shortestConnection: (_, { from, to, maxHops }, { db }) =>
    shortestConnection(db, from, to, maxHops),

  status: async (_, __, { db }) => {
    const [row] = await db.read(
      "CALL dbms.components() YIELD name, versions, edition WHERE name = 'Neo4j Kernel' RETURN versions[0] AS version, edition",
    );
    return {
      neo4jVersion: String(row?.version ?? "unknown"),
      neo4jEdition: String(row?.edition ?? "unknown"),
    };
  },
};
