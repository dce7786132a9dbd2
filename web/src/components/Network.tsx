/**
 * A person's network, drawn with Cytoscape.js (issue 21): the people they met, each inside
 * the box of the country or organization they represented (web/src/network-layout.ts), a
 * line to each with the number of meetings shared written on it, a legend, and the current
 * view saved as PNG, SVG or CSV. Drawn at 1:1, as wide as the screen and as tall as it needs,
 * so labels are as readable on a phone as on a desktop. Clicking a person moves to them,
 * clicking a line opens the meetings behind it with their sources (the evidence panel); the
 * list beside the drawing is what keyboard and screen-reader users get. Cytoscape is loaded
 * only when a network is shown.
 */
import type { Core, ElementDefinition, StylesheetJson } from "cytoscape";
import { type RefObject, useEffect, useRef, useState } from "react";
import { download, escapeXml, fileSlug, toCsv } from "../download.ts";
import { useDrawing } from "../drawing.ts";
import {
  type LayoutParty,
  labelWidth,
  layoutNetwork,
  type NetworkLayout,
} from "../network-layout.ts";
import { hrefForId } from "../route.ts";

export interface NetworkPerson {
  id: string;
  name: string;
}

export type NetworkParty = LayoutParty;

export interface NetworkProps {
  center: NetworkPerson & { parties: NetworkParty[] };
  counterparts: { person: NetworkPerson; meetingCount: number; representing: NetworkParty[] }[];
  /** Opens the evidence for the line between the centre and a counterpart (their meetings). */
  onLine?: (counterpart: NetworkPerson) => void;
  /** What the drawing covers, e.g. "May 2007 – November 2007" (the time brush), for exports. */
  period?: string;
  /** Whose network: a person's (people met) or a country's or organization's (parties met). */
  subject?: "person" | "party";
}

export function Network({
  center,
  counterparts,
  onLine,
  period,
  subject = "person",
}: NetworkProps) {
  const column = useRef<HTMLDivElement>(null);
  const width = useWidth(column);
  const layout =
    width > 0
      ? layoutNetwork(
          { id: center.id, name: center.name, parties: center.parties, meetingCount: 0 },
          counterparts.map(({ person, meetingCount, representing }) => ({
            ...person,
            meetingCount,
            parties: representing,
          })),
          width,
        )
      : null;
  const lineHandler = useRef(onLine);
  lineHandler.current = onLine;
  const cyRef = useRef<Core | null>(null);

  const container = useDrawing(
    () => import("cytoscape"),
    { layout, centerId: center.id, labelWidth: labelWidth(width) },
    ({ default: cytoscape }, element, { layout, centerId, labelWidth }) => {
      if (!layout) return undefined;
      element.style.height = `${layout.height}px`;
      const cy = cytoscape({
        container: element,
        elements: toElements(layout),
        style: [
          ...NETWORK_STYLE,
          { selector: "node", style: { "text-max-width": `${labelWidth}px` } },
        ],
        layout: { name: "preset", fit: false },
        // 1:1 and no smaller: labels stay 13 px; the drawing grows taller instead.
        zoom: 1,
        pan: { x: 0, y: 0 },
        minZoom: 1,
        maxZoom: 2.5,
        userPanningEnabled: false,
        userZoomingEnabled: false,
        boxSelectionEnabled: false,
        autoungrabify: true,
      });
      cy.on("tap", "node", (event) => {
        const id = String(event.target.id());
        if (id !== centerId) window.location.hash = hrefForId(id);
      });
      cy.on("tap", "edge.met", (event) => {
        const target = event.target.target();
        lineHandler.current?.({ id: String(target.id()), name: String(target.data("label")) });
      });
      cyRef.current = cy;
      element.dataset.nodes = String(cy.nodes().length);
      return () => {
        cyRef.current = null;
        cy.destroy();
      };
    },
  );

  const base = `network-${fileSlug(center.name)}`;
  const exportPng = async () => {
    const cy = cyRef.current;
    if (!cy) return;
    const blob = await cy.png({ output: "blob-promise", full: true, scale: 2, bg: "#ffffff" });
    download(blob, `${base}.png`, "image/png");
  };
  const exportSvg = () => {
    if (cyRef.current)
      download(networkSvg(cyRef.current, center.name, period), `${base}.svg`, "image/svg+xml");
  };
  const exportCsv = () =>
    download(networkCsv(center, counterparts, period), `${base}.csv`, "text/csv");

  return (
    <div className="network">
      <div className="network-drawing" ref={column}>
        <div
          ref={container}
          className="network-canvas"
          role="img"
          aria-label={`Network of ${center.name}: ${counterparts.length} people met, each in the box of whom they represented`}
        />
        <NetworkLegend subject={subject} />
        <p className="exports">
          Save this view:{" "}
          <button type="button" className="link-button" onClick={exportPng}>
            PNG
          </button>{" "}
          <button type="button" className="link-button" onClick={exportSvg}>
            SVG
          </button>{" "}
          <button type="button" className="link-button" onClick={exportCsv}>
            CSV (data)
          </button>
        </p>
      </div>
      <ul
        className="network-list"
        aria-label={
          subject === "person" ? `People ${center.name} met` : `Who ${center.name} met with`
        }
      >
        {counterparts.map(({ person, meetingCount, representing }) => (
          <li key={person.id}>
            <a href={hrefForId(person.id)}>{person.name}</a>{" "}
            {onLine ? (
              <button
                type="button"
                className="link-button count"
                onClick={() => onLine(person)}
                aria-label={`${meetingCount} ${meetingCount === 1 ? "meeting" : "meetings"} with ${center.name}: evidence`}
              >
                {meetingCount} {meetingCount === 1 ? "meeting" : "meetings"}
              </button>
            ) : (
              <span className="count">
                {meetingCount} {meetingCount === 1 ? "meeting" : "meetings"}
              </span>
            )}
            {representing.length > 0 && (
              <span className="representing">
                {" "}
                for{" "}
                {representing.map((party, index) => (
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

function NetworkLegend({ subject }: { subject: "person" | "party" }) {
  if (subject === "party") {
    return (
      <ul className="legend" aria-label="Legend">
        <li>
          <span className="swatch swatch-center" aria-hidden="true" /> this country or organization
        </li>
        <li>
          <span className="swatch swatch-person" aria-hidden="true" /> one it met with
        </li>
        <li>
          <span className="swatch swatch-line" aria-hidden="true" /> line: meetings together (the
          number on it; thicker, more)
        </li>
      </ul>
    );
  }
  return (
    <ul className="legend" aria-label="Legend">
      <li>
        <span className="swatch swatch-center" aria-hidden="true" /> this person
      </li>
      <li>
        <span className="swatch swatch-person" aria-hidden="true" /> a person they met
      </li>
      <li>
        <span className="swatch swatch-country" aria-hidden="true" /> box: the country they
        represented
      </li>
      <li>
        <span className="swatch swatch-organization" aria-hidden="true" /> box: the organization
        they represented
      </li>
      <li>
        <span className="swatch swatch-line" aria-hidden="true" /> line: meetings together (the
        number on it; thicker, more)
      </li>
      <li>
        <span className="swatch swatch-dashed" aria-hidden="true" /> dashed: also represented
      </li>
    </ul>
  );
}

/** An element's width, followed as the window resizes (in 10 px steps). */
function useWidth(element: RefObject<HTMLDivElement | null>): number {
  const [width, setWidth] = useState(0);
  useEffect(() => {
    const current = element.current;
    if (!current) return;
    const measure = () => setWidth(Math.floor(current.getBoundingClientRect().width / 10) * 10);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(current);
    return () => observer.disconnect();
  }, [element]);
  return width;
}

function toElements(layout: NetworkLayout): ElementDefinition[] {
  const maxCount = Math.max(1, ...layout.edges.map((edge) => edge.meetingCount ?? 0));
  return [
    ...layout.nodes.map((node) => ({
      data: { id: node.id, label: node.label, ...(node.parent ? { parent: node.parent } : {}) },
      ...(node.position ? { position: node.position } : {}),
      classes: node.kind,
    })),
    ...layout.edges.map((edge) => ({
      data: {
        id: edge.id,
        source: edge.source,
        target: edge.target,
        width: edge.kind === "met" ? 2 + (6 * (edge.meetingCount ?? 1)) / maxCount : 1.5,
        label:
          edge.kind === "met"
            ? `${edge.meetingCount} ${edge.meetingCount === 1 ? "meeting" : "meetings"}`
            : "",
      },
      classes: edge.kind,
    })),
  ];
}

/** The drawing as SVG, from Cytoscape's positions (model coordinates: the drawing is 1:1). */
function networkSvg(cy: Core, name: string, period: string | undefined): string {
  const box = cy.elements().boundingBox({});
  const pad = 20;
  const header = 28;
  const width = Math.ceil(box.w + 2 * pad);
  const height = Math.ceil(box.h + 2 * pad + header);
  const dx = pad - box.x1;
  const dy = pad + header - box.y1;
  const parts: string[] = [];
  parts.push(
    `<text x="${pad}" y="20" font-size="14" font-weight="600">${escapeXml(`Network of ${name}${period ? ` (${period})` : ""}`)}</text>`,
  );
  cy.nodes(":parent").forEach((parent) => {
    const b = parent.boundingBox({ includeLabels: false });
    const fill = parent.hasClass("country") ? "#e3f1e7" : "#efe6f6";
    const stroke = parent.hasClass("country") ? "#2f7d4a" : "#7a4fa0";
    parts.push(
      `<rect x="${b.x1 + dx}" y="${b.y1 + dy}" width="${b.w}" height="${b.h}" rx="6" fill="${fill}" stroke="${stroke}" stroke-width="2"/>`,
      `<text x="${b.x1 + dx + b.w / 2}" y="${b.y1 + dy - 6}" text-anchor="middle" font-size="13" font-weight="600">${escapeXml(String(parent.data("label")))}</text>`,
    );
  });
  cy.edges().forEach((edge) => {
    const s = edge.sourceEndpoint();
    const t = edge.targetEndpoint();
    const dashed = edge.hasClass("represented") ? ` stroke-dasharray="6 4"` : "";
    parts.push(
      `<line x1="${s.x + dx}" y1="${s.y + dy}" x2="${t.x + dx}" y2="${t.y + dy}" stroke="#7d93ab" stroke-width="${Number(edge.data("width"))}"${dashed}/>`,
    );
    const label = String(edge.data("label") ?? "");
    if (label) {
      const m = edge.midpoint();
      parts.push(
        `<text x="${m.x + dx}" y="${m.y + dy + 4}" text-anchor="middle" font-size="12" paint-order="stroke" stroke="#fff" stroke-width="4">${escapeXml(label)}</text>`,
      );
    }
  });
  cy.nodes(":childless").forEach((node) => {
    const p = node.position();
    if (node.hasClass("country") || node.hasClass("organization")) {
      parts.push(
        `<rect x="${p.x + dx - 60}" y="${p.y + dy - 18}" width="120" height="36" rx="6" fill="#efe6f6" stroke="#7a4fa0"/>`,
        `<text x="${p.x + dx}" y="${p.y + dy + 4}" text-anchor="middle" font-size="13">${escapeXml(String(node.data("label")))}</text>`,
      );
      return;
    }
    const r = node.hasClass("center") ? 13 : 10;
    const fill = node.hasClass("center") ? "#b5371f" : "#3b6ea5";
    parts.push(
      `<circle cx="${p.x + dx}" cy="${p.y + dy}" r="${r}" fill="${fill}"/>`,
      `<text x="${p.x + dx}" y="${p.y + dy + r + 16}" text-anchor="middle" font-size="13">${escapeXml(String(node.data("label")))}</text>`,
    );
  });
  return `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="system-ui, sans-serif" fill="#1a1a1a">
<rect width="100%" height="100%" fill="#ffffff"/>
${parts.join("\n")}
</svg>
`;
}

function networkCsv(
  center: NetworkProps["center"],
  counterparts: NetworkProps["counterparts"],
  period: string | undefined,
): string {
  return toCsv(
    [
      "person_id",
      "person",
      "met_person_id",
      "met_person",
      "meetings_together",
      "represented",
      "period",
    ],
    counterparts.map(({ person, meetingCount, representing }) => [
      center.id,
      center.name,
      person.id,
      person.name,
      meetingCount,
      representing.map((party) => party.name).join(" | "),
      period ?? "all dates",
    ]),
  );
}

// Colours with WCAG AA contrast for the 13 px labels (#1a1a1a on white or on the boxes' tints).
const LABEL = {
  label: "data(label)",
  "font-size": 13,
  color: "#1a1a1a",
  "text-wrap": "wrap",
  "text-max-width": "140px",
} as const;

const NETWORK_STYLE: StylesheetJson = [
  {
    selector: "node",
    style: {
      ...LABEL,
      "text-valign": "bottom",
      "text-margin-y": 4,
      width: 20,
      height: 20,
      "background-color": "#3b6ea5",
      "text-background-color": "#ffffff",
      "text-background-opacity": 0.9,
      "text-background-padding": "2px",
      "text-background-shape": "roundrectangle",
    },
  },
  { selector: "node.center", style: { width: 26, height: 26, "background-color": "#b5371f" } },
  {
    selector: "node.country, node.organization",
    style: {
      shape: "round-rectangle",
      "background-color": "#e3f1e7",
      "border-color": "#2f7d4a",
      "border-width": 2,
      "text-valign": "top",
      "text-halign": "center",
      "text-margin-y": -4,
      "font-weight": 600,
      padding: "14px",
      "text-background-opacity": 0,
    },
  },
  {
    selector: "node.organization",
    style: { "background-color": "#efe6f6", "border-color": "#7a4fa0" },
  },
  {
    // A box with no one in it: the name inside.
    selector: "node.country:childless, node.organization:childless",
    style: { width: 120, height: 36, "text-valign": "center", "text-margin-y": 0 },
  },
  {
    selector: "edge",
    style: {
      width: "data(width)",
      "line-color": "#7d93ab",
      "curve-style": "bezier",
      label: "data(label)",
      "font-size": 12,
      color: "#1a1a1a",
      "text-background-color": "#ffffff",
      "text-background-opacity": 1,
      "text-background-padding": "2px",
      "text-background-shape": "roundrectangle",
      "text-rotation": "none",
    },
  },
  { selector: "edge.represented", style: { "line-style": "dashed", "line-color": "#6b7d6b" } },
];
