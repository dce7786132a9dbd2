/**
 * Where each node of a person's network goes (issue 21, finding 1): every person sits inside
 * the box of the country or organization they represented, so no "represents" line is needed
 * (or can run through someone else), and the boxes are packed in rows as wide as the screen,
 * at 1:1 scale, so labels stay readable on a phone: a narrow screen gets a taller drawing,
 * never a smaller one. Pure: the same input gives the same picture.
 */

export interface LayoutParty {
  id: string;
  name: string;
  kind: "Country" | "Organization" | "Person";
}

export interface LayoutPerson {
  id: string;
  name: string;
  /** Whom they represented; the first is the box they are drawn in. */
  parties: LayoutParty[];
  /** Meetings shared with the centre (none for the centre itself). */
  meetingCount: number;
}

export interface LayoutNode {
  id: string;
  label: string;
  kind: "center" | "person" | "country" | "organization";
  /** The box a person is drawn in. */
  parent?: string;
  /** Where a person is drawn (a box's place follows from its members). */
  position?: { x: number; y: number };
}

export interface LayoutEdge {
  id: string;
  source: string;
  target: string;
  kind: "met" | "represented";
  meetingCount?: number;
}

export interface NetworkLayout {
  nodes: LayoutNode[];
  edges: LayoutEdge[];
  width: number;
  height: number;
}

/** A person's cell: the dot and up to two lines of a 13 px label under it (narrower on a phone). */
const CELL_WIDTH = 150;
const NARROW_CELL_WIDTH = 120;
const CELL_HEIGHT = 78;
/** Room around a box's members, and above it for the box's own label. */
const BOX_PADDING = 14;
const BOX_LABEL = 26;
const GAP = 24;
const MARGIN = 8;
/** Below this width a screen is a phone's. */
export const NARROW = 520;

/** The widest a label may wrap to, for a drawing this wide. */
export function labelWidth(availableWidth: number): number {
  return (availableWidth < NARROW ? NARROW_CELL_WIDTH : CELL_WIDTH) - 12;
}

interface Group {
  party: LayoutParty | null;
  members: LayoutPerson[];
  weight: number;
}

export function layoutNetwork(
  center: LayoutPerson,
  counterparts: LayoutPerson[],
  availableWidth: number,
): NetworkLayout {
  const CELL = availableWidth < NARROW ? NARROW_CELL_WIDTH : CELL_WIDTH;
  const width = Math.max(CELL + 2 * (MARGIN + BOX_PADDING), availableWidth);
  const groups = groupByParty(center, counterparts);
  const innerWidth = width - 2 * MARGIN;
  const maxColumns = Math.max(1, Math.floor((innerWidth - 2 * BOX_PADDING) / CELL));

  // Each group's box, then packed in shelves (rows) left to right.
  const boxes = groups.map((group) => {
    const n = Math.max(1, group.members.length);
    const columns = Math.min(n, maxColumns, Math.max(1, Math.ceil(Math.sqrt(n * 1.5))));
    const rows = Math.ceil(n / columns);
    return {
      group,
      columns,
      width: columns * CELL + 2 * BOX_PADDING,
      height: rows * CELL_HEIGHT + 2 * BOX_PADDING + BOX_LABEL,
    };
  });
  const shelves: { boxes: typeof boxes; width: number; height: number }[] = [];
  for (const box of boxes) {
    const shelf = shelves.at(-1);
    if (shelf && shelf.width + GAP + box.width <= innerWidth) {
      shelf.boxes.push(box);
      shelf.width += GAP + box.width;
      shelf.height = Math.max(shelf.height, box.height);
    } else {
      shelves.push({ boxes: [box], width: box.width, height: box.height });
    }
  }

  const nodes: LayoutNode[] = [];
  const edges: LayoutEdge[] = [];
  const placedParties = new Set<string>();
  let top = MARGIN;
  for (const shelf of shelves) {
    let left = MARGIN + (innerWidth - shelf.width) / 2;
    for (const box of shelf.boxes) {
      const { party, members } = box.group;
      if (party) {
        // A box with no one in it (a second party only) is drawn as a box of its own.
        const alone = members.length === 0;
        nodes.push({
          id: party.id,
          label: party.name,
          kind: partyKind(party),
          ...(alone ? { position: { x: left + box.width / 2, y: top + box.height / 2 } } : {}),
        });
        placedParties.add(party.id);
      }
      members.forEach((member, index) => {
        const column = index % box.columns;
        const row = Math.floor(index / box.columns);
        nodes.push({
          id: member.id,
          label: member.name,
          kind: member.id === center.id ? "center" : "person",
          ...(party ? { parent: party.id } : {}),
          position: {
            x: left + BOX_PADDING + column * CELL + CELL / 2,
            // The dot near the top of its cell, its label below it.
            y: top + BOX_LABEL + BOX_PADDING + row * CELL_HEIGHT + 14,
          },
        });
      });
      left += box.width + GAP;
    }
    top += shelf.height + GAP;
  }

  for (const person of counterparts) {
    edges.push({
      id: `met:${person.id}`,
      source: center.id,
      target: person.id,
      kind: "met",
      meetingCount: person.meetingCount,
    });
  }
  // Whom someone represented besides the box they are in: a dashed line to that box.
  for (const person of [center, ...counterparts]) {
    for (const party of person.parties.slice(1)) {
      if (party.kind === "Person" || !placedParties.has(party.id)) continue;
      edges.push({
        id: `for:${person.id}:${party.id}`,
        source: person.id,
        target: party.id,
        kind: "represented",
      });
    }
  }
  return { nodes, edges, width, height: Math.max(top - GAP + MARGIN, 160) };
}

function partyKind(party: LayoutParty): "country" | "organization" {
  return party.kind === "Country" ? "country" : "organization";
}

/** The centre's box first, then the boxes with the most meetings; a person apart has no box. */
function groupByParty(center: LayoutPerson, counterparts: LayoutPerson[]): Group[] {
  const groups = new Map<string, Group>();
  for (const person of [center, ...counterparts]) {
    const party = person.parties.find((p) => p.kind !== "Person") ?? null;
    const key = party ? party.id : `apart:${person.id}`;
    const group = groups.get(key) ?? { party, members: [], weight: 0 };
    group.members.push(person);
    group.weight += person.id === center.id ? Number.POSITIVE_INFINITY : person.meetingCount;
    groups.set(key, group);
  }
  // Parties someone represented only as a second party get a box of their own (empty).
  for (const person of [center, ...counterparts]) {
    for (const party of person.parties.slice(1)) {
      if (party.kind === "Person" || groups.has(party.id)) continue;
      groups.set(party.id, { party, members: [], weight: 0 });
    }
  }
  return [...groups.values()].sort(
    (a, b) => b.weight - a.weight || (a.party?.name ?? "").localeCompare(b.party?.name ?? "", "en"),
  );
}
