/**
 * The limits every client input meets before it reaches Cypher: one length cap and one
 * normalization for free text (whatever argument it arrives in), and one cap on the length of
 * every list. Each refusal is an InvalidInputError naming the argument and the limit, so a
 * client learns what to change; nothing over a limit is ever sent to Neo4j.
 */
import { InvalidInputError } from "./errors.ts";

/**
 * Longest free text accepted (search boxes, name filters). Full-text queries cost Neo4j
 * memory and time in proportion to the text; 200 characters is more than any name or phrase
 * a person types, and far below the lengths that once ran Neo4j out of heap (bench/scale/README.md,
 * "Measurements behind choices in the code").
 */
export const MAX_TEXT_LENGTH = 200;

/**
 * Longest list accepted in an input (participants, countries, statuses). A page of people
 * at most, and far below the lists that once took seconds of Cypher (bench/scale/README.md).
 */
export const MAX_LIST_LENGTH = 25;

/**
 * Characters with no visible form that only steer layout: zero-width space and joiner, word
 * joiner, byte-order mark, soft hyphen, and the bidirectional marks, embeddings, overrides
 * and isolates. Pasted text carries them invisibly ("Za\u200Brif"), so they are removed.
 * The zero-width non-joiner (U+200C) is kept: in Persian it separates the parts of a word,
 * and search treats it as a word break.
 */
const INVISIBLE =
  /\u200D|[\u00AD\u061C\u200B\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;

/**
 * Free text as search should see it: at most MAX_TEXT_LENGTH characters (checked before any
 * work is done on it), then NFC-normalized with invisible layout characters removed.
 */
export function freeText(text: string, argument: string): string {
  if (text.length > MAX_TEXT_LENGTH) {
    throw new InvalidInputError(
      argument,
      `${argument}: at most ${MAX_TEXT_LENGTH} characters, got ${text.length}`,
    );
  }
  return text.normalize("NFC").replace(INVISIBLE, "");
}

/**
 * Search text as the full-text queries take it: null when blank (nothing asked), the
 * normalized text when it has a letter or digit, and BAD_USER_INPUT when it has characters
 * but none to search for ("*", "?!"): every search argument answers that case the same way.
 */
export function searchText(text: string | null | undefined, argument: string): string | null {
  const normalized = freeText(text ?? "", argument);
  if (normalized.trim() === "") return null;
  if (!/[\p{L}\p{N}]/u.test(normalized)) {
    throw new InvalidInputError(
      argument,
      `${argument}: nothing searchable in the text; give at least one letter or digit`,
    );
  }
  return normalized;
}

/** The list itself (or an empty one) when it has at most MAX_LIST_LENGTH items. */
export function cappedList<T>(values: readonly T[] | null | undefined, argument: string): T[] {
  const list = values ?? [];
  if (list.length > MAX_LIST_LENGTH) {
    throw new InvalidInputError(
      argument,
      `${argument}: at most ${MAX_LIST_LENGTH} items, got ${list.length}`,
    );
  }
  return [...list];
}
