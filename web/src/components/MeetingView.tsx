/** One meeting (the MeetingPage operation): where it sits in its series, who was there, what was said. */
import { useQuery } from "urql";
import { MeetingPageDocument } from "../__generated__/graphql.ts";
import { formatDate } from "../dates.ts";
import { usePageTitle } from "../document.ts";
import { href, hrefForId } from "../route.ts";
import { QueryState } from "./QueryState.tsx";
import { Quote, Sources } from "./Quote.tsx";

export function MeetingView({ id }: { id: string }) {
  const [result] = useQuery({ query: MeetingPageDocument, variables: { id } });
  const meeting = result.data?.meeting;
  usePageTitle(meeting?.title);
  if (!meeting) {
    return (
      <main id="main" data-view="meeting">
        <QueryState fetching={result.fetching} error={result.error} what="this meeting" />
        {!result.fetching && !result.error && <p>No meeting has the id {id}.</p>}
      </main>
    );
  }
  return (
    <main id="main" data-view="meeting" data-ready="true">
      <header className="page-header">
        <p className="kind">
          Meeting · {meeting.status.toLowerCase()}
          {meeting.round !== null &&
            ` · round ${meeting.round}${meeting.roundInferred ? " (inferred)" : ""}`}
        </p>
        <h1>{meeting.title}</h1>
        <p>
          {formatDate(meeting.date)}
          {meeting.dateText && !meeting.date && ` (“${meeting.dateText}”)`}
          {meeting.place && `, ${meeting.place.name}`}
          {meeting.place?.country && `, ${meeting.place.country.name}`}
          {meeting.venue && ` — ${meeting.venue}`}
        </p>
        {meeting.summary && <p className="summary">{meeting.summary}</p>}
        {meeting.event && (
          <p className="event">
            CAMEO {meeting.event.cameo} {meeting.event.name} (Goldstein {meeting.event.goldstein})
          </p>
        )}
        <nav aria-label="Rounds" className="rounds">
          {meeting.previousRound && (
            <a href={href({ view: "meeting", id: meeting.previousRound.id })}>
              ← {meeting.previousRound.title}
            </a>
          )}
          {meeting.nextRound && (
            <a href={href({ view: "meeting", id: meeting.nextRound.id })}>
              {meeting.nextRound.title} →
            </a>
          )}
        </nav>
      </header>
      <section aria-labelledby="participants-heading">
        {/* A meeting that did not take place has no participants, only who was to take
            part (issue 20): the heading says which. */}
        <h2 id="participants-heading">
          {meeting.status === "HELD" ? "Participants" : "Was to take part"}
        </h2>
        <ul className="participants">
          {(meeting.status === "HELD" ? meeting.participants : meeting.intendedParticipants).map(
            (participant) => (
              <li key={participant.person.id}>
                <a href={hrefForId(participant.person.id)}>{participant.person.name}</a>
                {participant.role && `, ${participant.role}`}
                {participant.representing && (
                  <>
                    {" "}
                    for{" "}
                    <a href={hrefForId(participant.representing.id)}>
                      {participant.representing.name}
                    </a>
                  </>
                )}
              </li>
            ),
          )}
          {(meeting.status === "HELD" ? meeting.parties : meeting.intendedParties)
            .filter(
              (party) =>
                !(
                  meeting.status === "HELD" ? meeting.participants : meeting.intendedParticipants
                ).some((p) => p.representing?.id === party.id),
            )
            .map((party) => (
              <li key={party.id}>
                <a href={hrefForId(party.id)}>{party.name}</a>
              </li>
            ))}
        </ul>
      </section>
      <section aria-labelledby="during-heading">
        <h2 id="during-heading">Said during the meeting</h2>
        {meeting.statements.length === 0 && <p>Nothing on record.</p>}
        {meeting.statements.map((statement) => (
          <Quote key={statement.id} statement={statement} />
        ))}
      </section>
      <section aria-labelledby="about-heading">
        <h2 id="about-heading">Said about the meeting</h2>
        {meeting.statementsAbout.length === 0 && <p>Nothing on record.</p>}
        {meeting.statementsAbout.map((statement) => (
          <Quote key={statement.id} statement={statement} />
        ))}
      </section>
      <section aria-labelledby="sources-heading">
        <h2 id="sources-heading">Reported by</h2>
        <Sources sources={meeting.sources} factId={meeting.id} />
      </section>
    </main>
  );
}
