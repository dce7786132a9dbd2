import type {
  ArticleResolvers,
  MeetingResolvers,
  ParticipantResolvers,
  PathResolvers,
  PlaceResolvers,
  StatementResolvers,
  TopicResolvers,
} from "../../__generated__/resolvers-types.ts";
import { fromParentId } from "../prefetch.ts";
import { pageOf } from "../selection.ts";
import { eventCode, fuzzyDate } from "./values.ts";

export const Meeting: MeetingResolvers = {
  date: (meeting) =>
    fuzzyDate(meeting.date, meeting.datePrecision, meeting.dateText, meeting.dateTextGloss),
  event: (meeting) => eventCode(meeting),
  place: fromParentId(async (id, _, { data }) => (await data.events.meetingDetails.load(id)).place),
  host: fromParentId(async (id, _, { data }) => (await data.events.meetingDetails.load(id)).host),
  previousRound: fromParentId(
    async (id, _, { data }) => (await data.events.meetingDetails.load(id)).previousRound,
  ),
  nextRound: fromParentId(
    async (id, _, { data }) => (await data.events.meetingDetails.load(id)).nextRound,
  ),
  topics: fromParentId(
    async (id, _, { data }) => (await data.events.meetingDetails.load(id)).topics,
  ),
  parties: fromParentId(
    async (id, _, { data }) => (await data.events.meetingDetails.load(id)).parties,
  ),
  intendedParties: fromParentId(
    async (id, _, { data }) => (await data.events.meetingDetails.load(id)).intendedParties,
  ),
  participants: fromParentId(async (id, _, { data }) =>
    (await data.events.participants.load(id)).filter((p) => p.attended),
  ),
  intendedParticipants: fromParentId(async (id, _, { data }) =>
    (await data.events.participants.load(id)).filter((p) => !p.attended),
  ),
  statements: fromParentId((id, _, { data }) => data.events.statementsDuring.load(id)),
  statementsAbout: fromParentId((id, _, { data }) => data.events.statementsAbout.load(id)),
  sources: fromParentId((id, _, { data }) => data.sources.meetingSources.load(id)),
};

export const Participant: ParticipantResolvers = {};

export const Statement: StatementResolvers = {
  date: (statement) =>
    fuzzyDate(statement.date, statement.datePrecision, statement.dateText, statement.dateTextGloss),
  event: (statement) => eventCode(statement),
  speaker: async (statement, _, { data }) =>
    (await data.events.statementDetails.load(statement.id, "speakers"))[0] ?? null,
  speakers: async (statement, _, { data }) =>
    await data.events.statementDetails.load(statement.id, "speakers"),
  onBehalfOf: async (statement, _, { data }) =>
    (await data.events.statementDetails.load(statement.id, "principals"))[0] ?? null,
  principals: async (statement, _, { data }) =>
    await data.events.statementDetails.load(statement.id, "principals"),
  relayedBy: async (statement, _, { data }) =>
    await data.events.statementDetails.load(statement.id, "relayedBy"),
  directedAt: async (statement, _, { data }) =>
    (await data.events.statementDetails.load(statement.id, "targets"))[0] ?? null,
  targets: async (statement, _, { data }) =>
    await data.events.statementDetails.load(statement.id, "targets"),
  meeting: async (statement, _, { data }) =>
    await data.events.statementDetails.load(statement.id, "meeting"),
  concerns: async (statement, _, { data }) =>
    await data.events.statementDetails.load(statement.id, "concerns"),
  topics: async (statement, _, { data }) =>
    await data.events.statementDetails.load(statement.id, "topics"),
  jointWith: async (statement, _, { data }) =>
    await data.events.statementDetails.load(statement.id, "jointWith"),
  sources: (statement, _, { data }) => data.sources.statementSources.load(statement.id),
};

export const Topic: TopicResolvers = {
  meetings: fromParentId((id, { ...page }, { services }, info) =>
    services.lists.meetings({ topic: id }, pageOf(page, info)),
  ),
  statements: fromParentId((id, { ...page }, { services }, info) =>
    services.lists.statements({ topic: id }, pageOf(page, info)),
  ),
};

export const Place: PlaceResolvers = {
  within: fromParentId(async (id, _, { data }) => (await data.events.placeDetails.load(id)).within),
  country: fromParentId(
    async (id, _, { data }) => (await data.events.placeDetails.load(id)).country,
  ),
};

export const Article: ArticleResolvers = {
  text: (article, _, { articleTexts }) => articleTexts.read(article.file),
  published: (article) =>
    fuzzyDate(article.published, article.publishedPrecision, article.publishedText),
  meetings: fromParentId(
    async (id, _, { data }) => (await data.sources.articleFacts.load(id)).meetings,
  ),
  statements: fromParentId(
    async (id, _, { data }) => (await data.sources.articleFacts.load(id)).statements,
  ),
  positions: fromParentId(
    async (id, _, { data }) => (await data.sources.articleFacts.load(id)).positions,
  ),
};

export const Path: PathResolvers = {};
