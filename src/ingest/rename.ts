/**
 * The keys that hold a renamed actor's name (cypher/derived.cypher, rules "after a rename"):
 * rewritten in the change's transaction when few, else after it in slices, from the
 * Internal:RenamedActor markers the change leaves.
 */
import type { Driver } from "neo4j-driver";
import { type DerivationRules, deriveFor, loadDerivationRules } from "./derive.ts";
import { LABELS } from "./model.ts";
import { inSlices, writeDerived } from "./slices.ts";
import type { Tx } from "./tx.ts";

/** Actors a change renamed: how many keys may hold the name, from RenamedActor markers. */
async function renamedMarkers(
  run: (
    cypher: string,
    params: Record<string, unknown>,
  ) => PromiseLike<{ records: { get(key: string): unknown }[] }>,
  ids?: readonly string[],
): Promise<{ id: string; label: string; keys: number }[]> {
  const result = await run(
    `MATCH (k:Internal:RenamedActor) WHERE $ids IS NULL OR k.id IN $ids
     RETURN k.id AS id, k.label AS label, k.keys AS keys ORDER BY k.id`,
    { ids: ids ?? null },
  );
  return result.records.map((record) => ({
    id: record.get("id") as string,
    label: record.get("label") as string,
    keys: Number(record.get("keys")),
  }));
}

const DELETE_MARKER = "MATCH (k:Internal:RenamedActor {id: $id}) DELETE k";

/**
 * Inside a change's transaction, after its rules: the keys of the actors it renamed, when
 * they are at most `maxKeys` (the rules "after a rename", every range), so readers see the
 * new name and its order together. Bigger renames keep their marker for rekeyRenamed.
 */
export async function rekeyRenamedInline(
  tx: Tx,
  rules: DerivationRules,
  idsByLabel: ReadonlyMap<string, readonly string[]>,
  maxKeys = INLINE_RENAME_KEYS,
): Promise<number> {
  const actors = [...idsByLabel.values()].flat();
  if (actors.length === 0) return 0;
  const small = (await renamedMarkers((cypher, params) => tx.run(cypher, params), actors)).filter(
    (m) => m.keys <= maxKeys,
  );
  if (small.length === 0) return 0;
  const byLabel = new Map<string, string[]>();
  for (const { id, label } of small) byLabel.set(label, [...(byLabel.get(label) ?? []), id]);
  const updates = await deriveFor(tx, rules, byLabel, "rename");
  await tx.run("UNWIND $ids AS id MATCH (k:Internal:RenamedActor {id: id}) DELETE k", {
    ids: small.map(({ id }) => id),
  });
  return updates;
}

/** Most keys a change rewrites for a renamed actor in its own transaction. */
export const INLINE_RENAME_KEYS = 20_000;

/**
 * The keys of every actor still marked renamed (a rename too big for its change's
 * transaction, or one interrupted): the rules "after a rename" for each, a slice of the
 * other ends' ids per transaction (the marker goes with the last). Run after each applied
 * change and at start; returns how many actors it rewrote.
 */
export async function rekeyRenamed(
  driver: Driver,
  database: string | undefined,
  options: { rules?: DerivationRules; slice?: number } = {},
): Promise<number> {
  const rules = options.rules ?? loadDerivationRules();
  const slice = options.slice ?? 5_000;
  const markers = await renamedMarkers((cypher, params) =>
    driver.executeQuery(cypher, params, { database, routing: "READ" }),
  );
  for (const { id, label } of markers) {
    if (!LABELS[label]) throw new Error(`RenamedActor ${id}: unknown label ${label}`);
    const batch = new Map([[label, [id]]]);
    // The other ends whose keys hold the name, in Neo4j's order of strings: counterparts
    // owning MET_WITH edges to it, and its statements (as the rules find them). Only the
    // slices' sizes depend on the list; rows, not one collected list, for a hub's are many.
    const { records } = await driver.executeQuery(
      `MATCH (node:${label} {id: $id})
       CALL (node) {
         MATCH (node)<-[:MET_WITH]-(a) RETURN a.id AS other
         UNION MATCH (node)-[:SAID]->(s:Statement) RETURN s.id AS other
         UNION MATCH (s:Statement)-[:ON_BEHALF_OF]->(node)
               WHERE NOT EXISTS { (:Person)-[:SAID]->(s) }
               RETURN s.id AS other
       }
       RETURN other ORDER BY other`,
      { id },
      { database, routing: "READ" },
    );
    const ids = records.map((record) => record.get("other") as string);
    await inSlices(ids, slice, async (range, last) => {
      await writeDerived(driver, database, async (tx) => {
        const updates = await deriveFor(tx, rules, batch, "rename", { range });
        if (last) await tx.run(DELETE_MARKER, { id });
        return updates;
      });
    });
  }
  return markers.length;
}
