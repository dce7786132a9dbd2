/**
 * The geography of a generated graph: every country with its capital, the cities where
 * talks happen away from either party, and venues (mostly in the busiest countries'
 * capitals): venue → city → country, as LOCATED_IN.
 */
import type { ChunkBuilder } from "./chunk.ts";
import { COUNTRIES, type CountryEntry } from "./countries.ts";
import { type Random, Zipf } from "./random.ts";
import { searchNames } from "./search-title.ts";
import type { UniqueIds } from "./unique-ids.ts";
import { slug, VENUE_KINDS } from "./vocabulary.ts";
import { type CountryNode, itemAt, type PlaceNode, type World } from "./world.ts";

export type Geography = Pick<World, "countries" | "countryZipf" | "venuesByCity" | "thirdPlaces">;

/** Neutral ground: cities that host talks between others. */
const NEUTRAL_CITIES = [
  ["New York", "USA"],
  ["Geneva", "CHE"],
  ["Lausanne", "CHE"],
] as const;

/** Countries whose capitals often host talks between others. */
const NEUTRAL_CAPITALS = ["AUT", "OMN", "QAT", "IRQ", "CHE", "NOR", "KAZ"];

export function generateGeography(
  venues: number,
  random: Random,
  out: ChunkBuilder,
  ids: UniqueIds,
): Geography {
  const countries = COUNTRIES.map((entry) => writeCountry(entry, out, ids));
  const neutralCities = NEUTRAL_CITIES.map(([name, code]) =>
    writeCity(out, ids.take(`place:${slug(name)}`), name, `country:${code}`),
  );
  const neutralCapitals = NEUTRAL_CAPITALS.flatMap(
    (code) => countries.find((country) => country.code === code)?.capitalCity ?? [],
  );
  /** Every city, in the order venues pick them from. */
  const cities = [...countries.map((country) => country.capitalCity), ...neutralCities];
  const geography: Geography = {
    countries,
    countryZipf: new Zipf(countries.length, 1.05, 0.3),
    venuesByCity: new Map(cities.map((city): [string, PlaceNode[]] => [city.id, []])),
    thirdPlaces: [...neutralCities, ...neutralCapitals],
  };
  for (let i = 0; i < venues; i++) writeVenue(geography, cities, random, out, ids);
  return geography;
}

function writeCountry(entry: CountryEntry, out: ChunkBuilder, ids: UniqueIds): CountryNode {
  const id = `country:${entry.code}`;
  const aliases = [...entry.aliases.slice(0, 3), ...(entry.persianName ? [entry.persianName] : [])];
  out.node("Country", {
    id,
    code: entry.code,
    cameo: entry.code,
    name: entry.name,
    aliases,
    searchNames: searchNames(entry.name, aliases),
  });
  const capitalCity = writeCity(out, ids.take(`place:${slug(entry.capital)}`), entry.capital, id);
  return { ...entry, id, capitalCity, ministryId: "", people: [] };
}

function writeCity(out: ChunkBuilder, id: string, name: string, countryId: string): PlaceNode {
  out.node("Place", { id, name, aliases: [], kind: "city", searchNames: searchNames(name, []) });
  out.rel("LOCATED_IN", id, countryId);
  return { id, name, cityName: name };
}

/** A venue in a busy country's capital, or (one in ten) in any city. */
function writeVenue(
  { countries, countryZipf, venuesByCity }: Geography,
  cities: readonly PlaceNode[],
  random: Random,
  out: ChunkBuilder,
  ids: UniqueIds,
): void {
  const country = itemAt(countries, countryZipf.draw(random));
  const city = random.chance(0.1) ? random.pick(cities) : country.capitalCity;
  const name = `${random.pick(VENUE_KINDS)}, ${city.name}`;
  const id = ids.take(`place:${slug(name)}`);
  out.node("Place", { id, name, aliases: [], kind: "venue", searchNames: searchNames(name, []) });
  out.rel("LOCATED_IN", id, city.id);
  venuesByCity.get(city.id)?.push({ id, name, cityName: city.name });
}

/**
 * Two countries for a bilateral item (a joint body, an article): the busy ones most often,
 * the second shifted by one rank so that a country is rarely paired with itself.
 */
export function drawCountryPair(
  { countries, countryZipf }: Geography,
  random: Random,
): [CountryNode, CountryNode] {
  const a = itemAt(countries, countryZipf.draw(random));
  const b = itemAt(countries, (countryZipf.draw(random) + 1) % countries.length);
  return [a, b];
}
