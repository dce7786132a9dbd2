/**
 * Ids a client sends: `<prefix>:<slug>`, the prefix naming the label (../data/ids.ts holds the
 * mapping). Checked here, before the data layer uses the label in a lookup.
 */
import { LABEL_BY_PREFIX, type NodeLabel, type Prefix } from "../data/ids.ts";
import { InvalidInputError } from "./errors.ts";

export { ACTOR_LABELS, LABEL_BY_PREFIX } from "../data/ids.ts";
export { InvalidInputError } from "./errors.ts";

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

function truncate(value: string): string {
  return value.length > 60 ? `${value.slice(0, 60)}…` : value;
}
