import type {
  CounterpartResolvers,
  CountryResolvers,
  OrganizationKind,
  OrganizationResolvers,
  PersonResolvers,
  PositionResolvers,
} from "../../__generated__/resolvers-types.ts";
import { meetingRequest, pageArgs, statementRequest } from "../../data/connections.ts";
import { parseFuzzyDate } from "../../data/dates.ts";
import { InvalidInputError } from "../../data/ids.ts";
import type { PositionsRequest } from "../../data/loaders.ts";
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
  positions: (person, { at }, { loaders }) =>
    loaders.personPositions.load(positionsRequest(person.id, at)),
  meetings: (person, { filter, first, after }, { loaders }) =>
    loaders.meetings.load(meetingRequest(filter, pageArgs(first, after), person.id)),
  statements: (person, { first, after }, { loaders }) =>
    loaders.statements.load(statementRequest({ speaker: person.id }, pageArgs(first, after))),
  counterparts: (person, { first }, { loaders }) => {
    const size = first ?? 20;
    if (!Number.isInteger(size) || size < 0 || size > 100)
      throw new InvalidInputError("first", "first: must be between 0 and 100");
    return loaders.counterparts.load({ key: `${person.id}|${size}`, id: person.id, first: size });
  },
  articles: (person, _, { loaders }) => loaders.personArticles.load(person.id),
};

export const Counterpart: CounterpartResolvers = {};

const ORGANIZATION_KINDS = new Set<OrganizationKind>([
  "GOVERNMENT_BODY",
  "INTERGOVERNMENTAL_ORGANIZATION",
  "ARMED_FORCE",
  "NEWS_OUTLET",
  "DIPLOMATIC_MISSION",
  "OPPOSITION_GROUP",
  "POLITICAL_GROUP",
  "MULTILATERAL_GROUP",
  "JOINT_BODY",
]);

export const Organization: OrganizationResolvers = {
  kind: (organization) => {
    const kind = organization.kind?.toUpperCase() as OrganizationKind | undefined;
    return kind && ORGANIZATION_KINDS.has(kind) ? kind : "OTHER";
  },
  country: async (organization, _, { loaders }) =>
    (await loaders.organizationDetails.load(organization.id)).country,
  partOf: async (organization, _, { loaders }) =>
    (await loaders.organizationDetails.load(organization.id)).partOf,
  positions: (organization, { at }, { loaders }) =>
    loaders.organizationPositions.load(positionsRequest(organization.id, at)),
  meetings: (organization, { filter, first, after }, { loaders }) =>
    loaders.meetings.load(meetingRequest(filter, pageArgs(first, after), organization.id)),
};

export const Country: CountryResolvers = {
  meetings: (country, { filter, first, after }, { loaders }) =>
    loaders.meetings.load(meetingRequest(filter, pageArgs(first, after), country.id)),
};

export const Position: PositionResolvers = {
  holder: async (position, _, { loaders }) => {
    const { holder } = await loaders.positionDetails.load(position.id);
    if (!holder) throw new Error(`position ${position.id} has no holder`);
    return holder;
  },
  of: async (position, _, { loaders }) => (await loaders.positionDetails.load(position.id)).of,
  claimedBy: async (position, _, { loaders }) =>
    (await loaders.positionDetails.load(position.id)).claimedBy,
  from: (position) => fuzzyDate(position.from, position.fromPrecision),
  to: (position) => fuzzyDate(position.to, position.toPrecision),
  sources: (position, _, { loaders }) => loaders.positionSources.load(position.id),
};
