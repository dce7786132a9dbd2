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

/** A client-supplied argument the data layer cannot use; surfaces as BAD_USER_INPUT. */
export class InvalidInputError extends Error {
  override name = "InvalidInputError";
  readonly argument: string;
  constructor(argument: string, message: string) {
    super(message);
    this.argument = argument;
  }
}

const ID_PATTERN = /^([a-z]+):([\p{L}\p{N}][\p{L}\p{N}._-]*)$/u;

/** The label an id belongs to, or an InvalidInputError naming the argument. */
export function labelOf(id: string, argument = "id"): NodeLabel {
  const match = ID_PATTERN.exec(id);
  const prefix = match?.[1];
  // Own properties only: `in` also sees Object.prototype, so "constructor:x" would name the
  // Object function as a label and paste it into Cypher.
  if (!match || !prefix || !Object.hasOwn(LABEL_BY_PREFIX, prefix)) {
    throw new InvalidInputError(
      argument,
      `${argument}: "${truncate(id)}" is not an id; ids look like person:ryan-crocker (prefixes: ${Object.keys(LABEL_BY_PREFIX).join(", ")})`,
    );
  }
  return LABEL_BY_PREFIX[prefix as Prefix];
}

/** Checks that an id is well formed and names one of the expected labels. */
export function expectLabel<L extends NodeLabel>(
  id: string,
  expected: readonly L[],
  argument = "id",
): L {
  const label = labelOf(id, argument);
  if (!(expected as readonly NodeLabel[]).includes(label)) {
    throw new InvalidInputError(
      argument,
      `${argument}: "${truncate(id)}" is a ${label} id; expected ${expected.join(" or ")}`,
    );
  }
  return label as L;
}

export const ACTOR_LABELS = [
  "Person",
  "Organization",
  "Country",
] as const satisfies readonly NodeLabel[];

function truncate(value: string): string {
  return value.length > 60 ? `${value.slice(0, 60)}…` : value;
}
