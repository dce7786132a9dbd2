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
