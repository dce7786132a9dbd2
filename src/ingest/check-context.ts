/**
 * What the checks of one seed file (check.ts) need to know of the graph and of the run's
 * other files, read inside the file's transaction: the nodes it names as they would be
 * without its previous version, the facts others state too, the names like the ones it
 * brings, and the required properties a correction would take away.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { type CheckContext, type Namesake, nodeRefKey } from "./check.ts";
import { type Fact, type FactValue, factKey, type NodeRef } from "./facts.ts";
import { findLookalikes, findNameCandidates, readNodes } from "./graph-reads.ts";
import { type LedgerEntry, ledgerKey, type StoredFact } from "./ledger.ts";
import { LABELS } from "./model.ts";
import { nameFingerprint } from "./names.ts";
import type { SeedFile } from "./seed-file.ts";
import type { Tx } from "./tx.ts";

/** A fact another file of the same run states, not applied yet. */
export interface PendingFact {
  fact: Fact;
  file: string;
}

/** The file's facts, what it stated before, and the ledger's entries for both. */
export interface FileFacts {
  file: SeedFile;
  current: ReadonlyMap<string, Fact>;
  previous: ReadonlyMap<string, StoredFact>;
  ledger: ReadonlyMap<string, LedgerEntry>;
}

type StatedElsewhere = Map<string, { value?: FactValue; file: string; line: number }>;

const NAMED_LABELS = ["Person", "Organization", "Place"];

export async function checkContext(
  tx: Tx,
  facts: FileFacts,
  pending: ReadonlyMap<string, readonly PendingFact[]>,
  articlesDir: string,
): Promise<CheckContext> {
  const statedElsewhere = factsStatedElsewhere(facts, pending);
  const stated = [...facts.current.values()].filter(
    (fact): fact is Fact & { kind: "node" } => fact.kind === "node",
  );
  const existing = withoutPreviousVersion(
    await readNodes(
      tx,
      stated.map((fact) => fact.node),
    ),
    facts,
  );
  const newNodes = stated
    .map((fact) => fact.node)
    .filter(
      (node) =>
        !existing.has(nodeRefKey(node)) &&
        !statedElsewhere.has(factKey({ kind: "node", node, line: 0 })),
    );
  return {
    leftWithout: requiredLeftWithout(facts),
    existing,
    statedElsewhere,
    namesakes: await findNamesakes(tx, facts, newNodes, pending),
    lookalikes: await findNodeLookalikes(tx, facts, newNodes),
    readArticle: articleReader(articlesDir),
  };
}

/** Facts of this file that an applied file, or another file of this run, states too. */
function factsStatedElsewhere(
  { file, current, ledger }: FileFacts,
  pending: ReadonlyMap<string, readonly PendingFact[]>,
): StatedElsewhere {
  const statedElsewhere: StatedElsewhere = new Map();
  for (const [key, fact] of current) {
    const other = ledger.get(key)?.other;
    const waiting = pending.get(factKey(fact))?.find((entry) => entry.file !== file.name);
    if (other) statedElsewhere.set(factKey(fact), { value: ledger.get(key)?.value, ...other });
    else if (waiting)
      statedElsewhere.set(factKey(fact), {
        value: "value" in waiting.fact ? waiting.fact.value : undefined,
        file: waiting.file,
        line: waiting.fact.line,
      });
  }
  return statedElsewhere;
}

/** The nodes' properties as the graph would hold them without this file's previous version. */
function withoutPreviousVersion(
  existing: Map<string, Record<string, FactValue>>,
  { previous, ledger }: FileFacts,
): Map<string, Record<string, FactValue>> {
  for (const stored of previous.values()) {
    const entry = ledger.get(stored.key);
    if (entry?.other || stored.baseExists) continue;
    if (stored.fact.kind === "node") existing.delete(nodeRefKey(stored.fact.node));
    else if (stored.fact.kind === "property") {
      const properties = existing.get(nodeRefKey(stored.fact.node));
      if (properties) delete properties[stored.fact.name];
    }
  }
  return existing;
}

/** The names and aliases the file gives a node. */
function namesOf(current: ReadonlyMap<string, Fact>, node: NodeRef): string[] {
  return [...current.values()].flatMap((fact) =>
    fact.kind === "property" &&
    nodeRefKey(fact.node) === nodeRefKey(node) &&
    (fact.name === "name" || fact.name === "aliases")
      ? stringsOf(fact.value)
      : [],
  );
}

function stringsOf(value: FactValue): string[] {
  if (value.type === "list")
    return value.items.flatMap((item) => (item.type === "string" ? [item.value] : []));
  return value.type === "string" ? [value.value] : [];
}

/** New people, organizations and places: their names against everyone else's, by fingerprint. */
async function findNamesakes(
  tx: Tx,
  { file, current }: FileFacts,
  newNodes: readonly NodeRef[],
  pending: ReadonlyMap<string, readonly PendingFact[]>,
): Promise<Map<string, Namesake[]>> {
  const names = newNodes
    .filter((node) => NAMED_LABELS.includes(node.label))
    .flatMap((node) => namesOf(current, node));
  const candidates: Namesake[] = names.length > 0 ? await findNameCandidates(tx, names) : [];
  for (const { fact, file: other } of [...pending.values()].flat()) {
    if (other === file.name || fact.kind !== "property" || !NAMED_LABELS.includes(fact.node.label))
      continue;
    if (fact.name !== "name" && fact.name !== "aliases") continue;
    for (const name of stringsOf(fact.value))
      candidates.push({ label: fact.node.label, id: fact.node.id, name });
  }
  const wanted = new Set(names.map(nameFingerprint));
  const namesakes = new Map<string, Namesake[]>();
  for (const candidate of candidates) {
    const fingerprint = nameFingerprint(candidate.name);
    if (!wanted.has(fingerprint)) continue;
    const list = namesakes.get(fingerprint) ?? [];
    if (!list.some((other) => other.id === candidate.id)) list.push(candidate);
    namesakes.set(fingerprint, list);
  }
  return namesakes;
}

/** For a new node the file gives no name: existing ids that look like its id. */
async function findNodeLookalikes(
  tx: Tx,
  { current }: FileFacts,
  newNodes: readonly NodeRef[],
): Promise<Map<string, string[]>> {
  const lookalikes = new Map<string, string[]>();
  for (const node of newNodes) {
    if (namesOf(current, node).length > 0) continue;
    const found = await findLookalikes(tx, node);
    if (found.length > 0) lookalikes.set(nodeRefKey(node), found);
  }
  return lookalikes;
}

/** Required properties only the previous version stated, of nodes that stay. */
function requiredLeftWithout({
  current,
  previous,
  ledger,
}: FileFacts): NonNullable<CheckContext["leftWithout"]>[number][] {
  const leftWithout: NonNullable<CheckContext["leftWithout"]>[number][] = [];
  for (const stored of previous.values()) {
    const fact = stored.fact;
    if (fact.kind !== "property" || stored.baseExists || ledger.get(stored.key)?.other) continue;
    if (current.has(stored.key) || !LABELS[fact.node.label]?.properties[fact.name]?.required)
      continue;
    const nodeKey = ledgerKey({ kind: "node", node: fact.node, line: 0 });
    const statedBy = current.has(nodeKey)
      ? "this file"
      : (ledger.get(nodeKey)?.other?.file ??
        (previous.get(nodeKey)?.baseExists ? "the graph" : undefined));
    if (statedBy)
      leftWithout.push({ node: fact.node, property: fact.name, line: fact.line, statedBy });
  }
  return leftWithout;
}

/** Reads an article file of the folder once (a name with a slash is no article file). */
function articleReader(articlesDir: string): (name: string) => string | undefined {
  const articles = new Map<string, string | undefined>();
  return (name) => {
    if (!articles.has(name)) {
      const path = join(articlesDir, name);
      articles.set(
        name,
        !name.includes("/") && existsSync(path) ? readFileSync(path, "utf8") : undefined,
      );
    }
    return articles.get(name);
  };
}
