/**
 * Meeting.searchTitle as cypher/derived.cypher computes it: lower case, every dash as "-",
 * every quote as ' or ", so `CONTAINS 'us-iran'` finds "US–Iran". Written by the generator
 * so a generated graph needs no derivation pass; the dataset test applies derived.cypher to
 * generated data and checks that nothing changes, which pins the two to each other.
 */
const DASHES = /[\u2010\u2011\u2012\u2013\u2014\u2015\u2212]/g;
const SINGLE_QUOTES = /[\u2018\u2019\u00B4]/g;
const DOUBLE_QUOTES = /[\u201C\u201D]/g;

export function searchTitle(title: string): string {
  return title
    .toLowerCase()
    .replace(DASHES, "-")
    .replace(SINGLE_QUOTES, "'")
    .replace(DOUBLE_QUOTES, '"');
}

/**
 * The searchNames of a person, organization, country or place as cypher/derived.cypher
 * computes them (issue 20): every name with Arabic letter forms folded to Persian and
 * zero-width non-joiners removed, then each word's Persian plural suffix (ها, های) stripped.
 */
export function searchNames(name: string, aliases: readonly string[]): string[] {
  const folded = [name, ...aliases].map((n) =>
    n
      .replaceAll("\u064A", "\u06CC")
      .replaceAll("\u0649", "\u06CC")
      .replaceAll("\u0643", "\u06A9")
      .replaceAll("\u0629", "\u0647")
      .replaceAll("\u06C0", "\u0647")
      .replaceAll("\u200C", "")
      .replaceAll("\u200F", ""),
  );
  const words = folded.flatMap((n) => n.split(" "));
  return [
    ...folded,
    ...words
      .filter((w) => w.length > 5 && w.endsWith("\u0647\u0627\u06CC"))
      .map((w) => w.slice(0, -3)),
    ...words.filter((w) => w.length > 4 && w.endsWith("\u0647\u0627")).map((w) => w.slice(0, -2)),
  ];
}
