/**
 * A person's page: who they are (names in every script, positions), their network, their
 * meetings and statements on a timeline, each meeting opening to its participants and quotes,
 * and a way to find how they connect to someone else. Two typed operations, sent together:
 * ActorPage and ActorNetwork; "More meetings" sends ActorMeetings (MeetingList).
 */
import { useQuery } from "urql";
import {
  ActorNetworkDocument,
  ActorPageDocument,
  type MeetingDetailsFragment,
} from "../__generated__/graphql.ts";
import { formatDate } from "../dates.ts";
import { usePageTitle } from "../document.ts";
import { formatMonth, placementOf, usePeriod } from "../placement.ts";
import { href, hrefForId } from "../route.ts";
import { ConnectionFinder } from "./ConnectionFinder.tsx";
import { EvidenceButton, useEvidence } from "./Evidence.tsx";
import { MeetingList, useMoreMeetings } from "./MeetingList.tsx";
import { Network, type NetworkParty } from "./Network.tsx";
import { QueryState } from "./QueryState.tsx";
import { Quote } from "./Quote.tsx";
import { TimeBrush } from "./TimeBrush.tsx";
import type { TimelineItem } from "./Timeline.tsx";

export function PersonPage({ id, openMeeting }: { id: string; openMeeting?: string | undefined }) {
  const [page] = useQuery({ query: ActorPageDocument, variables: { id } });
  const { period } = usePeriod();
  const [network] = useQuery({
    query: ActorNetworkDocument,
    variables: period ? { id, from: period.from, to: period.to } : { id },
  });
  const person = page.data?.person;
  usePageTitle(person?.name);
  const openEvidence = useEvidence();

  const meetings = useMoreMeetings(id, person?.meetings);

  if (!person) {
    return (
      <main id="main" data-view="person">
        <QueryState fetching={page.fetching} error={page.error} what="this person" />
        {!page.fetching && !page.error && <p>No person has the id {id}.</p>}
      </main>
    );
  }

  const statements = person.statements.edges.map((edge) => edge.node);
  const statementItems: TimelineItem[] = statements.map((statement) => ({
    id: statement.id,
    kind: "Statement",
    label: statement.translation ?? statement.text,
    placement: placementOf(statement.date, statement.sources),
  }));

  return (
    <main id="main" data-view="person" data-ready={page.fetching ? undefined : "true"}>
      <header className="page-header">
        <p className="kind">Person</p>
        <h1>{person.name}</h1>
        {person.aliases.length > 0 && (
          <p className="aliases">
            Also written:{" "}
            {person.aliases.map((alias, index) => (
              <span key={alias}>
                {index > 0 && " · "}
                <span dir="auto">{alias}</span>
              </span>
            ))}
          </p>
        )}
        {person.positions.length > 0 && (
          <ul className="positions" aria-label="Positions">
            {person.positions.map((position) => (
              <li
                key={`${position.title}:${position.of && "id" in position.of ? position.of.id : ""}`}
              >
                {position.title}
                {position.of && "id" in position.of && (
                  <>
                    , <a href={hrefForId(position.of.id)}>{position.of.name}</a>
                  </>
                )}
                {position.current === false && <span className="former"> (former)</span>}{" "}
                <EvidenceButton
                  request={{ kind: "fact", id: position.id }}
                  description={position.title}
                />
              </li>
            ))}
          </ul>
        )}
        {person.allegedPositions.length > 0 && (
          <ul className="positions alleged" aria-label="Claimed by others">
            {person.allegedPositions.map((position) => (
              <li key={position.id}>
                <span className="claim">
                  <span className="badge badge-claimed">Claimed</span>
                  {position.claimedBy && (
                    <>
                      {" by "}
                      <a href={hrefForId(position.claimedBy.id)}>{position.claimedBy.name}</a>
                    </>
                  )}
                  , not asserted by the articles:{" "}
                </span>
                {position.title}{" "}
                <EvidenceButton
                  request={{ kind: "fact", id: position.id }}
                  label="The claim"
                  description={`${position.title}, claimed${position.claimedBy ? ` by ${position.claimedBy.name}` : ""}`}
                />
              </li>
            ))}
          </ul>
        )}
      </header>

      <TimeBrush
        placements={[
          ...meetings.items.map((meeting) => placementOf(meeting.date, meeting.sources)),
          ...statementItems.map((item) => item.placement),
        ]}
        what="meetings and statements"
      />

      <section aria-labelledby="network-heading">
        <h2 id="network-heading">
          Network
          {period && (
            <span className="count">
              {" "}
              ({formatMonth(period.from)} – {formatMonth(period.to)})
            </span>
          )}
        </h2>
        <QueryState fetching={network.fetching} error={network.error} what="the network" />
        {network.data?.person && (
          <Network
            center={{
              id: person.id,
              name: person.name,
              parties: whomTheyRepresented(meetings.items).get(person.id) ?? [],
            }}
            counterparts={network.data.person.counterparts.map((counterpart) => ({
              ...counterpart,
              representing: counterpart.representing.map((party) => ({
                id: party.id,
                name: party.name,
                kind: party.__typename,
              })),
            }))}
            {...(period
              ? { period: `${formatMonth(period.from)} – ${formatMonth(period.to)}` }
              : {})}
            onLine={(counterpart) =>
              openEvidence({
                kind: "between",
                actors: [person.id, counterpart.id],
                title: `${person.name} and ${counterpart.name}`,
              })
            }
          />
        )}
        {network.data?.person?.counterparts.length === 0 && (
          <p>
            {period
              ? "No held meetings with anyone in this period (undated meetings are in no period)."
              : "No held meetings with anyone on record."}
          </p>
        )}
      </section>

      <MeetingList
        actorId={person.id}
        actorName={person.name}
        meetings={meetings.items}
        totalCount={person.meetings.totalCount}
        hasNextPage={meetings.hasNextPage}
        loadingMore={meetings.loading}
        onMore={meetings.loadMore}
        openMeeting={openMeeting}
        extraItems={statementItems}
      />

      <section aria-labelledby="statements-heading">
        <h2 id="statements-heading">
          Statements{" "}
          <span className="count">
            ({statements.length} of {person.statements.totalCount})
          </span>
        </h2>
        {statements.length === 0 && <p>No statements on record.</p>}
        {statements.map((statement) => (
          <Quote key={statement.id} statement={statement} dateLabel={formatDate(statement.date)} />
        ))}
      </section>

      <section aria-labelledby="connection-heading">
        <h2 id="connection-heading">How is {person.name} connected to…</h2>
        <ConnectionFinder from={person.id} />
        <p className="hint">
          Or see a country pair, e.g.{" "}
          <a href={href({ view: "pair", first: "country:IRN", second: "country:USA" })}>
            Iran–United States
          </a>
          .
        </p>
      </section>
    </main>
  );
}

/** From the meetings shown: whom each participant represented (countries, organizations). */
export function whomTheyRepresented(
  meetings: MeetingDetailsFragment[],
): Map<string, NetworkParty[]> {
  const byPerson = new Map<string, Map<string, NetworkParty>>();
  for (const meeting of meetings) {
    for (const participant of meeting.participants) {
      const party = participant.representing;
      if (!party) continue;
      const parties = byPerson.get(participant.person.id) ?? new Map<string, NetworkParty>();
      parties.set(party.id, { id: party.id, name: party.name, kind: party.__typename });
      byPerson.set(participant.person.id, parties);
    }
  }
  return new Map([...byPerson].map(([person, parties]) => [person, [...parties.values()]]));
}
