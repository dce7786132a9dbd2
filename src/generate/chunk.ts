/**
 * What the model hands the writers: node rows per label and relationship rows per
 * (type, from label, to label), in the order they must be written (nodes, then the
 * relationships between them and earlier nodes).
 */
export type Label =
  | "Country"
  | "Place"
  | "Topic"
  | "Organization"
  | "Person"
  | "Article"
  | "Position"
  | "Meeting"
  | "Statement"
  | "Participation";

export type Row = Record<string, unknown>;

export interface RelGroup {
  type: string;
  from: Label;
  to: Label;
  /** Property names, in the order their values follow the ids in each row. */
  keys: string[];
  /** [fromId, toId, ...values of `keys`]. */
  rows: unknown[][];
}

export interface Chunk {
  nodes: Map<Label, Row[]>;
  rels: Map<string, RelGroup>;
  /** Meetings generated so far, after this chunk (0 while entities are generated). */
  meetingsDone: number;
}

const LABEL_OF_PREFIX: Readonly<Record<string, Label>> = {
  country: "Country",
  place: "Place",
  topic: "Topic",
  org: "Organization",
  person: "Person",
  article: "Article",
  position: "Position",
  meeting: "Meeting",
  statement: "Statement",
  participation: "Participation",
};

/** The label of a node from its id's prefix (`person:…` → Person). */
export function labelOf(id: string): Label {
  const label = LABEL_OF_PREFIX[id.slice(0, id.indexOf(":"))];
  if (!label) throw new Error(`no label for id ${id}`);
  return label;
}

export class ChunkBuilder {
  private chunk: Chunk = emptyChunk(0);
  private size = 0;

  node(label: Label, row: Row): void {
    let rows = this.chunk.nodes.get(label);
    if (!rows) {
      rows = [];
      this.chunk.nodes.set(label, rows);
    }
    rows.push(row);
    this.size++;
  }

  rel(type: string, fromId: string, toId: string, properties?: Row): void {
    const from = labelOf(fromId);
    const to = labelOf(toId);
    const keys = properties ? Object.keys(properties) : [];
    const key = `${type}|${from}|${to}|${keys.join(",")}`;
    let group = this.chunk.rels.get(key);
    if (!group) {
      group = { type, from, to, keys, rows: [] };
      this.chunk.rels.set(key, group);
    }
    group.rows.push(properties ? [fromId, toId, ...Object.values(properties)] : [fromId, toId]);
    this.size++;
  }

  /** Rows (nodes + relationships) collected since the last take. */
  get pending(): number {
    return this.size;
  }

  take(meetingsDone: number): Chunk {
    const chunk = this.chunk;
    chunk.meetingsDone = meetingsDone;
    this.chunk = emptyChunk(meetingsDone);
    this.size = 0;
    return chunk;
  }
}

function emptyChunk(meetingsDone: number): Chunk {
  return { nodes: new Map(), rels: new Map(), meetingsDone };
}
