/**
 * An actor's meetings, a page at a time (cursor paging, as the API serves them): the
 * timeline of what is loaded, then each meeting's details. The first page comes with the
 * view's operation (ActorPage, PartyPage); "More meetings" asks ActorMeetings for the next
 * page only, with the previous page's end cursor, and appends it.
 */
import { useCallback, useEffect, useMemo } from "react";
import {
  ActorMeetingsDocument,
  type ActorMeetingsQuery,
  type MeetingConnectionPageFragment,
  type MeetingDetailsFragment,
} from "../__generated__/graphql.ts";
import { type Page, useMorePages } from "../paging.ts";
import { placementOf } from "../placement.ts";
import { domId, MeetingDetails } from "./MeetingDetails.tsx";
import { Timeline, type TimelineItem } from "./Timeline.tsx";

export interface MeetingListProps {
  actorId: string;
  actorName: string;
  meetings: MeetingDetailsFragment[];
  totalCount: number;
  hasNextPage: boolean;
  loadingMore: boolean;
  onMore: () => void;
  /** The meeting to open and scroll to (from a timeline link). */
  openMeeting?: string | undefined;
  /** More timeline items (a person's own statements). */
  extraItems?: TimelineItem[];
}

/** A page of meetings from the MeetingConnectionPage fragment. */
export function pageOfMeetings(
  connection: MeetingConnectionPageFragment | undefined,
): Page<MeetingDetailsFragment> | undefined {
  return (
    connection && {
      items: connection.edges.map((edge) => edge.node),
      hasNextPage: connection.pageInfo.hasNextPage,
      endCursor: connection.pageInfo.endCursor,
    }
  );
}

const nextPageOf = (data: ActorMeetingsQuery) =>
  data.node && "meetings" in data.node ? pageOfMeetings(data.node.meetings) : undefined;

/**
 * An actor's meetings: the first page (the view's own query brought it), then each page
 * "More meetings" asked for with ActorMeetings, in order. A meeting already shown is not
 * shown twice (a page boundary that moved when an article was added between two pages).
 */
export function useMoreMeetings(actorId: string, first: MeetingConnectionPageFragment | undefined) {
  const firstPage = useMemo(() => pageOfMeetings(first), [first]);
  const variablesAfter = useCallback((after: string) => ({ id: actorId, after }), [actorId]);
  const pages = useMorePages(ActorMeetingsDocument, firstPage, variablesAfter, nextPageOf);
  const seen = new Set<string>();
  const items = pages.items.filter((meeting) => !seen.has(meeting.id) && seen.add(meeting.id));
  return { ...pages, items };
}

export function MeetingList(props: MeetingListProps) {
  const { meetings, openMeeting } = props;
  const items: TimelineItem[] = [
    ...meetings.map((meeting) => ({
      id: meeting.id,
      kind: "Meeting" as const,
      label: meeting.title,
      placement: placementOf(meeting.date, meeting.sources),
    })),
    ...(props.extraItems ?? []),
  ];

  useEffect(() => {
    if (!openMeeting) return;
    document.getElementById(domId(openMeeting))?.scrollIntoView({ block: "start" });
  }, [openMeeting]);

  return (
    <>
      <section aria-labelledby="timeline-heading">
        <h2 id="timeline-heading">Timeline</h2>
        <Timeline items={items} title={`Meetings and statements of ${props.actorName} over time`} />
      </section>
      <section aria-labelledby="meetings-heading">
        <h2 id="meetings-heading">
          Meetings{" "}
          <span className="count">
            ({meetings.length} of {props.totalCount})
          </span>
        </h2>
        {meetings.length === 0 && <p>No meetings on record.</p>}
        {meetings.map((meeting) => (
          <MeetingDetails key={meeting.id} meeting={meeting} open={meeting.id === openMeeting} />
        ))}
        {props.hasNextPage && (
          <button type="button" onClick={props.onMore} disabled={props.loadingMore}>
            {props.loadingMore ? "Loading…" : "More meetings"}
          </button>
        )}
      </section>
    </>
  );
}
