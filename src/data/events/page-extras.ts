/**
 * What a page of meetings or statements carries per item, for the fields its client selected
 * below the items (./detail-policy.ts decides which), and the priming that hands those
 * extras to the items' fields' loaders, so those fields cost no round trip of their own.
 */
import { listVariables } from "../lists/spec.ts";
import { parseSources, type SourceLoaders, sourcesOf } from "../sources.ts";
import { detailsSelected } from "./detail-policy.ts";
import { parseStatementDetails, statementDetailsMap } from "./details.ts";
import type { EventLoaders } from "./loaders.ts";
import { parseParticipants, participantsOf, statementsOf } from "./meeting-lists.ts";

/** The listed item of a page. */
const { item } = listVariables;

/**
 * What a page of statements may carry per statement: the details behind its `speaker`,
 * `onBehalfOf`, `relayedBy`, … fields (the speakers alone, or all), and its sources.
 */
export const STATEMENT_EXTRAS = {
  speakers: statementDetailsMap(item, ["speakers"]),
  details: statementDetailsMap(item),
  sources: sourcesOf(item),
};

/** The STATEMENT_EXTRAS a page carries for the Statement fields selected on its items. */
export function statementExtrasFor(selected: readonly string[]): string[] {
  const details = detailsSelected(selected);
  return [
    ...(details === "speakers" ? ["speakers"] : details === "all" ? ["details"] : []),
    ...(selected.includes("sources") ? ["sources"] : []),
  ];
}

/**
 * What a page of meetings may carry per meeting, by the field it answers. Statements come
 * with their sources and speakers (a quote), or with all their details when the client
 * selected more of them (the `…Detailed` variants, which answer the same fields).
 */
export const MEETING_EXTRAS = {
  participants: participantsOf(item),
  statements: statementsOf(item, "DURING", ["speakers"]),
  statementsAbout: statementsOf(item, "CONCERNS", ["speakers"]),
  sources: sourcesOf(item),
  statementsDetailed: statementsOf(item, "DURING"),
  statementsAboutDetailed: statementsOf(item, "CONCERNS"),
};

const MEETING_FIELDS_CARRIED = ["participants", "statements", "statementsAbout", "sources"];

/**
 * The MEETING_EXTRAS a page carries for the Meeting fields selected on its items (`selected`
 * holds `statements.topics` and the like for the fields under its statements): all four or
 * none, as a page of every meeting's details is a few rows more and one query text fewer.
 */
export function meetingExtrasFor(selected: readonly string[]): string[] {
  if (!MEETING_FIELDS_CARRIED.some((field) => selected.includes(field))) return [];
  const below = selected.flatMap((field) =>
    /^statements(About)?\./.test(field) ? [field.slice(field.indexOf(".") + 1)] : [],
  );
  return detailsSelected(below) === "all"
    ? ["participants", "statementsDetailed", "statementsAboutDetailed", "sources"]
    : MEETING_FIELDS_CARRIED;
}

/** Hands a listed item's extras to the loaders of its fields. */
export function primers(loaders: EventLoaders, sources: SourceLoaders) {
  return {
    /**
     * Primes what a meeting's `participants`, `statements`, `statementsAbout` and `sources`
     * fields load, from the same expressions evaluated by the page that listed the meeting
     * (MEETING_EXTRAS).
     */
    primeMeeting(id: string, extras: Record<string, unknown>) {
      if ("participants" in extras)
        loaders.participants.prime(id, parseParticipants(extras.participants));
      for (const name of ["statementsDetailed", "statements"])
        if (name in extras)
          loaders.statementsDuring.prime(id, loaders.parseStatements(extras[name]));
      for (const name of ["statementsAboutDetailed", "statementsAbout"])
        if (name in extras)
          loaders.statementsAbout.prime(id, loaders.parseStatements(extras[name]));
      if ("sources" in extras) sources.meetingSources.prime(id, parseSources(extras.sources));
    },
    /** Primes a listed statement's details and sources (STATEMENT_EXTRAS). */
    primeStatement(id: string, extras: Record<string, unknown>) {
      for (const name of ["details", "speakers"])
        if (name in extras) loaders.statementDetails.prime(id, parseStatementDetails(extras[name]));
      if ("sources" in extras) sources.statementSources.prime(id, parseSources(extras.sources));
    },
  };
}
