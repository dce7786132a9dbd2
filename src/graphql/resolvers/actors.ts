import {
  type CounterpartResolvers,
  type CountryResolvers,
  type OrganizationKind,
  OrganizationKind as OrganizationKinds,
  type OrganizationResolvers,
  type PersonResolvers,
  type PositionResolvers,
} from "../../__generated__/resolvers-types.ts";
import { fromParentId } from "../prefetch.ts";
import { pageOf } from "../selection.ts";
import { fuzzyDate } from "./values.ts";

export const Person: PersonResolvers = {
  positions: fromParentId((id, { at }, { services }) => services.actors.personPositions(id, at)),
  allegedPositions: fromParentId((id, _, { services }) =>
    services.actors.personPositions(id, null, { alleged: true }),
  ),
  meetings: fromParentId((id, { filter, ...page }, { services }, info) =>
    services.lists.meetings(filter, pageOf(page, info), id),
  ),
  statements: fromParentId((id, { ...page }, { services }, info) =>
    services.lists.statements({ speaker: id }, pageOf(page, info)),
  ),
  counterparts: fromParentId((id, { first, from, to }, { services }) =>
    services.actors.counterparts(id, first, from, to),
  ),
  articles: fromParentId((id, { first }, { services }) => services.actors.articles(id, first)),
};

export const Counterpart: CounterpartResolvers = {
  meetings: (counterpart, _args, { services }) =>
    services.actors.sharedMeetings(counterpart.of, counterpart.person.id),
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
  positions: fromParentId((id, { at }, { services }) =>
    services.actors.organizationPositions(id, at),
  ),
  offices: fromParentId((id, { at, ...page }, { services }, info) =>
    services.lists.offices("organization", id, at, pageOf(page, info)),
  ),
  meetings: fromParentId((id, { filter, ...page }, { services }, info) =>
    services.lists.meetings(filter, pageOf(page, info), id),
  ),
  relayed: fromParentId((id, { first }, { services }) => services.actors.relayed(id, first)),
};

export const Country: CountryResolvers = {
  meetings: fromParentId((id, { filter, ...page }, { services }, info) =>
    services.lists.meetings(filter, pageOf(page, info), id),
  ),
  positions: fromParentId((id, { at }, { services }) => services.actors.countryPositions(id, at)),
  offices: fromParentId((id, { at, ...page }, { services }, info) =>
    services.lists.offices("country", id, at, pageOf(page, info)),
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
