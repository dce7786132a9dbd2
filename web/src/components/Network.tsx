/**
 * A person's network, drawn with Cytoscape.js: the people they met (edges as thick as the
 * number of held meetings they shared) and the countries and organizations those people
 * represented. Clicking a node (or choosing it in the list beside the drawing, which is what
 * keyboard and screen-reader users get) moves to that actor. Cytoscape is loaded only when a
 * network is shown, so the first screen does not wait for it.
 */
import type { ElementDefinition, StylesheetJson } from "cytoscape";
import { useDrawing } from "../drawing.ts";
import { hrefForId } from "../route.ts";

export interface NetworkPerson {
  id: string;
  name: string;
}

export interface NetworkParty {
  id: string;
  name: string;
  kind: "Country" | "Organization" | "Person";
}

export interface NetworkProps {
  center: NetworkPerson;
  counterparts: { person: NetworkPerson; meetingCount: number }[];
  /** Whom each person (by id) represented at the meetings shown on the page. */
  represented: Map<string, NetworkParty[]>;
}

export function Network({ center, counterparts, represented }: NetworkProps) {
  const elements = networkElements({ center, counterparts, represented });
  const container = useDrawing(
    () => import("cytoscape"),
    { elements, centerId: center.id },
    ({ default: cytoscape }, element, { elements, centerId }) => {
      const cy = cytoscape({
        container: element,
        elements,
        style: NETWORK_STYLE,
        layout: {
          name: "concentric",
          concentric: (node) => Number(node.data("ring")),
          levelWidth: () => 1,
          // Room for the labels under each node, even when a ring holds one or two nodes.
          minNodeSpacing: 70,
          spacingFactor: 1.2,
          animate: false,
        },
        minZoom: 0.3,
        maxZoom: 3,
        wheelSensitivity: 0.3,
      });
      cy.on("tap", "node", (event) => {
        const id = String(event.target.id());
        if (id !== centerId) window.location.hash = hrefForId(id);
      });
      element.dataset.nodes = String(cy.nodes().length);
      return () => cy.destroy();
    },
  );

  return (
    <div className="network">
      <div
        ref={container}
        className="network-canvas"
        role="img"
        aria-label={`Network of ${center.name}: ${counterparts.length} people met, with whom they represented`}
      />
      <ul className="network-list" aria-label={`People ${center.name} met`}>
        {counterparts.map(({ person, meetingCount }) => (
          <li key={person.id}>
            <a href={hrefForId(person.id)}>{person.name}</a>{" "}
            <span className="count">
              {meetingCount} {meetingCount === 1 ? "meeting" : "meetings"}
            </span>
            {(represented.get(person.id) ?? []).length > 0 && (
              <span className="representing">
                {" "}
                for{" "}
                {(represented.get(person.id) ?? []).map((party, index) => (
                  <span key={party.id}>
                    {index > 0 && ", "}
                    <a href={hrefForId(party.id)}>{party.name}</a>
                  </span>
                ))}
              </span>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}

function networkElements({ center, counterparts, represented }: NetworkProps): ElementDefinition[] {
  const nodes = new Map<string, ElementDefinition>();
  const edges: ElementDefinition[] = [];
  const maxCount = Math.max(1, ...counterparts.map((c) => c.meetingCount));
  nodes.set(center.id, { data: { id: center.id, label: center.name, ring: 3 }, classes: "center" });
  for (const { person, meetingCount } of counterparts) {
    nodes.set(person.id, {
      data: { id: person.id, label: person.name, ring: 2 },
      classes: "person",
    });
    edges.push({
      data: {
        id: `met:${person.id}`,
        source: center.id,
        target: person.id,
        width: 1 + (7 * meetingCount) / maxCount,
        label: String(meetingCount),
      },
      classes: "met",
    });
  }
  for (const personId of [center.id, ...counterparts.map((c) => c.person.id)]) {
    for (const party of represented.get(personId) ?? []) {
      if (party.kind === "Person") continue;
      if (!nodes.has(party.id)) {
        nodes.set(party.id, {
          data: { id: party.id, label: party.name, ring: 1 },
          classes: party.kind === "Country" ? "country" : "organization",
        });
      }
      edges.push({
        data: { id: `for:${personId}:${party.id}`, source: personId, target: party.id, width: 1 },
        classes: "represented",
      });
    }
  }
  return [...nodes.values(), ...edges];
}

// Colours chosen for contrast on white (WCAG AA for the labels, which are drawn in #1a1a1a).
const NETWORK_STYLE: StylesheetJson = [
  {
    selector: "node",
    style: {
      label: "data(label)",
      "font-size": 11,
      color: "#1a1a1a",
      "text-valign": "bottom",
      "text-margin-y": 4,
      "text-wrap": "wrap",
      "text-max-width": "110px",
      width: 18,
      height: 18,
      "background-color": "#3b6ea5",
    },
  },
  { selector: "node.center", style: { width: 30, height: 30, "background-color": "#b5371f" } },
  { selector: "node.country", style: { shape: "round-rectangle", "background-color": "#2f7d4a" } },
  { selector: "node.organization", style: { shape: "diamond", "background-color": "#7a4fa0" } },
  {
    selector: "edge",
    style: { width: "data(width)", "line-color": "#8fa9c4", "curve-style": "bezier" },
  },
  {
    selector: "edge.represented",
    style: { "line-style": "dashed", "line-color": "#9aa59a" },
  },
];
