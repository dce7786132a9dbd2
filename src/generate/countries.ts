/**
 * The generator's ~200 countries: real ISO 3166-1 alpha-3 codes, English names, capitals
 * and Persian names from maintained data packages (countries-list, i18n-iso-countries),
 * ordered by how often they meet in the generated graph (Iran and the United States first,
 * so the IRN–USA pair is the busiest, as in the articles).
 */
import { createRequire } from "node:module";
import { countries } from "countries-list";

export interface CountryEntry {
  code: string;
  name: string;
  capital: string;
  /** Persian name, when the data has one: an alias in Persian script, like the seeds. */
  persianName: string | undefined;
  /** The family of personal names used for its people. */
  names: NamePool;
  /** Alternative English forms ("Persia"). */
  aliases: string[];
}

export type NamePool = "persian" | "arabic" | "english" | "european" | "other";

interface CountriesListEntry {
  name: string;
  capital: string;
  alias?: string[];
  partOf?: string;
  languages: string[];
}

const require = createRequire(import.meta.url);
const countriesList = countries as unknown as Record<string, CountriesListEntry>;
const alpha2To3 = require("countries-list/minimal/countries.2to3.min.json") as Record<
  string,
  string
>;
const persian = (
  require("i18n-iso-countries/langs/fa.json") as { countries: Record<string, string | string[]> }
).countries;

/** The busiest first; the rest follow in code order. */
const FIRST = [
  "IRN",
  "USA",
  "IRQ",
  "CHE",
  "GBR",
  "RUS",
  "CHN",
  "FRA",
  "DEU",
  "SAU",
  "TUR",
  "LBN",
  "SYR",
  "YEM",
  "AFG",
  "PAK",
  "QAT",
  "OMN",
  "ARE",
  "KWT",
  "EGY",
  "JOR",
  "ISR",
  "IND",
  "JPN",
  "ITA",
  "AUT",
  "AZE",
  "ARM",
  "BHR",
  "TJK",
  "TKM",
  "KAZ",
  "ESP",
  "NOR",
  "SWE",
  "NLD",
  "BEL",
  "CAN",
  "BRA",
  "ZAF",
  "KOR",
  "IDN",
  "MYS",
  "VEN",
  "CUB",
  "DZA",
  "LBY",
  "TUN",
  "MAR",
];

const COUNTRY_COUNT = 200;

export const COUNTRIES: readonly CountryEntry[] = buildCountries();

function buildCountries(): CountryEntry[] {
  const all = new Map<string, CountryEntry>();
  for (const [alpha2, entry] of Object.entries(countriesList)) {
    const code = alpha2To3[alpha2];
    if (!code || entry.partOf || !entry.capital) continue;
    const fa = persian[alpha2];
    all.set(code, {
      code,
      name: entry.name,
      capital: entry.capital,
      persianName: Array.isArray(fa) ? fa[0] : fa,
      names: namePool(code, entry.languages),
      aliases: entry.alias ?? [],
    });
  }
  const first = FIRST.map((code) => all.get(code)).filter((c): c is CountryEntry => Boolean(c));
  const rest = [...all.values()]
    .filter((c) => !FIRST.includes(c.code))
    .sort((a, b) => a.code.localeCompare(b.code));
  return [...first, ...rest].slice(0, COUNTRY_COUNT);
}

function namePool(code: string, languages: string[]): NamePool {
  if (["IRN", "AFG", "TJK"].includes(code)) return "persian";
  if (languages.includes("ar")) return "arabic";
  if (["USA", "GBR", "CAN", "AUS", "NZL", "IRL"].includes(code)) return "english";
  if (
    languages.some((l) => ["de", "fr", "it", "es", "nl", "sv", "no", "da", "pt", "pl"].includes(l))
  )
    return "european";
  return "other";
}
