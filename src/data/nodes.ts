/** Nodes by id, the small lists the API returns whole (countries, topics), and articles by id. */
import DataLoader from "dataloader";
import type { CypherExecutor } from "../db/executor.ts";
import { int } from "../db/values.ts";
import { node } from "./cypher.ts";
import { LABEL_BY_PREFIX, labelOfChecked, type NodeLabel } from "./ids.ts";
import { type ArticleRecord, type NodeRecord, parseAs, toNodeRecord } from "./records.ts";

type Typename = NodeRecord["__typename"];
type RecordOf<T extends Typename> = Extract<NodeRecord, { __typename: T }>;

/** Nodes of any label by id, one query per batch (a UNION branch per label present). */
export function nodeLoader(db: CypherExecutor) {
  return new DataLoader<string, NodeRecord | null>(async (ids) => {
    const byLabel = new Map<NodeLabel, string[]>();
    for (const id of ids) {
      const label = labelOfChecked(id);
      byLabel.set(label, [...(byLabel.get(label) ?? []), id]);
    }
    const labels = [...byLabel.keys()];
    const branches = labels.map(
      (label, i) =>
        `UNWIND $ids${i} AS id MATCH (n:${label} {id: id}) RETURN ${node("n", label)} AS node`,
    );
    const params = Object.fromEntries(labels.map((label, i) => [`ids${i}`, byLabel.get(label)]));
    const rows = await db.read(`CALL () { ${branches.join(" UNION ALL ")} } RETURN node`, params);
    const found = new Map(
      rows.map((row) => [String((row.node as { id: string }).id), toNodeRecord(row.node)]),
    );
    return ids.map((id) => found.get(id) ?? null);
  });
}

/** Looks nodes up through one request's loader, by ids already checked (../services/nodes.ts). */
export function nodeLookups(nodes: DataLoader<string, NodeRecord | null>) {
  return {
    /** Any node by id; null when none has it. */
    anyById(id: string): Promise<NodeRecord | null> {
      return nodes.load(id);
    },
    /** A node of one label by an id of that label; null when none has it. */
    async byId<T extends Typename>(
      id: string,
      typename: T & NodeLabel,
    ): Promise<RecordOf<T> | null> {
      const record = await nodes.load(id);
      return record ? parseAs(typename, record) : null;
    },
    /** A country by its ISO 3166-1 alpha-3 code, upper case. */
    async countryByCode(code: string) {
      const record = await nodes.load(`country:${code}`);
      return record ? parseAs("Country", record) : null;
    },
  };
}

/** Articles in id order, `first` after the id `after`: a seek on the id constraint's index. */
export async function articlesAfter(
  db: CypherExecutor,
  first: number,
  after: string | null,
): Promise<ArticleRecord[]> {
  const rows = await db.read(
    `MATCH (n:Article) WHERE n.id > $after
     RETURN ${node("n")} AS node ORDER BY n.id LIMIT $first`,
    { after: after ?? "", first: int(first) },
  );
  return rows.map((row) => parseAs("Article", row.node));
}

/** The orders of the lists returned whole: fixed texts, chosen by name, never from a request. */
const WHOLE_LIST_ORDER = {
  Country: "n.name",
  Topic: "n.name, n.id",
} as const;

/** Every node of a label whose list the API returns whole. */
export async function listAll<T extends keyof typeof WHOLE_LIST_ORDER>(
  db: CypherExecutor,
  label: T,
): Promise<Array<RecordOf<T>>> {
  if (!Object.values(LABEL_BY_PREFIX).includes(label)) throw new Error(`unknown label ${label}`);
  const rows = await db.read(
    `MATCH (n:${label}) RETURN ${node("n")} AS node ORDER BY ${WHOLE_LIST_ORDER[label]}`,
  );
  return rows.map((row) => parseAs(label, row.node));
}
