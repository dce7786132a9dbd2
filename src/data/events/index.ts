/**
 * Meetings and statements (schema/20-events.graphql): what a meeting's and a statement's
 * fields need beyond the node itself, and places. One file per job: statement details as
 * Cypher (details.ts), which details a selection calls for (detail-policy.ts), a meeting's
 * lists (meeting-lists.ts), what a page carries and the priming of loaders from it
 * (page-extras.ts), and the loaders (loaders.ts).
 */
export type { MeetingDetails, StatementDetails } from "./details.ts";
export { createEventLoaders, type EventLoaders } from "./loaders.ts";
export { participantsOf } from "./meeting-lists.ts";
export {
  MEETING_EXTRAS,
  meetingExtrasFor,
  STATEMENT_EXTRAS,
  statementExtrasFor,
} from "./page-extras.ts";
