/**
 * The explorer's mix as each system asks it: ActorPage, ActorNetwork, PartyPage, Pair, Search
 * and Connection, each about the hub, the median and random subjects. This API is asked the
 * way the explorer asks it (the shipped operation by its trusted-document id, over GET);
 * @neo4j/graphql and the hand-written client the closest way each can (bench/load/README.md
 * lists what differs). The sequence every virtual client walks is seeded and shared.
 */
import { readFileSync } from "node:fs";
import { paths } from "../../src/config/paths.ts";
import { Random } from "../../src/generate/random.ts";
import { actorPage } from "../scale/operations/actor-page.ts";
import { search, shortestConnection } from "../scale/operations/discovery.ts";
import { meetingsByCountryPair } from "../scale/operations/lists.ts";
import type { BenchOperation, PersonSubject } from "../scale/operations/types.ts";
import type { RankedPerson } from "../scale/subjects.ts";
import type { HttpGraphQL } from "./http.ts";
import {
  actorNetworkHandWritten,
  actorNetworkNeo4jGraphql,
  partyPageHandWritten,
  partyPageNeo4jGraphql,
} from "./operations.ts";
import type { HandWrittenCase } from "./protocol.ts";
import { hubMedianAndNext, type LoadSubjects, type RankedParty, randomPairs } from "./subjects.ts";

export const OPERATIONS = [
  "ActorPage",
  "ActorNetwork",
  "PartyPage",
  "Pair",
  "Search",
  "Connection",
] as const;
export type OperationName = (typeof OPERATIONS)[number];

export const SUBJECT_KINDS = ["hub", "median", "random"] as const;
export type SubjectKind = (typeof SUBJECT_KINDS)[number];

export interface LoadCase {
  operation: OperationName;
  subject: SubjectKind;
  /** Who it is about, for the report: ids. */
  about: string[];
  api: HttpGraphQL;
  neo4jGraphql: HttpGraphQL;
  handWritten: HandWrittenCase;
}

export interface Mix {
  cases: LoadCase[];
  /** Case indices in the order clients walk them. */
  sequence: number[];
}

/** The explorer's trusted-document ids, by operation name. */
function trustedIds(): Map<string, string> {
  const manifest = JSON.parse(
    readFileSync(`${paths.root}web/src/__generated__/persisted-documents.json`, "utf8"),
  ) as Record<string, string>;
  const ids = new Map<string, string>();
  for (const [id, text] of Object.entries(manifest)) {
    const name = /\bquery (\w+)/.exec(text)?.[1];
    if (name) ids.set(name, id);
  }
  return ids;
}

/** As the explorer sends it: GET by id, with the header Apollo's CSRF prevention wants. */
function byId(ids: Map<string, string>, name: string, variables: unknown): HttpGraphQL {
  const id = ids.get(name);
  if (!id) throw new Error(`no trusted document for ${name}`);
  const query = new URLSearchParams({ documentId: id, variables: JSON.stringify(variables) });
  return {
    method: "GET",
    path: `/graphql?${query}`,
    headers: { "apollo-require-preflight": "true" },
  };
}

function post(path: string, request: { query: string; variables: unknown }): HttpGraphQL {
  return {
    method: "POST",
    path,
    body: JSON.stringify({ query: request.query, variables: request.variables }),
    headers: { "content-type": "application/json" },
  };
}

const firstPage = (person: RankedPerson): PersonSubject => ({
  ...person,
  late: { offset: 0, api: null, handWritten: null, neo4jGraphql: null },
});

type Subject = {
  person: RankedPerson;
  other: RankedPerson;
  party: RankedParty;
  pair: [RankedParty, RankedParty];
};

/** The scale bench's operation for this case, where the scale bench has one. */
function scaleOperation(operation: OperationName, subject: Subject): BenchOperation | null {
  const { person, other, pair } = subject;
  switch (operation) {
    case "ActorPage":
      return actorPage("actor", "actor page", firstPage(person), false);
    case "Search":
      return search(person.name);
    case "Connection":
      return shortestConnection("connection", "connection", person.id, other.id);
    case "Pair":
      return meetingsByCountryPair([pair[0].code ?? "", pair[1].code ?? ""]);
    default:
      return null;
  }
}

/** The pages the scale bench lacks (bench/load/operations.ts). */
function ownOperation(operation: OperationName, subject: Subject) {
  if (operation === "ActorNetwork")
    return {
      handWritten: actorNetworkHandWritten(subject.person.id),
      neo4jGraphql: actorNetworkNeo4jGraphql(subject.person.id),
    };
  if (operation === "PartyPage")
    return {
      handWritten: partyPageHandWritten(subject.party.id),
      neo4jGraphql: partyPageNeo4jGraphql(subject.party.id, subject.party.isCountry),
    };
  throw new Error(`no operation for ${operation}`);
}

function apiVariables(operation: OperationName, subject: Subject, scale: BenchOperation | null) {
  switch (operation) {
    case "ActorNetwork":
      return { id: subject.person.id };
    case "PartyPage":
      return { id: subject.party.id };
    case "Pair":
      return { first: subject.pair[0].id, second: subject.pair[1].id };
    default:
      return scale?.api.variables ?? {};
  }
}

function about(operation: OperationName, subject: Subject): string[] {
  switch (operation) {
    case "Connection":
      return [subject.person.id, subject.other.id];
    case "PartyPage":
      return [subject.party.id];
    case "Pair":
      return subject.pair.map((party) => party.id);
    default:
      return [subject.person.id];
  }
}

export interface MixOptions {
  operations: readonly OperationName[];
  /** Random subjects drawn per operation. */
  randomDraws: number;
  seed: number;
}

export function buildMix(subjects: LoadSubjects, options: MixOptions): Mix {
  const ids = trustedIds();
  const people = hubMedianAndNext(subjects.people);
  const parties = hubMedianAndNext(subjects.parties);
  const countries = hubMedianAndNext(subjects.countries);
  const randomPeople = randomPairs(subjects.people, options.randomDraws, options.seed);
  const randomParties = randomPairs(subjects.parties, options.randomDraws, options.seed + 1);
  const randomCountries = randomPairs(subjects.countries, options.randomDraws, options.seed + 2);
  const subjectOf = (kind: SubjectKind, draw: number): Subject => {
    if (kind === "random") {
      const [person, other] = randomPeople[draw] as [RankedPerson, RankedPerson];
      return {
        person,
        other,
        party: randomParties[draw]?.[0] as RankedParty,
        pair: randomCountries[draw] as [RankedParty, RankedParty],
      };
    }
    const [person, other] = people[kind];
    return { person, other, party: parties[kind][0], pair: countries[kind] };
  };

  const cases: LoadCase[] = [];
  const indexOf = new Map<string, number>();
  const caseIndex = (operation: OperationName, kind: SubjectKind, draw: number): number => {
    const key = `${operation} ${kind} ${kind === "random" ? draw : 0}`;
    const known = indexOf.get(key);
    if (known !== undefined) return known;
    const subject = subjectOf(kind, draw);
    const scale = scaleOperation(operation, subject);
    const anchors = scale ?? ownOperation(operation, subject);
    cases.push({
      operation,
      subject: kind,
      about: about(operation, subject),
      api: byId(ids, operation, apiVariables(operation, subject, scale)),
      neo4jGraphql: post("/", anchors.neo4jGraphql),
      handWritten: anchors.handWritten,
    });
    indexOf.set(key, cases.length - 1);
    return cases.length - 1;
  };

  // Every operation and every kind of subject equally often; hub and median repeat, the
  // random ones are each a new draw.
  const sequence: number[] = [];
  for (let draw = 0; draw < options.randomDraws; draw += 1)
    for (const operation of options.operations)
      for (const kind of SUBJECT_KINDS) sequence.push(caseIndex(operation, kind, draw));
  const random = new Random(options.seed);
  for (let i = sequence.length - 1; i > 0; i -= 1) {
    const j = random.int(0, i);
    [sequence[i], sequence[j]] = [sequence[j] as number, sequence[i] as number];
  }
  return { cases, sequence };
}
