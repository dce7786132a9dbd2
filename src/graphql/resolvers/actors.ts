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

export const Person: PersonResolvers = {
  positions: (person, { at }, { data }) =>
    data.actors.personPositions.load(positionsRequest(person.id, at)),
  meetings: (person, { filter, ...page }, { data }, info) =>
    data.lists.meetings.page.load(meetingRequest(filter, pageOf(page, info), person.id)),
  statements: (person, { ...page }, { data }, info) =>
    data.lists.statements.page.load(statementRequest({ speaker: person.id }, pageOf(page, info))),
  counterparts: (person, { first }, { data }) => {
    const size = first ?? 20;
    if (!Number.isInteger(size) || size < 0 || size > 100)
      throw new InvalidInputError("first", "first: must be between 0 and 100");
    return data.actors.counterparts.load({
      key: `${person.id}|${size}`,
      id: person.id,
      first: size,
    });
  },
  articles: (person, { first }, { data }) => {
    const size = pageArgs(first, null).first;
    return data.actors.personArticles.load({
      key: `${person.id}|${size}`,
      id: person.id,
      first: size,
    });
  },
};

export const Counterpart: CounterpartResolvers = {};

/** The stored kinds the contract names; anything else the sources call an organization is OTHER. */
const ORGANIZATION_KINDS = new Set<string>(Object.values(OrganizationKinds));

export const Organization: OrganizationResolvers = {
  kind: (organization) => {
    const kind = organization.kind?.toUpperCase();
    return kind && ORGANIZATION_KINDS.has(kind) ? (kind as OrganizationKind) : "OTHER";
  },
  country: async (organization, _, { data }) =>
    (await data.actors.organizationDetails.load(organization.id)).country,
  partOf: async (organization, _, { data }) =>
    (await data.actors.organizationDetails.load(organization.id)).partOf,
  positions: (organization, { at }, { data }) =>
    data.actors.organizationPositions.load(positionsRequest(organization.id, at)),
  meetings: (organization, { filter, ...page }, { data }, info) =>
    data.lists.meetings.page.load(meetingRequest(filter, pageOf(page, info), organization.id)),
};

export const Country: CountryResolvers = {
  meetings: (country, { filter, ...page }, { data }, info) =>
    data.lists.meetings.page.load(meetingRequest(filter, pageOf(page, info), country.id)),
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
  from: (position) => fuzzyDate(position.from, position.fromPrecision),
  to: (position) => fuzzyDate(position.to, position.toPrecision),
  sources: (position, _, { data }) => data.sources.positionSources.load(position.id),
};
