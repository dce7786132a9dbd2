import {
  type CounterpartResolvers,
  type CountryResolvers,
  type OrganizationKind,
  OrganizationKind as OrganizationKinds,
  type OrganizationResolvers,
  type PersonResolvers,
  type PositionResolvers,
} from "../../__generated__/resolvers-types.ts";
import type { PositionsRequest } from "../../data/actors.ts";
import { parseFuzzyDate } from "../../data/dates.ts";
import { InvalidInputError } from "../../data/ids.ts";
import { meetingRequest, statementRequest } from "../../data/lists/index.ts";
import { pageArgs } from "../../data/pagination.ts";
import { fromParentId } from "../prefetch.ts";
import { pageOf } from "../selection.ts";
import { fuzzyDate } from "./values.ts";

function positionsRequest(id: string, at: string | null | undefined): PositionsRequest {
  const interval = at ? parseFuzzyDate(at, "at") : null;
  return {
    key: `${id}|${at ?? ""}`,
    id,
    start: interval?.start ?? null,
    end: interval?.end ?? null,
  };
}

/**
 * The positions a list loaded that are (`alleged`) or are not another actor's claim. Their
 * details came with the list, so this costs no query.
 */
async function onlyAlleged<T extends { id: string }>(
  data: { actors: { positionDetails: { load(id: string): Promise<{ alleged: boolean }> } } },
  positions: T[],
  alleged: boolean,
): Promise<T[]> {
  const details = await Promise.all(positions.map((p) => data.actors.positionDetails.load(p.id)));
  return positions.filter((_, i) => details[i]?.alleged === alleged);
}

export const Person: PersonResolvers = {
  positions: fromParentId(async (id, { at }, { data }) =>
    onlyAlleged(data, await data.actors.personPositions.load(positionsRequest(id, at)), false),
  ),
  allegedPositions: fromParentId(async (id, _, { data }) =>
    onlyAlleged(data, await data.actors.personPositions.load(positionsRequest(id, null)), true),
  ),
  meetings: fromParentId((id, { filter, ...page }, { data }, info) =>
    data.lists.meetings.page.load(meetingRequest(filter, pageOf(page, info), id)),
  ),
  statements: fromParentId((id, { ...page }, { data }, info) =>
    data.lists.statements.page.load(statementRequest({ speaker: id }, pageOf(page, info))),
  ),
  counterparts: fromParentId((id, { first, from, to }, { data }) => {
    const size = first ?? 20;
    if (!Number.isInteger(size) || size < 0 || size > 100)
      throw new InvalidInputError("first", "first: must be between 0 and 100");
    const start = from ? parseFuzzyDate(from, "from").start : null;
    const end = to ? parseFuzzyDate(to, "to").end : null;
    return data.actors.counterparts.load({
      key: `${id}|${size}|${start ?? ""}|${end ?? ""}`,
      id,
      first: size,
      from: start,
      to: end,
    });
  }),
  articles: fromParentId((id, { first }, { data }) => {
    const size = pageArgs(first, null).first;
    return data.actors.personArticles.load({ key: `${id}|${size}`, id, first: size });
  }),
};

export const Counterpart: CounterpartResolvers = {
  meetings: (counterpart, _args, { data }) =>
    data.actors.sharedMeetings.load({
      key: `${counterpart.of}|${counterpart.person.id}`,
      person: counterpart.of,
      counterpart: counterpart.person.id,
    }),
};

/** The stored kinds the contract names; anything else the sources call an organization is OTHER. */
const ORGANIZATION_KINDS = new Set<string>(Object.values(OrganizationKinds));

export const Organization: OrganizationResolvers = {
  kind: (organization) => {
    const kind = organization.kind?.toUpperCase();
    return kind && ORGANIZATION_KINDS.has(kind) ? (kind as OrganizationKind) : "OTHER";
  },
  country: fromParentId(
    async (id, _, { data }) => (await data.actors.organizationDetails.load(id)).country,
  ),
  partOf: fromParentId(
    async (id, _, { data }) => (await data.actors.organizationDetails.load(id)).partOf,
  ),
  positions: fromParentId(async (id, { at }, { data }) =>
    onlyAlleged(
      data,
      await data.actors.organizationPositions.load(positionsRequest(id, at)),
      false,
    ),
  ),
  meetings: fromParentId((id, { filter, ...page }, { data }, info) =>
    data.lists.meetings.page.load(meetingRequest(filter, pageOf(page, info), id)),
  ),
  relayed: fromParentId((id, { first }, { data }) => {
    const size = pageArgs(first, null).first;
    return data.actors.relayed.load({ key: `${id}|${size}`, id, first: size });
  }),
};

export const Country: CountryResolvers = {
  meetings: fromParentId((id, { filter, ...page }, { data }, info) =>
    data.lists.meetings.page.load(meetingRequest(filter, pageOf(page, info), id)),
  ),
  positions: fromParentId(async (id, { at }, { data }) =>
    onlyAlleged(data, await data.actors.countryPositions.load(positionsRequest(id, at)), false),
  ),
};

export const Position: PositionResolvers = {
  holder: async (position, _, { data }) => {
    const { holder } = await data.actors.positionDetails.load(position.id);
    if (!holder) throw new Error(`position ${position.id} has no holder`);
    return holder;
  },
  of: async (position, _, { data }) => (await data.actors.positionDetails.load(position.id)).of,
  claimedBy: async (position, _, { data }) =>
    (await data.actors.positionDetails.load(position.id)).claimedBy,
  claim: async (position, _, { data }) =>
    (await data.actors.positionDetails.load(position.id)).claim,
  from: (position) => fuzzyDate(position.from, position.fromPrecision, position.fromText),
  to: (position) => fuzzyDate(position.to, position.toPrecision, position.toText),
  sources: (position, _, { data }) => data.sources.positionSources.load(position.id),
};
