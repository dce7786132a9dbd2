/**
 * An actor's meetings, a page at a time (cursor paging, as the API serves them): the
 * timeline of what is loaded, then each meeting's details. "More meetings" asks the next page
 * with the previous page's end cursor.
 */
import { useEffect } from "react";
import type { MeetingDetailsFragment } from "../__generated__/graphql.ts";
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
