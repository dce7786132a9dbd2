/**
 * Ids are `<prefix>:<slug>` and the prefix names the label, so a lookup by id can always use
 * the label's uniqueness index. This module is the one mapping between the two.
 */
export const LABEL_BY_PREFIX = {
  person: "Person",
  org: "Organization",
  country: "Country",
  place: "Place",
  topic: "Topic",
  article: "Article",
  meeting: "Meeting",
  statement: "Statement",
  position: "Position",
} as const;

export type Prefix = keyof typeof LABEL_BY_PREFIX;
export type NodeLabel = (typeof LABEL_BY_PREFIX)[Prefix];

/** The label of a well-formed id's prefix (ids reach the data layer checked: ../services/ids.ts). */
export function labelOfChecked(id: string): NodeLabel {
  return LABEL_BY_PREFIX[id.slice(0, id.indexOf(":")) as Prefix];
}

export const ACTOR_LABELS = [
  "Person",
  "Organization",
  "Country",
] as const satisfies readonly NodeLabel[];
