import type { GraphQLResolveInfo } from "graphql";
import type { QueryResolvers } from "../../__generated__/resolvers-types.ts";
import type { GraphQLContext } from "../context.ts";
import { prefetchFields } from "../prefetch.ts";
import { pageOf } from "../selection.ts";
import { Organization, Person } from "./actors.ts";
import { Article, Meeting, Place, Topic } from "./events.ts";

/** The resolvers of each type a lookup by id answers: their fields may start early. */
const RESOLVERS_OF = { Person, Organization, Meeting, Topic, Place, Article };

/** A node by id, with the loads of the fields selected under it started alongside. */
function lookup<L extends keyof typeof RESOLVERS_OF>(
  id: string,
  label: L,
  context: GraphQLContext,
  info: GraphQLResolveInfo,
) {
  const node = context.services.nodes.byId(id, label);
  prefetchFields(label, RESOLVERS_OF[label], id, context, info);
  return node;
}

export const Query: QueryResolvers = {
  node: (_, { id }, { services }) => services.nodes.anyById(id),
  person: (_, { id }, context, info) => lookup(id, "Person", context, info),
  organization: (_, { id }, context, info) => lookup(id, "Organization", context, info),
  meeting: (_, { id }, context, info) => lookup(id, "Meeting", context, info),
  topic: (_, { id }, context, info) => lookup(id, "Topic", context, info),
  place: (_, { id }, context, info) => lookup(id, "Place", context, info),
  article: (_, { id }, context, info) => lookup(id, "Article", context, info),
  country: (_, { code }, { services }) => services.nodes.countryByCode(code),

  people: (_, { search, ...page }, { services }, info) =>
    services.lists.people(search, pageOf(page, info)),
  organizations: (_, { search, ...page }, { services }, info) =>
    services.lists.organizations(search, pageOf(page, info)),
  meetings: (_, { filter, ...page }, { services }, info) =>
    services.lists.meetings(filter, pageOf(page, info)),
  statements: (_, { filter, ...page }, { services }, info) =>
    services.lists.statements(filter, pageOf(page, info)),

  articles: (_, { first, after }, { services }) => services.nodes.articles(first, after),
  countries: (_, __, { data }) => data.countries(),
  topics: (_, __, { data }) => data.topics(),

  search: (_, { text, first }, { services }) => services.nodes.search(text, first),
  shortestConnection: (_, { from, to, maxHops }, { services }) =>
    services.nodes.shortestConnection(from, to, maxHops),
  shortestConnections: (_, { from, to, maxHops, first, without }, { services }) =>
    services.nodes.shortestConnections(from, to, maxHops, first, without),
  status: async (_, __, { data, versionDetails }) => {
    const status = await data.status();
    return versionDetails ? status : { ...status, neo4jVersion: null };
  },
};
