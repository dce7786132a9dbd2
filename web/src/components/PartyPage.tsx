/**
 * An organization's or a country's page (the PartyPage operation): the meetings it took part
 * in, directly or through people representing it, on a timeline and in detail.
 */
import { useMemo } from "react";
import { useQuery } from "urql";
import { type MeetingPageOfPartyFragment, PartyPageDocument } from "../__generated__/graphql.ts";
import { usePageTitle } from "../document.ts";
import { useMorePages } from "../paging.ts";
import { href } from "../route.ts";
import { MeetingList } from "./MeetingList.tsx";
import { QueryState } from "./QueryState.tsx";

const meetingsPage = (meetings: MeetingPageOfPartyFragment | undefined) =>
  meetings && {
    items: meetings.edges.map((edge) => edge.node),
    hasNextPage: meetings.pageInfo.hasNextPage,
    endCursor: meetings.pageInfo.endCursor,
  };

const partyMeetings = (node: unknown): MeetingPageOfPartyFragment | undefined =>
  node && typeof node === "object" && "meetings" in node
    ? (node.meetings as MeetingPageOfPartyFragment)
    : undefined;

export function PartyPage({ id, openMeeting }: { id: string; openMeeting?: string | undefined }) {
  const [page] = useQuery({ query: PartyPageDocument, variables: { id } });
  const node = page.data?.node;
  const party =
    node?.__typename === "Organization" || node?.__typename === "Country" ? node : undefined;
  usePageTitle(party?.name);

  const firstPage = useMemo(() => meetingsPage(partyMeetings(party)), [party]);
  const variablesAfter = useMemo(() => (cursor: string) => ({ id, meetingsAfter: cursor }), [id]);
  const meetings = useMorePages(PartyPageDocument, firstPage, variablesAfter, (data) =>
    meetingsPage(partyMeetings(data.node)),
  );

  if (!party) {
    return (
      <main id="main" data-view="party">
        <QueryState fetching={page.fetching} error={page.error} what="this actor" />
        {!page.fetching && !page.error && <p>No organization or country has the id {id}.</p>}
      </main>
    );
  }
  return (
    <main id="main" data-view="party" data-ready={page.fetching ? undefined : "true"}>
      <header className="page-header">
        <p className="kind">
          {party.__typename === "Country" ? `Country · ${party.code}` : "Organization"}
        </p>
        <h1>{party.name}</h1>
        {party.aliases.length > 0 && (
          <p className="aliases">
            Also written: <span dir="auto">{party.aliases.join(" · ")}</span>
          </p>
        )}
        {party.__typename === "Country" && party.code !== "USA" && (
          <p>
            <a href={href({ view: "pair", first: party.id, second: "country:USA" })}>
              {party.name} and the United States over time
            </a>
          </p>
        )}
      </header>
      <MeetingList
        actorId={party.id}
        actorName={party.name}
        meetings={meetings.items}
        totalCount={party.meetings.totalCount}
        hasNextPage={meetings.hasNextPage}
        loadingMore={meetings.loading}
        onMore={meetings.loadMore}
        openMeeting={openMeeting}
      />
    </main>
  );
}
