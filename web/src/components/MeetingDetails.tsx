/**
 * A meeting on an actor's page: a disclosure (keyboard-operable, native <details>) that opens
 * to who took part for whom, what was said during the meeting and about it, and the articles
 * that report it.
 */
import type { MeetingDetailsFragment } from "../__generated__/graphql.ts";
import { formatDate } from "../dates.ts";
import { href, hrefForId } from "../route.ts";
import { Quote, Sources } from "./Quote.tsx";

export function MeetingDetails({
  meeting,
  open,
}: {
  meeting: MeetingDetailsFragment;
  open: boolean;
}) {
  return (
    <details className="meeting" id={domId(meeting.id)} open={open}>
      <summary>
        <span className="meeting-date">{formatDate(meeting.date)}</span>
        <span className="meeting-title">{meeting.title}</span>
        {meeting.status !== "HELD" && (
          <span className={`status status-${meeting.status}`}>{meeting.status.toLowerCase()}</span>
        )}
      </summary>
      <div className="meeting-body">
        <h4>Participants</h4>
        <ul className="participants">
          {meeting.participants.map((participant) => (
            <li key={participant.person.id}>
              <a href={hrefForId(participant.person.id)}>{participant.person.name}</a>
              {participant.role && <span className="role">, {participant.role}</span>}
              {participant.representing && (
                <span className="representing">
                  {" "}
                  for{" "}
                  <a href={hrefForId(participant.representing.id)}>
                    {participant.representing.name}
                  </a>
                </span>
              )}
            </li>
          ))}
        </ul>
        <QuoteList title="Said during the meeting" statements={meeting.statements} />
        <QuoteList title="Said about the meeting" statements={meeting.statementsAbout} />
        <h4>Reported by</h4>
        <Sources sources={meeting.sources} factId={meeting.id} />
        <p>
          <a href={href({ view: "meeting", id: meeting.id })}>Meeting page</a>
        </p>
      </div>
    </details>
  );
}

function QuoteList({
  title,
  statements,
}: {
  title: string;
  statements: MeetingDetailsFragment["statements"];
}) {
  if (statements.length === 0) return null;
  return (
    <section>
      <h4>{title}</h4>
      {statements.map((statement) => (
        <Quote key={statement.id} statement={statement} />
      ))}
    </section>
  );
}

/** An element id for a meeting, so a timeline link can open and scroll to it. */
export function domId(meetingId: string): string {
  return `m-${meetingId.replace(/[^A-Za-z0-9_-]/g, "-")}`;
}
