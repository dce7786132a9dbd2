/** Scripts written right to left: their text is laid out and aligned that way. */
const RIGHT_TO_LEFT = new Set(["fa", "ar", "he", "ur", "ps", "ckb", "yi"]);

export function directionOf(language: string): "rtl" | "ltr" {
  return RIGHT_TO_LEFT.has(language.split("-")[0]?.toLowerCase() ?? "") ? "rtl" : "ltr";
}

/** "Persian" for "fa": the language's own name in English, for labels. */
export function languageName(language: string): string {
  try {
    return new Intl.DisplayNames(["en"], { type: "language" }).of(language) ?? language;
  } catch {
    return language;
  }
}
