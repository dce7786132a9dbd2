import type { QueryResolvers } from "../../__generated__/resolvers-types.ts";
import { expectLabel } from "../../data/ids.ts";
import { meetingRequest, namedRequest, statementRequest } from "../../data/lists/index.ts";
import { pageArgs } from "../../data/pagination.ts";
import { pageOf } from "../selection.ts";

export const Query: QueryResolvers = {
  node: (_, { id }, { data }) => data.anyById(id),
  person: (_, { id }, { data }) => data.byId(id, "Person"),
  organization: (_, { id }, { data }) => data.byId(id, "Organization"),
  meeting: (_, { id }, { data }) => data.byId(id, "Meeting"),
  topic: (_, { id }, { data }) => data.byId(id, "Topic"),
  place: (_, { id }, { data }) => data.byId(id, "Place"),
  article: (_, { id }, { data }) => data.byId(id, "Article"),
  country: (_, { code }, { data }) => data.countryByCode(code),

  people: (_, { search, ...page }, { data }, info) =>
    data.lists.people.page.load(namedRequest(search, pageOf(page, info))),
  organizations: (_, { search, ...page }, { data }, info) =>
    data.lists.organizations.page.load(namedRequest(search, pageOf(page, info))),
  meetings: (_, { filter, ...page }, { data }, info) =>
    data.lists.meetings.page.load(meetingRequest(filter, pageOf(page, info))),
  statements: (_, { filter, ...page }, { data }, info) =>
    data.lists.statements.page.load(statementRequest(filter, pageOf(page, info))),

  articles: (_, { first, after }, { data }) => {
    if (after) expectLabel(after, ["Article"], "after");
    return data.articles(pageArgs(first, null).first, after ?? null);
  },
  countries: (_, __, { data }) => data.countries(),
  topics: (_, __, { data }) => data.topics(),

  search: (_, { text, first }, { data }) => data.search(text, pageArgs(first, null).first),
  shortestConnection: (_, { from, to, maxHops }, { data }) =>
    data.shortestConnection(from, to, maxHops),
  status: (_, __, { data }) => data.status(),
};
