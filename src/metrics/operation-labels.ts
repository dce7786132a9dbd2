/**
 * Operation names are chosen by clients, and every distinct label value adds a series to
 * the latency histogram forever (14 per name). So a name becomes a label only from a bounded
 * set: the shipped client operations always, then the first few other names seen (cut to a
 * fixed length), and everything after that counts as `other`.
 */

/** Other names that get a label of their own, first come first served. */
export const MAX_OTHER_OPERATION_LABELS = 20;
/** Longest label; a longer name is cut (a long name was copied into every series of /metrics). */
export const MAX_OPERATION_LABEL_LENGTH = 64;

export const ANONYMOUS_OPERATION = "anonymous";
export const OTHER_OPERATION = "other";

export type OperationLabels = (operationName: string | null | undefined) => string;

export function operationLabels(
  knownOperations: readonly string[],
  maxOthers = MAX_OTHER_OPERATION_LABELS,
): OperationLabels {
  const known = new Set(knownOperations);
  const others = new Set<string>();
  return (operationName) => {
    if (!operationName) return ANONYMOUS_OPERATION;
    if (known.has(operationName)) return operationName;
    const label = operationName.slice(0, MAX_OPERATION_LABEL_LENGTH);
    if (others.has(label)) return label;
    if (others.size >= maxOthers || label === OTHER_OPERATION) return OTHER_OPERATION;
    others.add(label);
    return label;
  };
}
