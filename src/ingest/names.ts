/**
 * When two names are the same name: the comparison the seed checker uses to call a new
 * person, organization or place a likely duplicate of one already in the graph. Folds what
 * varies between articles without changing the name: case, accents and Arabic diacritics,
 * Arabic letter forms written for Persian ones (ي ی, ك ک, ة ه, أ إ آ ا), the zero-width
 * non-joiner and spaces (محمدجواد and محمد جواد, حوثی‌ها and حوثیها), dots and hyphens
 * (U.N. and UN).
 */

const ARABIC_FORMS: Record<string, string> = {
  "\u064A": "\u06CC", // Arabic yeh → Persian yeh
  "\u0649": "\u06CC", // alef maksura → Persian yeh
  "\u0643": "\u06A9", // Arabic kaf → keheh
  "\u0629": "\u0647", // teh marbuta → heh
  "\u0623": "\u0627", // alef with hamza above → alef
  "\u0625": "\u0627", // alef with hamza below → alef
  "\u0622": "\u0627", // alef with madda → alef
};

export function nameFingerprint(name: string): string {
  return (
    name
      .normalize("NFKD")
      .replace(/\p{M}/gu, "")
      .toLowerCase()
      .replace(/[\u064A\u0649\u0643\u0629\u0623\u0625\u0622]/g, (c) => ARABIC_FORMS[c] ?? c)
      // Joiners and direction marks one by one (in a character class the linter reads ZWJ as
      // gluing emoji), then spaces, dots, dashes and quotes.
      .replace(/\u200C|\u200D|\u200E|\u200F/g, "")
      .replace(/[\s.\-‐‑‒–—'’‘"“”]+/g, "")
  );
}

/** Words to look a name up by in the full-text index (Lucene-escaped, joined by OR). */
export function fullTextQuery(names: readonly string[]): string {
  const words = new Set<string>();
  for (const name of names) {
    // Lower case: Lucene reads AND, OR and NOT as operators.
    const lower = name.toLowerCase();
    for (const word of lower.split(/[\s\u200C]+/)) if (word) words.add(word);
    const joined = lower.replace(/[\s\u200C]+/g, "");
    if (joined) words.add(joined);
  }
  return [...words].map(escapeLucene).join(" OR ");
}

function escapeLucene(word: string): string {
  return word.replace(/[+\-&|!(){}[\]^"~*?:\\/]/g, (c) => `\\${c}`);
}
