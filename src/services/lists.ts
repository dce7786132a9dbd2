/**
 * The paged lists a client asks for: the filter checked (ids of the right kinds, lists and
 * text within their caps, dates that are dates), the page arguments decoded, and the data
 * layer's request built from them (../data/lists/).
 */
import type { MeetingFilter, StatementFilter } from "../__generated__/resolvers-types.ts";
import type { DataLayer } from "../data/index.ts";
import {
  type ListRequest,
  meetingListRequest,
  namedListRequest,
  officeListRequest,
  statementListRequest,
} from "../data/lists/index.ts";
import type { PageArgs } from "../data/pagination.ts";
import { luceneQuery } from "../data/search.ts";
import { dateFilter, parseFuzzyDate } from "./dates.ts";
import { InvalidInputError } from "./errors.ts";
import { ACTOR_LABELS, expectLabel } from "./ids.ts";
import { cappedList, freeText, searchText } from "./inputs.ts";

/** A meeting filter (plus the actor whose list it is) as one list request. */
export function meetingRequest(
  filter: MeetingFilter | null | undefined,
  page: PageArgs,
  scope?: string,
): ListRequest {
  const participants = [
    ...(scope ? [scope] : []),
    ...cappedList(filter?.participants, "filter.participants"),
    ...(filter?.participant ? [filter.participant] : []),
  ];
  for (const id of participants) expectLabel(id, ACTOR_LABELS, "filter.participants");
  const countries = cappedList(filter?.countries, "filter.countries").map((code) => {
    if (!/^[A-Za-z]{3}$/.test(code))
      throw new InvalidInputError(
        "filter.countries",
        `filter.countries: "${code.slice(0, 20)}" is not an ISO alpha-3 code such as IRN`,
      );
    return `country:${code.toUpperCase()}`;
  });
  if (filter?.topic) expectLabel(filter.topic, ["Topic"], "filter.topic");
  const actors = [...new Set([...participants, ...countries])];
  const status = filter?.status?.length ? cappedList(filter.status, "filter.status") : null;
  const topic = filter?.topic ?? null;
  const dates = dateFilter(filter?.from, filter?.to);
  return meetingListRequest(
    { participants: actors, status, topic, from: dates.from, to: dates.to },
    page,
    dates.upper,
  );
}

/** A statement filter as one list request. */
export function statementRequest(
  filter: StatementFilter | null | undefined,
  page: PageArgs,
): ListRequest {
  if (filter?.speaker) expectLabel(filter.speaker, ["Person"], "filter.speaker");
  if (filter?.onBehalfOf) expectLabel(filter.onBehalfOf, ACTOR_LABELS, "filter.onBehalfOf");
  if (filter?.directedAt) expectLabel(filter.directedAt, ACTOR_LABELS, "filter.directedAt");
  if (filter?.topic) expectLabel(filter.topic, ["Topic"], "filter.topic");
  const language = filter?.language ? freeText(filter.language, "filter.language") : null;
  const dates = dateFilter(filter?.from, filter?.to);
  return statementListRequest(
    {
      speaker: filter?.speaker ?? null,
      onBehalfOf: filter?.onBehalfOf ?? null,
      directedAt: filter?.directedAt ?? null,
      topic: filter?.topic ?? null,
      language,
      from: dates.from,
      to: dates.to,
    },
    page,
    dates.upper,
  );
}

/** People or organizations by name, optionally narrowed by a name search. */
export function namedRequest(search: string | null | undefined, page: PageArgs): ListRequest {
  const text = searchText(search, "search");
  const query = text ? luceneQuery(text) : null;
  if (text && !query)
    throw new InvalidInputError("search", "search: nothing searchable in the text");
  return namedListRequest(query, page);
}

/** An organization's or a country's offices, held at `at` (a year, month or day) when given. */
export function officesRequest(
  party: "organization" | "country",
  id: string,
  at: string | null | undefined,
  page: PageArgs,
): ListRequest {
  const interval = at ? parseFuzzyDate(at, "at") : null;
  return officeListRequest(
    party,
    { id, start: interval?.start ?? null, end: interval?.end ?? null },
    page,
  );
}

/** The lists of one request's data layer, asked for with a client's arguments. */
export function listServices(data: DataLayer) {
  return {
    meetings: (filter: MeetingFilter | null | undefined, page: PageArgs, scope?: string) =>
      data.lists.meetings.page.load(meetingRequest(filter, page, scope)),
    statements: (filter: StatementFilter | null | undefined, page: PageArgs) =>
      data.lists.statements.page.load(statementRequest(filter, page)),
    people: (search: string | null | undefined, page: PageArgs) =>
      data.lists.people.page.load(namedRequest(search, page)),
    organizations: (search: string | null | undefined, page: PageArgs) =>
      data.lists.organizations.page.load(namedRequest(search, page)),
    offices: (
      party: "organization" | "country",
      id: string,
      at: string | null | undefined,
      page: PageArgs,
    ) => data.lists.offices.page.load(officesRequest(party, id, at, page)),
  };
}
