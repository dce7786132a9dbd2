/**
 * An organization's or a country's page (the PartyPage operation, issue 21 finding 10): what
 * it is (a news agency, a diplomatic mission, whose body it is), who held its offices (a page
 * at a time: a state holds thousands; "More offices" sends PartyOffices), whom it met with (a
 * network drawn from its meetings), what was said on its behalf and, for an agency or an
 * intermediary, what it relayed; its meetings on the timeline and in detail ("More meetings"
 * sends ActorMeetings: MeetingList).
 */
import { useCallback, useMemo } from "react";
import { useQuery } from "urql";
import {
  type MeetingConnectionPageFragment,
  type MeetingDetailsFragment,
  type OrganizationKind,
  PartyOfficesDocument,
  type PartyOfficesPageFragment,
  type PartyOfficesQuery,
  PartyPageDocument,
  type PartyPositionFragment,
} from "../__generated__/graphql.ts";
import { formatDate } from "../dates.ts";
import { usePageTitle } from "../document.ts";
import { type Page, useMorePages } from "../paging.ts";
import { inPeriod, placementOf, usePeriod } from "../placement.ts";
import { href, hrefForId } from "../route.ts";
import { EvidenceButton, useEvidence } from "./Evidence.tsx";
import { MeetingList, useMoreMeetings } from "./MeetingList.tsx";
import { Network, type NetworkParty } from "./Network.tsx";
import { QueryState } from "./QueryState.tsx";
import { Quote } from "./Quote.tsx";
import { TimeBrush } from "./TimeBrush.tsx";

const partyMeetings = (node: unknown): MeetingConnectionPageFragment | undefined =>
  node && typeof node === "object" && "meetings" in node
    ? (node.meetings as MeetingConnectionPageFragment)
    : undefined;

/** A page of offices from the PartyOfficesPage fragment. */
function pageOfOffices(
  connection: PartyOfficesPageFragment | undefined,
): Page<PartyPositionFragment> | undefined {
  return (
    connection && {
      items: connection.edges.map((edge) => edge.node),
      hasNextPage: connection.pageInfo.hasNextPage,
      endCursor: connection.pageInfo.endCursor,
    }
  );
}

const nextOfficesOf = (data: PartyOfficesQuery) =>
  data.node && "offices" in data.node ? pageOfOffices(data.node.offices) : undefined;

/**
 * A party's offices: the first page (with PartyPage), then each page "More offices" asked
 * PartyOffices for, in order; an office already shown is not shown twice.
 */
function useMoreOffices(partyId: string, first: PartyOfficesPageFragment | undefined) {
  const firstPage = useMemo(() => pageOfOffices(first), [first]);
  const variablesAfter = useCallback((after: string) => ({ id: partyId, after }), [partyId]);
  const pages = useMorePages(PartyOfficesDocument, firstPage, variablesAfter, nextOfficesOf);
  const seen = new Set<string>();
  const items = pages.items.filter((office) => !seen.has(office.id) && seen.add(office.id));
  return { ...pages, items };
}

/** What kind of body it is, in words. */
const KINDS: Record<OrganizationKind, string> = {
  GOVERNMENT_BODY: "Government body",
  INTERGOVERNMENTAL_ORGANIZATION: "Intergovernmental organization",
  ARMED_FORCE: "Armed force",
  NEWS_OUTLET: "News agency or outlet",
  DIPLOMATIC_MISSION: "Diplomatic mission",
  OPPOSITION_GROUP: "Opposition group",
  POLITICAL_GROUP: "Political group",
  MULTILATERAL_GROUP: "Group of states negotiating together",
  JOINT_BODY: "Joint body of two parties",
  OTHER: "Organization",
};

export function PartyPage({ id, openMeeting }: { id: string; openMeeting?: string | undefined }) {
  const [page] = useQuery({ query: PartyPageDocument, variables: { id } });
  const node = page.data?.node;
  const party =
    node?.__typename === "Organization" || node?.__typename === "Country" ? node : undefined;
  usePageTitle(party?.name);
  const { period } = usePeriod();
  const openEvidence = useEvidence();

  const meetings = useMoreMeetings(id, partyMeetings(party));
  const offices = useMoreOffices(id, party?.offices);

  if (!party) {
    return (
      <main id="main" data-view="party" data-ready={page.fetching ? undefined : "true"}>
        <QueryState fetching={page.fetching} error={page.error} what="this actor" />
        {!page.fetching && !page.error && <p>No organization or country has the id {id}.</p>}
      </main>
    );
  }
  const onBehalf = page.data?.onBehalf;
  const statements = onBehalf?.edges.map((edge) => edge.node) ?? [];
  const relayed = party.__typename === "Organization" ? party.relayed : [];
  const inView = meetings.items.filter((meeting) =>
    inPeriod(placementOf(meeting.date, meeting.sources), period),
  );
  const met = partiesMet(party.id, inView);
  return (
    <main id="main" data-view="party" data-ready={page.fetching ? undefined : "true"}>
      <header className="page-header">
        <p className="kind">
          {party.__typename === "Country" ? `Country · ${party.code}` : KINDS[party.kind]}
        </p>
        <h1>{party.name}</h1>
        {party.aliases.length > 0 && (
          <p className="aliases">
            Also written: <span dir="auto">{party.aliases.join(" · ")}</span>
          </p>
        )}
        {party.__typename === "Organization" && (party.country || party.partOf) && (
          <p>
            {party.country && (
              <>
                A body of <a href={hrefForId(party.country.id)}>{party.country.name}</a>.{" "}
              </>
            )}
            {party.partOf && (
              <>
                Part of <a href={hrefForId(party.partOf.id)}>{party.partOf.name}</a>.
              </>
            )}
          </p>
        )}
        <p>
          <a href={href({ view: "pair-picker", first: party.id })}>
            {party.name} and another actor over time
          </a>
        </p>
      </header>

      <section aria-labelledby="offices-heading">
        <h2 id="offices-heading">
          People in its offices <span className="count">({party.offices.totalCount})</span>
        </h2>
        {offices.items.length === 0 ? (
          <p>No office of it is on record.</p>
        ) : (
          <ul className="positions" aria-label="Offices">
            {offices.items.map((position) => (
              <li key={position.id}>
                <a href={hrefForId(position.holder.id)}>{position.holder.name}</a>, {position.title}
                {position.current === false && <span className="former"> (former)</span>}{" "}
                <EvidenceButton
                  request={{ kind: "fact", id: position.id }}
                  description={`${position.holder.name}, ${position.title}`}
                />
              </li>
            ))}
          </ul>
        )}
        {offices.hasNextPage && (
          <button type="button" onClick={offices.loadMore} disabled={offices.loading}>
            {offices.loading ? "Loading…" : "More offices"}
          </button>
        )}
      </section>

      <TimeBrush
        placements={[
          ...meetings.items.map((meeting) => placementOf(meeting.date, meeting.sources)),
          ...statements.map((statement) => placementOf(statement.date, statement.sources)),
        ]}
        what="meetings and statements"
      />

      <section aria-labelledby="network-heading">
        <h2 id="network-heading">Network</h2>
        {met.length === 0 ? (
          <p>
            No meeting with another country or organization on record
            {period ? " in this period" : ""}.
          </p>
        ) : (
          <Network
            subject="party"
            center={{ id: party.id, name: party.name, parties: [] }}
            counterparts={met}
            onLine={(other) =>
              openEvidence({
                kind: "between",
                actors: [party.id, other.id],
                title: `${party.name} and ${other.name}`,
              })
            }
          />
        )}
      </section>

      <MeetingList
        actorId={party.id}
        actorName={party.name}
        meetings={meetings.items}
        totalCount={party.meetings.totalCount}
        hasNextPage={meetings.hasNextPage}
        loadingMore={meetings.loading}
        onMore={meetings.loadMore}
        openMeeting={openMeeting}
        extraItems={statements.map((statement) => ({
          id: statement.id,
          kind: "Statement",
          label: statement.translation ?? statement.text,
          placement: placementOf(statement.date, statement.sources),
        }))}
      />

      <section aria-labelledby="statements-heading">
        <h2 id="statements-heading">
          Said on its behalf{" "}
          <span className="count">
            ({statements.length} of {onBehalf?.totalCount ?? 0})
          </span>
        </h2>
        {statements.length === 0 && <p>No statement on its behalf on record.</p>}
        {statements.map((statement) => (
          <Quote key={statement.id} statement={statement} dateLabel={formatDate(statement.date)} />
        ))}
      </section>

      {party.__typename === "Organization" && relayed.length > 0 && (
        <section aria-labelledby="relayed-heading">
          <h2 id="relayed-heading">
            What it relayed <span className="count">({relayed.length})</span>
          </h2>
          {relayed.map((statement) => (
            <Quote
              key={statement.id}
              statement={statement}
              dateLabel={formatDate(statement.date)}
            />
          ))}
        </section>
      )}
    </main>
  );
}

/** The countries and organizations it met with, from its meetings: how many meetings each. */
function partiesMet(
  id: string,
  meetings: MeetingDetailsFragment[],
): { person: { id: string; name: string }; meetingCount: number; representing: NetworkParty[] }[] {
  const counts = new Map<string, { name: string; meetings: Set<string> }>();
  for (const meeting of meetings) {
    const parties = new Map(
      meeting.participants.flatMap((participant) =>
        participant.representing && participant.representing.__typename !== "Person"
          ? [[participant.representing.id, participant.representing.name] as const]
          : [],
      ),
    );
    for (const [other, name] of parties) {
      if (other === id) continue;
      const entry = counts.get(other) ?? { name, meetings: new Set<string>() };
      entry.meetings.add(meeting.id);
      counts.set(other, entry);
    }
  }
  return [...counts]
    .map(([other, entry]) => ({
      person: { id: other, name: entry.name },
      meetingCount: entry.meetings.size,
      representing: [],
    }))
    .sort((a, b) => b.meetingCount - a.meetingCount || a.person.name.localeCompare(b.person.name));
}
