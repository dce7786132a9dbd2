/**
 * The shortest connection between two actors (the Connection operation), drawn as a path with
 * Cytoscape.js and written out step by step. When none is found within `maxHops`, it says so
 * and offers the longest search the API allows.
 */
import { useQuery } from "urql";
import { ConnectionDocument, type PathNodeSummaryFragment } from "../__generated__/graphql.ts";
import { usePageTitle } from "../document.ts";
import { useDrawing } from "../drawing.ts";
import { href, hrefForId, LONGEST_MAX_HOPS } from "../route.ts";
import { QueryState } from "./QueryState.tsx";

export function PathView({ from, to, maxHops }: { from: string; to: string; maxHops: number }) {
  const [result] = useQuery({ query: ConnectionDocument, variables: { from, to, maxHops } });
  usePageTitle("Connection");
  const path = result.data?.shortestConnection;
  const nodes = path ? pathNodes(path.steps) : [];
  return (
    <main id="main" data-view="path" data-ready={result.fetching ? undefined : "true"}>
      <header className="page-header">
        <p className="kind">Shortest connection</p>
        <h1>
          {nodes[0] ? nameOf(nodes[0]) : from} →{" "}
          {nodes.at(-1) ? nameOf(nodes.at(-1) as PathNodeSummaryFragment) : to}
        </h1>
      </header>
      <QueryState fetching={result.fetching} error={result.error} what="the connection" />
      {result.data && !path && (
        <p role="status">
          No connection of at most {maxHops} steps.{" "}
          {maxHops < LONGEST_MAX_HOPS && (
            <a href={href({ view: "path", from, to, maxHops: LONGEST_MAX_HOPS })}>
              Search up to {LONGEST_MAX_HOPS} steps
            </a>
          )}
        </p>
      )}
      {path && (
        <>
          <p>
            {path.hops} {path.hops === 1 ? "step" : "steps"} through meetings, statements and
            positions.
          </p>
          <PathDrawing nodes={nodes} />
          <ol className="path-steps">
            {path.steps.map((step) => (
              <li key={`${step.from.id}>${step.to.id}`}>
                <NodeLink node={step.from} />{" "}
                <span className="relationship">{describe(step.relationship, step.forward)}</span>{" "}
                <NodeLink node={step.to} />
              </li>
            ))}
          </ol>
        </>
      )}
    </main>
  );
}

function pathNodes(
  steps: { from: PathNodeSummaryFragment; to: PathNodeSummaryFragment }[],
): PathNodeSummaryFragment[] {
  const first = steps[0]?.from;
  return first ? [first, ...steps.map((step) => step.to)] : [];
}

function nameOf(node: PathNodeSummaryFragment): string {
  switch (node.__typename) {
    case "Meeting":
    case "Position":
      return node.title;
    case "Statement":
      return `“${node.text.length > 60 ? `${node.text.slice(0, 59)}…` : node.text}”`;
    default:
      return node.name;
  }
}

function NodeLink({ node }: { node: PathNodeSummaryFragment }) {
  const linkable = node.__typename !== "Statement" && node.__typename !== "Position";
  return linkable ? (
    <a href={hrefForId(node.id)}>{nameOf(node)}</a>
  ) : (
    <span dir="auto">{nameOf(node)}</span>
  );
}

/** TOOK_PART_IN forward → "took part in"; walked backwards the reader sees the inverse. */
function describe(relationship: string, forward: boolean): string {
  const words = relationship.toLowerCase().replaceAll("_", " ");
  return forward ? `— ${words} →` : `← ${words} —`;
}

function PathDrawing({ nodes }: { nodes: PathNodeSummaryFragment[] }) {
  const container = useDrawing(
    () => import("cytoscape"),
    { nodes },
    ({ default: cytoscape }, element, { nodes }) => {
      const cy = cytoscape({
        container: element,
        elements: [
          ...nodes.map((node, index) => ({
            data: { id: `${index}:${node.id}`, label: nameOf(node), target: node.id },
            position: { x: index * 160, y: index % 2 === 0 ? 0 : 60 },
            classes: node.__typename.toLowerCase(),
          })),
          ...nodes.slice(1).map((node, index) => ({
            data: {
              id: `e${index}`,
              source: `${index}:${nodes[index]?.id}`,
              target: `${index + 1}:${node.id}`,
            },
          })),
        ],
        layout: { name: "preset", fit: true, padding: 40 },
        style: [
          {
            selector: "node",
            style: {
              label: "data(label)",
              "font-size": 11,
              color: "#1a1a1a",
              "text-valign": "bottom",
              "text-wrap": "wrap",
              "text-max-width": "140px",
              "background-color": "#3b6ea5",
            },
          },
          {
            selector: "node.meeting",
            style: { shape: "round-rectangle", "background-color": "#2f7d4a" },
          },
          {
            selector: "node.statement",
            style: { shape: "diamond", "background-color": "#b5371f" },
          },
          { selector: "edge", style: { width: 2, "line-color": "#8fa9c4" } },
        ],
        userZoomingEnabled: false,
      });
      cy.on("tap", "node", (event) => {
        const id = String(event.target.data("target"));
        if (!id.startsWith("statement:") && !id.startsWith("position:"))
          window.location.hash = hrefForId(id);
      });
      element.dataset.nodes = String(cy.nodes().length);
      return () => cy.destroy();
    },
  );
  return (
    <div
      ref={container}
      className="path-canvas"
      role="img"
      aria-label={`Path: ${nodes.map(nameOf).join(", then ")}`}
    />
  );
}
