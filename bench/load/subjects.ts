/**
 * Whom the mix is about, chosen by query as the scale bench chooses (bench/scale/subjects.ts):
 * people in (meetings desc, id) order, the hub first and the median in the middle; the same
 * for parties (countries and organizations) and for countries alone, the pair view's usual
 * subjects; and a seeded draw of random ones, the same for every system and every run.
 */
import type { Driver } from "neo4j-driver";
import { Random } from "../../src/generate/random.ts";
import { hubAndMedian, peopleByMeetings, type RankedPerson } from "../scale/subjects.ts";

export interface RankedParty {
  id: string;
  name: string;
  /** A country's ISO code; null for an organization. */
  code: string | null;
  isCountry: boolean;
  degree: number;
}

export interface LoadSubjects {
  people: RankedPerson[];
  hub: RankedPerson;
  median: RankedPerson;
  parties: RankedParty[];
  countries: RankedParty[];
}

async function partiesByMeetings(driver: Driver, database: string | undefined) {
  const { records } = await driver.executeQuery(
    `MATCH (a) WHERE a:Country OR a:Organization
     WITH a, COUNT { (a)-[:TOOK_PART_IN]->() } AS degree WHERE degree > 0
     RETURN a.id AS id, a.name AS name, a.code AS code, a:Country AS isCountry, degree ORDER BY degree DESC, id`,
    {},
    { database, routing: "READ" },
  );
  return records.map(
    (record): RankedParty => ({
      id: String(record.get("id")),
      name: String(record.get("name")),
      code: record.get("code") === null ? null : String(record.get("code")),
      isCountry: record.get("isCountry") === true,
      degree: Number(record.get("degree")),
    }),
  );
}

export async function chooseLoadSubjects(
  driver: Driver,
  database: string | undefined,
): Promise<LoadSubjects> {
  const people = await peopleByMeetings(driver, database);
  if (people.length < 4) throw new Error("the dataset has fewer than four people with meetings");
  const parties = await partiesByMeetings(driver, database);
  const countries = parties.filter((party) => party.isCountry);
  if (countries.length < 4)
    throw new Error("the dataset has fewer than four countries with meetings");
  return { people, ...hubAndMedian(people), parties, countries };
}

/** The hub, the median, and what comes next to each in its order (a pair's other end). */
export function hubMedianAndNext<T>(ranked: T[]): { hub: [T, T]; median: [T, T] } {
  const middle = Math.floor(ranked.length / 2);
  return {
    hub: [ranked[0] as T, ranked[1] as T],
    median: [ranked[middle] as T, (ranked[middle + 1] ?? ranked[middle - 1]) as T],
  };
}

/** `count` seeded draws of two distinct entries of `ranked`. */
export function randomPairs<T>(ranked: T[], count: number, seed: number): Array<[T, T]> {
  const random = new Random(seed);
  return Array.from({ length: count }, () => {
    const first = random.int(0, ranked.length - 1);
    let second = random.int(0, ranked.length - 2);
    if (second >= first) second += 1;
    return [ranked[first] as T, ranked[second] as T];
  });
}
