/**
 * How two actors are connected (the Connection operation, issue 21 finding 5): the shortest
 * paths (every one of the shortest length, up to five), each step said in words with its
 * evidence one click away, drawn with Cytoscape.js at 1:1 (across on a wide screen, down on
 * a phone); switches leave out weak links (a whole country in the middle, a meeting that did
 * not take place). Both ends are named even when no path is found, and an id that names
 * nothing is said to be unknown, not "not connected".
 */
import type { ElementDefinition } from "cytoscape";
import { type ReactNode, useState } from "react";
import { useQuery } from "urql";
import {
  ConnectionDocument,
  type ConnectionQuery,
  type PathNodeSummaryFragment,
} from "../__generated__/graphql.ts";
import { formatDate } from "../dates.ts";
import { usePageTitle } from "../document.ts";
import { useDrawing } from "../drawing.ts";
import {
  href,
  hrefForId,
  LONGEST_MAX_HOPS,
  navigate,
  shortId,
  type WeakLinkName,
} from "../route.ts";
import { EvidenceButton } from "./Evidence.tsx";
import { QueryState } from "./QueryState.tsx";

type Step = ConnectionQuery["shortestConnections"][number]["steps"][number];

const SWITCHES: { name: WeakLinkName; label: string }[] = [
  { name: "COUNTRY", label: "Leave out whole countries in the middle" },
  { name: "UNHELD_MEETING", label: "Leave out meetings that did not take place" },
];

export function PathView({
  from,
  to,
  maxHops,
  without = [],
}: {
  from: string;
  to: string;
  maxHops: number;
  without?: WeakLinkName[] | undefined;
}) {
  const [result] = useQuery({
    query: ConnectionDocument,
    variables: { from, to, maxHops, ...(without.length > 0 ? { without } : {}) },
  });
  const [chosen, setChosen] = useState(0);
  const data = result.data;
  const fromName = nameOfActor(data?.fromActor) ?? shortId(from);
  const toName = nameOfActor(data?.toActor) ?? shortId(to);
  usePageTitle(`${fromName} → ${toName}`);
  const unknown = data ? [...(data.fromActor ? [] : [from]), ...(data.toActor ? [] : [to])] : [];
  const paths = unknown.length === 0 ? (data?.shortestConnections ?? []) : [];
  const path = paths[Math.min(chosen, paths.length - 1)];
  const nodes = path ? pathNodes(path.steps) : [];
  const toggle = (name: WeakLinkName) =>
    navigate({
      view: "path",
      from,
      to,
      maxHops,
      without: without.includes(name) ? without.filter((n) => n !== name) : [...without, name],
    });

  return (
    <main id="main" data-view="path" data-ready={result.fetching ? undefined : "true"}>
      <header className="page-header">
        <p className="kind">Connection</p>
        <h1>
          <a href={hrefForId(from)}>{fromName}</a> → <a href={hrefForId(to)}>{toName}</a>
        </h1>
      </header>
      <fieldset className="switches">
        <legend>Weak links</legend>
        {SWITCHES.map((option) => (
          <label key={option.name}>
            <input
              type="checkbox"
              checked={without.includes(option.name)}
              onChange={() => toggle(option.name)}
            />{" "}
            {option.label}
          </label>
        ))}
      </fieldset>
      <QueryState fetching={result.fetching} error={result.error} what="the connection" />
      {unknown.map((id) => (
        <p key={id} className="notice" role="status">
          Nothing has the id {id}: no person, organization or country by that id.
        </p>
      ))}
      {data && unknown.length === 0 && paths.length === 0 && (
        <p role="status">
          No connection of at most {maxHops} steps
          {without.length > 0 ? " without the weak links left out" : ""}.{" "}
          {maxHops < LONGEST_MAX_HOPS ? (
            <a href={href({ view: "path", from, to, maxHops: LONGEST_MAX_HOPS, without })}>
              Search up to {LONGEST_MAX_HOPS} steps
            </a>
          ) : (
            "That is the longest search there is."
          )}
        </p>
      )}
      {path && (
        <>
          <p>
            {paths.length === 1
              ? `One shortest connection, ${path.hops} ${path.hops === 1 ? "step" : "steps"}`
              : `${paths.length} shortest connections of ${path.hops} steps each${paths.length === 5 ? " (the first five found)" : ""}`}
            , through meetings, statements and positions.
          </p>
          {paths.length > 1 && (
            <fieldset className="alternatives">
              <legend>Show connection</legend>
              {paths.map((alternative, index) => (
                <label key={alternative.steps.map((s) => s.to.id).join(">")}>
                  <input
                    type="radio"
                    name="alternative"
                    checked={index === chosen}
                    onChange={() => setChosen(index)}
                  />{" "}
                  {index + 1}: via{" "}
                  {pathNodes(alternative.steps)
                    .slice(1, -1)
                    .map((node) => {
                      const name = nameOf(node);
                      return isActor(node) || name.length <= 32 ? name : `${name.slice(0, 31)}…`;
                    })
                    .join(" · ")}
                </label>
              ))}
            </fieldset>
          )}
          <PathDrawing nodes={nodes} />
          <ol className="path-steps">
            {path.steps.map((step) => (
              <li key={`${step.from.id}>${step.to.id}`}>
                {sentence(step)} <StepEvidence step={step} />
              </li>
            ))}
          </ol>
        </>
      )}
    </main>
  );
}

function nameOfActor(node: ConnectionQuery["fromActor"] | undefined): string | null {
  return node && "name" in node ? node.name : null;
}

function isActor(node: PathNodeSummaryFragment): boolean {
  return (
    node.__typename === "Person" ||
    node.__typename === "Organization" ||
    node.__typename === "Country"
  );
}

function pathNodes(steps: Step[]): PathNodeSummaryFragment[] {
  const first = steps[0]?.from;
  return first ? [first, ...steps.map((step) => step.to)] : [];
}

function nameOf(node: PathNodeSummaryFragment): string {
  switch (node.__typename) {
    case "Meeting":
    case "Position":
      return node.title;
    case "Statement": {
      const words = node.translation ?? node.text;
      return words.length > 60 ? `${words.slice(0, 59)}…` : words;
    }
    default:
      return node.name;
  }
}

function NodeLink({ node }: { node: PathNodeSummaryFragment }) {
  switch (node.__typename) {
    case "Statement":
      return (
        <span dir="auto" className={node.kind === "QUOTE" ? "quoted-inline" : "reported-inline"}>
          {nameOf(node)}
        </span>
      );
    case "Position":
      return <span>“{node.title}”</span>;
    case "Meeting":
      return (
        <>
          <a href={hrefForId(node.id)}>{node.title}</a>
          {node.date && <span className="date"> ({formatDate(node.date)})</span>}
        </>
      );
    default:
      return <a href={hrefForId(node.id)}>{node.name}</a>;
  }
}

/** One step in words, in the direction the graph states it. */
function sentence(step: Step): ReactNode {
  const [subject, object] = step.forward ? [step.from, step.to] : [step.to, step.from];
  const s = <NodeLink node={subject} />;
  const o = <NodeLink node={object} />;
  switch (step.relationship) {
    case "TOOK_PART_IN":
      return (
        <>
          {s} took part in {o}
        </>
      );
    case "HOSTED_BY":
      return (
        <>
          {s} was hosted by {o}
        </>
      );
    case "SAID":
      return (
        <>
          {s}{" "}
          {object.__typename === "Statement" && object.kind === "REPORTED"
            ? "is reported to have said"
            : "said"}{" "}
          {o}
        </>
      );
    case "ON_BEHALF_OF":
      return (
        <>
          {s} was said on behalf of {o}
        </>
      );
    case "DIRECTED_AT":
      return (
        <>
          {s} was addressed to {o}
        </>
      );
    case "RELAYED_BY":
      return (
        <>
          {s} was relayed by {o}
        </>
      );
    case "HELD_POSITION":
      return (
        <>
          {s} held the position {o}
        </>
      );
    case "OF":
      return (
        <>
          {s} is a position of {o}
        </>
      );
    case "PART_OF":
      return (
        <>
          {s} is part of {o}
        </>
      );
    case "BELONGS_TO":
      return (
        <>
          {s} is a body of {o}
        </>
      );
    default:
      return (
        <>
          {s} — {step.relationship.toLowerCase().replaceAll("_", " ")} → {o}
        </>
      );
  }
}

/** The fact a step rests on (its meeting, statement or position) opens its evidence. */
function StepEvidence({ step }: { step: Step }) {
  const fact = [step.from, step.to].find(
    (node) =>
      node.__typename === "Meeting" ||
      node.__typename === "Statement" ||
      node.__typename === "Position",
  );
  if (!fact) return null;
  return <EvidenceButton request={{ kind: "fact", id: fact.id }} description={nameOf(fact)} />;
}

/** 1:1 and across when it fits; down the screen otherwise (a phone): labels stay 13 px. */
function PathDrawing({ nodes }: { nodes: PathNodeSummaryFragment[] }) {
  const container = useDrawing(
    () => import("cytoscape"),
    {
      nodes: nodes.map((node) => ({
        id: node.id,
        label: nameOf(node),
        kind: node.__typename.toLowerCase(),
      })),
    },
    ({ default: cytoscape }, element, { nodes }) => {
      const width = element.clientWidth || 320;
      const across = width >= nodes.length * 150 + 40;
      // Room at either end for half a label.
      const margin = 80;
      const step = across ? (width - 2 * margin) / Math.max(1, nodes.length - 1) : 0;
      const elements: ElementDefinition[] = [
        ...nodes.map((node, index) => ({
          data: { id: `${index}:${node.id}`, label: node.label, target: node.id },
          position: across
            ? { x: margin + index * step, y: index % 2 === 0 ? 40 : 110 }
            : { x: 30, y: 30 + index * 72 },
          classes: node.kind,
        })),
        ...nodes.slice(1).map((node, index) => ({
          data: {
            id: `e${index}`,
            source: `${index}:${nodes[index]?.id}`,
            target: `${index + 1}:${node.id}`,
          },
        })),
      ];
      element.style.height = `${across ? 190 : nodes.length * 72 + 20}px`;
      const cy = cytoscape({
        container: element,
        elements,
        layout: { name: "preset", fit: false },
        zoom: 1,
        pan: { x: 0, y: 0 },
        userZoomingEnabled: false,
        userPanningEnabled: false,
        boxSelectionEnabled: false,
        autoungrabify: true,
        style: [
          {
            selector: "node",
            style: {
              label: "data(label)",
              "font-size": 13,
              color: "#1a1a1a",
              "text-valign": across ? "bottom" : "center",
              "text-halign": across ? "center" : "right",
              "text-margin-x": across ? 0 : 8,
              "text-wrap": "wrap",
              "text-max-width": across
                ? `${Math.min(Math.max(100, step - 16), 2 * margin - 8)}px`
                : `${width - 80}px`,
              width: 18,
              height: 18,
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
          {
            selector: "node.position",
            style: { shape: "tag", "background-color": "#7a4fa0" },
          },
          { selector: "edge", style: { width: 2, "line-color": "#7d93ab" } },
        ],
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
