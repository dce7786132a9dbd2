import type {
  ArticleResolvers,
  MeetingResolvers,
  ParticipantResolvers,
  PathResolvers,
  PlaceResolvers,
  StatementResolvers,
  TopicResolvers,
} from "../../__generated__/resolvers-types.ts";
import { meetingRequest, statementRequest } from "../../data/lists/index.ts";
import { pageOf } from "../selection.ts";
import { eventCode, fuzzyDate } from "./values.ts";

export const Meeting: MeetingResolvers = {
  date: (meeting) => fuzzyDate(meeting.date, meeting.datePrecision),
  event: (meeting) => eventCode(meeting),
  place: async (meeting, _, { data }) => (await data.events.meetingDetails.load(meeting.id)).place,
  host: async (meeting, _, { data }) => (await data.events.meetingDetails.load(meeting.id)).host,
  previousRound: async (meeting, _, { data }) =>
    (await data.events.meetingDetails.load(meeting.id)).previousRound,
  nextRound: async (meeting, _, { data }) =>
    (await data.events.meetingDetails.load(meeting.id)).nextRound,
  topics: async (meeting, _, { data }) =>
    (await data.events.meetingDetails.load(meeting.id)).topics,
  parties: async (meeting, _, { data }) =>
    (await data.events.meetingDetails.load(meeting.id)).parties,
  participants: (meeting, _, { data }) => data.events.participants.load(meeting.id),
  statements: (meeting, _, { data }) => data.events.statementsDuring.load(meeting.id),
  statementsAbout: (meeting, _, { data }) => data.events.statementsAbout.load(meeting.id),
  sources: (meeting, _, { data }) => data.sources.meetingSources.load(meeting.id),
};

export const Participant: ParticipantResolvers = {};

export const Statement: StatementResolvers = {
  date: (statement) => fuzzyDate(statement.date, statement.datePrecision),
  event: (statement) => eventCode(statement),
  speaker: async (statement, _, { data }) =>
    (await data.events.statementDetails.load(statement.id)).speakers[0] ?? null,
  speakers: async (statement, _, { data }) =>
    (await data.events.statementDetails.load(statement.id)).speakers,
  onBehalfOf: async (statement, _, { data }) =>
    (await data.events.statementDetails.load(statement.id)).principals[0] ?? null,
  principals: async (statement, _, { data }) =>
    (await data.events.statementDetails.load(statement.id)).principals,
  relayedBy: async (statement, _, { data }) =>
    (await data.events.statementDetails.load(statement.id)).relayedBy,
  directedAt: async (statement, _, { data }) =>
    (await data.events.statementDetails.load(statement.id)).targets[0] ?? null,
  targets: async (statement, _, { data }) =>
    (await data.events.statementDetails.load(statement.id)).targets,
  meeting: async (statement, _, { data }) =>
    (await data.events.statementDetails.load(statement.id)).meeting,
  concerns: async (statement, _, { data }) =>
    (await data.events.statementDetails.load(statement.id)).concerns,
  topics: async (statement, _, { data }) =>
    (await data.events.statementDetails.load(statement.id)).topics,
  sources: (statement, _, { data }) => data.sources.statementSources.load(statement.id),
};

export const Topic: TopicResolvers = {
  meetings: (topic, { ...page }, { data }, info) =>
    data.lists.meetings.page.load(meetingRequest({ topic: topic.id }, pageOf(page, info))),
  statements: (topic, { ...page }, { data }, info) =>
    data.lists.statements.page.load(statementRequest({ topic: topic.id }, pageOf(page, info))),
};

export const Place: PlaceResolvers = {
  within: async (place, _, { data }) => (await data.events.placeDetails.load(place.id)).within,
  country: async (place, _, { data }) => (await data.events.placeDetails.load(place.id)).country,
};

export const Article: ArticleResolvers = {
  published: (article) => fuzzyDate(article.published, article.publishedPrecision),
  meetings: async (article, _, { data }) =>
    (await data.sources.articleFacts.load(article.id)).meetings,
  statements: async (article, _, { data }) =>
    (await data.sources.articleFacts.load(article.id)).statements,
  positions: async (article, _, { data }) =>
    (await data.sources.articleFacts.load(article.id)).positions,
};

export const Path: PathResolvers = {};
