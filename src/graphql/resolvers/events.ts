import type {
  ArticleResolvers,
  MeetingResolvers,
  ParticipantResolvers,
  PathResolvers,
  PlaceResolvers,
  StatementResolvers,
  TopicResolvers,
} from "../../__generated__/resolvers-types.ts";
import { meetingRequest, pageArgs, statementRequest } from "../../data/connections.ts";
import { eventCode, fuzzyDate } from "./values.ts";

export const Meeting: MeetingResolvers = {
  date: (meeting) => fuzzyDate(meeting.date, meeting.datePrecision),
  event: (meeting) => eventCode(meeting),
  place: async (meeting, _, { loaders }) => (await loaders.meetingDetails.load(meeting.id)).place,
  host: async (meeting, _, { loaders }) => (await loaders.meetingDetails.load(meeting.id)).host,
  previousRound: async (meeting, _, { loaders }) =>
    (await loaders.meetingDetails.load(meeting.id)).previousRound,
  nextRound: async (meeting, _, { loaders }) =>
    (await loaders.meetingDetails.load(meeting.id)).nextRound,
  topics: async (meeting, _, { loaders }) => (await loaders.meetingDetails.load(meeting.id)).topics,
  parties: async (meeting, _, { loaders }) =>
    (await loaders.meetingDetails.load(meeting.id)).parties,
  participants: (meeting, _, { loaders }) => loaders.participants.load(meeting.id),
  statements: (meeting, _, { loaders }) => loaders.statementsDuring.load(meeting.id),
  statementsAbout: (meeting, _, { loaders }) => loaders.statementsAbout.load(meeting.id),
  sources: (meeting, _, { loaders }) => loaders.meetingSources.load(meeting.id),
};

export const Participant: ParticipantResolvers = {};

export const Statement: StatementResolvers = {
  date: (statement) => fuzzyDate(statement.date, statement.datePrecision),
  event: (statement) => eventCode(statement),
  speaker: async (statement, _, { loaders }) =>
    (await loaders.statementDetails.load(statement.id)).speakers[0] ?? null,
  speakers: async (statement, _, { loaders }) =>
    (await loaders.statementDetails.load(statement.id)).speakers,
  onBehalfOf: async (statement, _, { loaders }) =>
    (await loaders.statementDetails.load(statement.id)).principals[0] ?? null,
  principals: async (statement, _, { loaders }) =>
    (await loaders.statementDetails.load(statement.id)).principals,
  relayedBy: async (statement, _, { loaders }) =>
    (await loaders.statementDetails.load(statement.id)).relayedBy,
  directedAt: async (statement, _, { loaders }) =>
    (await loaders.statementDetails.load(statement.id)).targets[0] ?? null,
  targets: async (statement, _, { loaders }) =>
    (await loaders.statementDetails.load(statement.id)).targets,
  meeting: async (statement, _, { loaders }) =>
    (await loaders.statementDetails.load(statement.id)).meeting,
  concerns: async (statement, _, { loaders }) =>
    (await loaders.statementDetails.load(statement.id)).concerns,
  topics: async (statement, _, { loaders }) =>
    (await loaders.statementDetails.load(statement.id)).topics,
  sources: (statement, _, { loaders }) => loaders.statementSources.load(statement.id),
};

export const Topic: TopicResolvers = {
  meetings: (topic, { first, after }, { loaders }) =>
    loaders.meetings.load(meetingRequest({ topic: topic.id }, pageArgs(first, after))),
  statements: (topic, { first, after }, { loaders }) =>
    loaders.statements.load(statementRequest({ topic: topic.id }, pageArgs(first, after))),
};

export const Place: PlaceResolvers = {
  within: async (place, _, { loaders }) => (await loaders.placeDetails.load(place.id)).within,
  country: async (place, _, { loaders }) => (await loaders.placeDetails.load(place.id)).country,
};

export const Article: ArticleResolvers = {
  published: (article) => fuzzyDate(article.published, article.publishedPrecision),
  meetings: async (article, _, { loaders }) =>
    (await loaders.articleFacts.load(article.id)).meetings,
  statements: async (article, _, { loaders }) =>
    (await loaders.articleFacts.load(article.id)).statements,
  positions: async (article, _, { loaders }) =>
    (await loaders.articleFacts.load(article.id)).positions,
};

export const Path: PathResolvers = {};
