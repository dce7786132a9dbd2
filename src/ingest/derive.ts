/**
 * Runs the derivation rules of cypher/derived.cypher: for the nodes a change touched, inside
 * that change's transaction, or for every node in batches (a rebuild after a rule changed:
 * ./rebuild.ts). Both run the same rule text (see the file's header). A rename's keys:
 * ./rename.ts; transactions that fit the memory limit: ./slices.ts.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import type { Driver } from "neo4j-driver";
import { paths } from "../config/paths.ts";
import { splitCypherScript } from "../db/cypher-script.ts";
import { LABELS } from "./model.ts";
import type { Tx } from "./tx.ts";

/**
 * When a rule runs (its header in cypher/derived.cypher): `always` on an applied change and
 * in a rebuild (`// for each:`); `before` on an applied change, before its facts are written
 * (`// before a change, for each:`); `after` on an applied change only (`// after a change,
 * for each:`); `rebuild` in a rebuild only (`// in a rebuild, for each:`). The aggregates are
 * kept by delta (before and after), which a rebuild cannot replay (it recomputes them).
 * `rename` (`// after a rename, for each:`) rewrites the keys that hold a renamed actor's
 * name, for the actors a change marked (rekeyRenamed), in slices of `$range`.
 */
export type RuleWhen = "always" | "before" | "after" | "rebuild" | "rename";

/** Which rules a run takes: a change's two phases, or a rebuild. */
export type DerivationPhase = "before" | "after" | "rebuild" | "rename";

const WHEN_OF_HEADER: Record<string, RuleWhen> = {
  "": "always",
  "before a change": "before",
  "after a change": "after",
  "in a rebuild": "rebuild",
  "after a rename": "rename",
};

const RUNS_IN: Record<DerivationPhase, readonly RuleWhen[]> = {
  before: ["before"],
  after: ["always", "after"],
  rebuild: ["always", "rebuild"],
  rename: ["rename"],
};

export interface DerivationRule {
  /** 1-based line of the rule's statement in cypher/derived.cypher. */
  line: number;
  labels: string[];
  when: RuleWhen;
  cypher: string;
  /**
   * The rule rebuilds a node's edges to the counterparts in `$counterparts` only: a rebuild
   * may run it for a hub in slices of that range, each in a transaction of its own.
   */
  slicedByCounterpart: boolean;
}

/** A range of counterpart ids (after < id <= through; through null for no end). */
export interface CounterpartRange {
  after: string;
  through: string | null;
}

/** Every counterpart: what a rule bound to `$counterparts` covers unless a rebuild slices it. */
export const ALL_COUNTERPARTS: CounterpartRange = { after: "", through: null };

export interface DerivationRules {
  rules: DerivationRule[];
  /** Content hash of the rules file: a rebuild is due when it differs from the graph's. */
  hash: string;
}

export function loadDerivationRules(file = paths.derivedCypher): DerivationRules {
  const text = readFileSync(file, "utf8");
  const rules = splitCypherScript(text).map((statement) => {
    const header =
      /^\/\/ (?:(before a change|after a change|in a rebuild|after a rename), )?for each:[ \t]*([A-Za-z, ]+)$/m.exec(
        statement.cypher,
      );
    const labels = (header?.[2] ?? "")
      .split(",")
      .map((label) => label.trim())
      .filter(Boolean);
    if (labels.length === 0 || labels.some((label) => !LABELS[label]))
      throw new Error(
        `${file}:${statement.line}: a rule starts with "// for each: <Label>, …" naming labels of the model`,
      );
    const when = WHEN_OF_HEADER[header?.[1] ?? ""] ?? "always";
    const slicedByCounterpart = /\$counterparts\b/.test(statement.cypher);
    if (slicedByCounterpart && when !== "rebuild")
      throw new Error(
        `${file}:${statement.line}: only a rule "in a rebuild" may take $counterparts (a change's rules run in the change's one transaction)`,
      );
    return { line: statement.line, labels, when, cypher: statement.cypher, slicedByCounterpart };
  });
  return { rules, hash: createHash("sha256").update(text).digest("hex") };
}

/** The rules a phase runs, in the file's order. */
export function rulesOf(rules: DerivationRules, phase: DerivationPhase): DerivationRule[] {
  return rules.rules.filter((rule) => RUNS_IN[phase].includes(rule.when));
}

/** The labels any rule of the phase runs for: touched nodes of other labels need nothing. */
export function derivedLabels(
  rules: DerivationRules,
  phase: DerivationPhase = "rebuild",
): Set<string> {
  return new Set(rulesOf(rules, phase).flatMap((rule) => rule.labels));
}

/**
 * One rule run for the nodes `$nodes` (`{label, id}` rows) of any of its labels: one text per
 * rule whatever labels a change touched, so a rule is planned once, not once per label (a
 * cold plan costs far more than running a rule for a few nodes). Each label finds its nodes
 * by its own id index; a row goes down its label's branch only.
 */
export function ruleQuery(rule: DerivationRule): string {
  // The labels are the model's (checked when the rules load), never data.
  const find =
    rule.labels.length === 1
      ? `MATCH (node:${rule.labels[0]} {id: row.id})`
      : `CALL (row) {\n${rule.labels
          .map(
            (label) =>
              `  WITH row WHERE row.label = '${label}'\n  MATCH (node:${label} {id: row.id})\n  RETURN node`,
          )
          .join("\n  UNION ALL\n")}\n}`;
  return `UNWIND $nodes AS row ${find} CALL (node) {\n${rule.cypher}\n}`;
}

/** The `$nodes` of a rule's run: the given nodes of its labels, label by label. */
export function ruleNodes(
  rule: DerivationRule,
  idsByLabel: ReadonlyMap<string, readonly string[]>,
): { label: string; id: string }[] {
  return rule.labels.flatMap((label) => (idsByLabel.get(label) ?? []).map((id) => ({ label, id })));
}

/**
 * Runs the rules of one phase for the given nodes, inside the caller's transaction: `before`
 * and `after` an applied change's facts are written (for the same nodes), or `rebuild`.
 */
export async function deriveFor(
  tx: Tx,
  rules: DerivationRules,
  idsByLabel: ReadonlyMap<string, readonly string[]>,
  phase: DerivationPhase = "after",
  options: {
    /** Which rules: all of the phase's (default), or only those sliced by counterpart or not. */
    sliced?: boolean;
    counterparts?: CounterpartRange;
    /** The ids whose keys a rule "after a rename" rewrites (all by default). */
    range?: CounterpartRange;
  } = {},
): Promise<number> {
  const counterparts = options.counterparts ?? ALL_COUNTERPARTS;
  const range = options.range ?? ALL_COUNTERPARTS;
  // Sent one after the other without waiting: Neo4j runs them in order (a rule may read
  // what an earlier one wrote), and the round trips overlap.
  const runs: Promise<number>[] = [];
  for (const rule of rulesOf(rules, phase)) {
    if (options.sliced !== undefined && rule.slicedByCounterpart !== options.sliced) continue;
    const nodes = ruleNodes(rule, idsByLabel);
    if (nodes.length === 0) continue;
    runs.push(
      tx.run(ruleQuery(rule), { nodes, counterparts, range }).then((result) => {
        const counters = result.summary.counters.updates();
        return (
          counters.propertiesSet + counters.relationshipsCreated + counters.relationshipsDeleted
        );
      }),
    );
  }
  return (await Promise.all(runs)).reduce((sum, n) => sum + n, 0);
}

export async function recordDerivedHash(
  driver: Driver,
  database: string | undefined,
  hash: string,
): Promise<void> {
  await driver.executeQuery(
    `MERGE (d:Internal:DerivedState {key: 'derived'}) SET d.hash = $hash, d.rebuiltAt = datetime()`,
    { hash },
    { database },
  );
}

/** The rules' hash the graph's derived data follows, or null when none is recorded. */
export async function recordedDerivedHash(
  driver: Driver,
  database: string | undefined,
): Promise<string | null> {
  const { records } = await driver.executeQuery(
    "OPTIONAL MATCH (d:Internal:DerivedState {key: 'derived'}) RETURN d.hash AS hash",
    {},
    { database, routing: "READ" },
  );
  return (records[0]?.get("hash") as string | null) ?? null;
}
