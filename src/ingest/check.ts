/**
 * The checks a seed file passes before any of it reaches the graph (`npm run seed -- --check`,
 * and always before applying). Each problem names the file, the line and the rule; the rules
 * are listed in docs/analysts.md ("Adding an article"). Pure: what the graph holds comes in a
 * CheckContext that src/ingest/graph-reads.ts and ledger.ts read, so every rule is tested without a database.
 */
import { CAMEO_EVENTS } from "./cameo.ts";
import { type Fact, type FactValue, factKey, type NodeRef, valueText } from "./facts.ts";
import {
  DERIVED_PROPERTIES,
  DERIVED_RELATIONSHIPS,
  LABELS,
  type PropertySpec,
  RELATIONSHIPS,
  SOURCED_EDGES,
} from "./model.ts";
import { nameFingerprint } from "./names.ts";
import type { SeedFile } from "./seed-file.ts";

export const RULES = {
  syntax: "a statement of facts: MERGE, SET and WITH with literal values",
  conflict: "one value per property, whichever file states it",
  "unknown-label": "a label of the graph model",
  "id-format": "ids are <prefix>:<slug> with the label's prefix",
  "unknown-property": "a property the graph model has for this label or relationship",
  "derived-data": "derived keys, TOOK_PART_IN and TO_TAKE_PART_IN are computed, never stated",
  "property-type": "the property's type in the graph model",
  enum: "one of the values the graph model allows",
  pattern: "the property's format",
  "required-property":
    "a new node gets every property its label requires, and no node is left without one",
  date: "dates parse, match their precision and start ≤ end",
  cameo: "a CAMEO event code of the codebook, with its name",
  goldstein: "the Goldstein score the codebook pairs with the code",
  "unknown-relationship": "a relationship type of the graph model",
  "relationship-ends": "the labels the relationship type joins",
  "relationship-identity": "REPORTED_BY is merged on its excerpt, other types on their ends",
  excerpt: "a REPORTED_BY excerpt occurs verbatim in its article's text file",
  "article-file": "an article's file is in the articles folder",
  "likely-duplicate": "a new entity is not an existing one under another id",
  "participation-id":
    "participation:<meeting slug>--<actor slug> of its meeting and the actor taking part",
  "country-code": "a country's id, code and cameo agree",
  "joint-statement": "a joint act's statements are JOINT_WITH each other both ways, in one file",
  "edge-source":
    "BELONGS_TO, PART_OF and LOCATED_IN carry their article and verbatim excerpt, or an editorial reason",
} as const;

export type Rule = keyof typeof RULES;

export interface Problem {
  file: string;
  line: number;
  rule: Rule;
  message: string;
}

export function formatProblem(problem: Problem): string {
  return `${problem.file}:${problem.line}: ${problem.message} [${problem.rule}]`;
}

export interface Namesake {
  label: string;
  id: string;
  name: string;
}

/** What the graph and the run's other files hold that the checks need. */
export interface CheckContext {
  /** Properties of the nodes the file states that exist already ("Label|id"), without the
   * ones only this file's previous version stated. */
  existing: ReadonlyMap<string, Readonly<Record<string, FactValue>>>;
  /** Facts of this file that another file (applied or in this run) states, with its value. */
  statedElsewhere: ReadonlyMap<string, { value?: FactValue; file: string; line: number }>;
  /** Entities elsewhere with a name or alias of this fingerprint (names.ts). */
  namesakes: ReadonlyMap<string, readonly Namesake[]>;
  /** For a new node that lacks its name: existing ids that look like its id. */
  lookalikes: ReadonlyMap<string, readonly string[]>;
  /**
   * Required properties this file's previous version alone stated, of nodes that stay
   * (another file states them): applying the file would leave them without.
   */
  leftWithout?: readonly { node: NodeRef; property: string; line: number; statedBy: string }[];
  /** The text of an article file, undefined when there is no such file. */
  readArticle(file: string): string | undefined;
}

export const EMPTY_CONTEXT: CheckContext = {
  existing: new Map(),
  statedElsewhere: new Map(),
  namesakes: new Map(),
  lookalikes: new Map(),
  readArticle: () => undefined,
};

export function nodeRefKey(node: NodeRef): string {
  return `${node.label}|${node.id}`;
}

/** Every problem of a parsed seed file, in line order. */
export function checkSeedFile(file: SeedFile, context: CheckContext): Problem[] {
  const problems: Problem[] = [];
  const report = (line: number, rule: Rule, message: string) =>
    problems.push({ file: file.name, line, rule, message });
  if (file.syntaxError) {
    report(file.syntaxError.line, "syntax", file.syntaxError.message);
    return problems;
  }
  const facts = [...file.facts.facts.values()];
  for (const { first, second } of file.facts.conflicts)
    report(
      second.line,
      "conflict",
      `${describe(second)} is also stated as ${describeValue(first)} on line ${first.line}`,
    );

  const nodes = new Map<
    string,
    { node: NodeRef; line: number; properties: Map<string, Fact & { kind: "property" }> }
  >();
  for (const fact of facts) {
    if (fact.kind === "node")
      nodes.set(nodeRefKey(fact.node), { node: fact.node, line: fact.line, properties: new Map() });
  }
  for (const fact of facts) {
    if (fact.kind === "property") nodes.get(nodeRefKey(fact.node))?.properties.set(fact.name, fact);
  }

  for (const fact of facts) {
    switch (fact.kind) {
      case "node":
        checkNodeId(fact.node, fact.line, report);
        break;
      case "property":
        checkNodeProperty(fact, report);
        break;
      case "relationship":
        checkRelationship(fact, report);
        break;
      case "relationshipProperty":
        checkRelationshipProperty(fact, report);
        break;
    }
    const elsewhere = context.statedElsewhere.get(factKey(fact));
    if (
      elsewhere?.value &&
      (fact.kind === "property" || fact.kind === "relationshipProperty") &&
      valueText(elsewhere.value) !== valueText(fact.value)
    )
      report(
        fact.line,
        "conflict",
        `${describe(fact)} is stated as ${valueText(elsewhere.value)} by ${elsewhere.file}:${elsewhere.line}`,
      );
  }

  for (const { node, line, properties } of nodes.values()) {
    const spec = LABELS[node.label];
    if (!spec) continue;
    const existing = context.existing.get(nodeRefKey(node));
    const merged: Record<string, FactValue> = { ...existing };
    for (const [name, fact] of properties) merged[name] = fact.value;
    const lineOf = (name: string) => properties.get(name)?.line ?? line;
    const isNew = !existing && !context.statedElsewhere.has(factKey({ kind: "node", node, line }));
    if (isNew) {
      const missing = Object.entries(spec.properties)
        .filter(([name, property]) => property.required && merged[name] === undefined)
        .map(([name]) => name);
      if (missing.length > 0) {
        const lookalikes = context.lookalikes.get(nodeRefKey(node)) ?? [];
        const hint = lookalikes.length > 0 ? `; did you mean ${lookalikes.join(" or ")}?` : "";
        report(
          line,
          "required-property",
          `${node.id} is a new ${node.label} without ${missing.join(", ")} (no file states ${missing.length > 1 ? "them" : "it"})${hint}`,
        );
      }
      checkNamesake(file, node, merged, line, context, report);
    }
    for (const date of spec.dates ?? []) checkDate(node, date, merged, lineOf, report);
    if (node.label === "Meeting" || node.label === "Statement")
      checkCameo(node, merged, lineOf, report);
    if (node.label === "Country") checkCountry(node, merged, lineOf, report);
  }

  for (const { node, property, line, statedBy } of context.leftWithout ?? [])
    report(
      line,
      "required-property",
      `${node.id} would be left without ${property}: only this file's applied version states it (its line ${line}), and ${statedBy} still states ${node.id}`,
    );
  checkParticipations(facts, report);
  checkJointStatements(facts, report);
  checkEdgeSources(facts, nodes, context, report);
  checkExcerpts(facts, nodes, context, report);
  return problems.sort((a, b) => a.line - b.line);
}

type Report = (line: number, rule: Rule, message: string) => void;

function checkNodeId(node: NodeRef, line: number, report: Report): void {
  const spec = LABELS[node.label];
  if (!spec) {
    report(
      line,
      "unknown-label",
      `${node.label} is not a label of the graph model (${Object.keys(LABELS).join(", ")})`,
    );
    return;
  }
  const colon = node.id.indexOf(":");
  const prefix = node.id.slice(0, colon);
  const slug = node.id.slice(colon + 1);
  if (colon === -1 || prefix !== spec.prefix)
    report(
      line,
      "id-format",
      `${node.label} id ${JSON.stringify(node.id)} must start with "${spec.prefix}:"`,
    );
  else if (!spec.slug.regex.test(slug))
    report(
      line,
      "id-format",
      `${JSON.stringify(node.id)}: after "${spec.prefix}:" comes ${spec.slug.meaning}`,
    );
}

function checkNodeProperty(fact: Fact & { kind: "property" }, report: Report): void {
  const spec = LABELS[fact.node.label];
  if (!spec) return;
  if (fact.name === "id") {
    report(fact.line, "unknown-property", `${fact.node.id}: an id is set by MERGE, never by SET`);
    return;
  }
  if (DERIVED_PROPERTIES[fact.node.label]?.includes(fact.name)) {
    report(
      fact.line,
      "derived-data",
      `${fact.node.label}.${fact.name} is derived (cypher/derived.cypher), not stated`,
    );
    return;
  }
  const property = spec.properties[fact.name];
  if (!property) {
    report(
      fact.line,
      "unknown-property",
      `${fact.node.label} has no property ${fact.name} (it has ${Object.keys(spec.properties).join(", ")})`,
    );
    return;
  }
  checkValue(`${fact.node.id} ${fact.name}`, property, fact.value, fact.line, report);
}

function checkValue(
  what: string,
  spec: PropertySpec,
  value: FactValue,
  line: number,
  report: Report,
): void {
  if (typeName(value) !== spec.type) {
    report(line, "property-type", `${what} is a ${spec.type}, not a ${typeName(value)}`);
    return;
  }
  const texts =
    value.type === "string"
      ? [value.value]
      : value.type === "list"
        ? value.items.map((item) => (item.type === "string" ? item.value : ""))
        : [];
  for (const text of texts) {
    if (spec.required && text.trim() === "") report(line, "property-type", `${what} is empty`);
    if (spec.values && !spec.values.includes(text))
      report(
        line,
        "enum",
        `${what} ${JSON.stringify(text)} is not one of ${spec.values.join(", ")}`,
      );
    if (spec.pattern && !spec.pattern.regex.test(text))
      report(line, "pattern", `${what} ${JSON.stringify(text)} is not ${spec.pattern.meaning}`);
  }
  if (value.type === "date" && !isCalendarDate(value.value))
    report(
      line,
      "date",
      `${what}: date(${JSON.stringify(value.value)}) is not a calendar date YYYY-MM-DD`,
    );
}

function typeName(value: FactValue): string {
  if (value.type !== "list") return value.type;
  const item = value.items[0];
  return item ? `${item.type}[]` : "string[]";
}

function checkRelationship(fact: Fact & { kind: "relationship" }, report: Report): void {
  const { type, from, to, identity } = fact.relationship;
  if ((DERIVED_RELATIONSHIPS as readonly string[]).includes(type)) {
    report(
      fact.line,
      "derived-data",
      type === "MET_WITH"
        ? `${type} is derived: the meetings two actors both took part in, counted (cypher/derived.cypher), not stated`
        : `${type} is derived from the meeting's Participations and its status (cypher/derived.cypher), not stated`,
    );
    return;
  }
  const spec = RELATIONSHIPS[type];
  if (!spec) {
    report(
      fact.line,
      "unknown-relationship",
      `${type} is not a relationship type of the graph model`,
    );
    return;
  }
  if (!spec.ends.some(([a, b]) => a === from.label && b === to.label))
    report(
      fact.line,
      "relationship-ends",
      `${type} does not go from ${from.label} to ${to.label} (it joins ${spec.ends.map(([a, b]) => `${a}→${b}`).join(", ")})`,
    );
  const keys = Object.keys(identity).sort().join(",");
  const expected = [...(spec.identity ?? [])].sort().join(",");
  if (keys !== expected)
    report(
      fact.line,
      "relationship-identity",
      expected
        ? `MERGE ${type} on {${expected}}: ${keys ? `not {${keys}}` : "it is missing"}`
        : `MERGE ${type} on its two nodes only; set {${keys}} with SET if the model has it`,
    );
}

function checkRelationshipProperty(
  fact: Fact & { kind: "relationshipProperty" },
  report: Report,
): void {
  const { type } = fact.relationship;
  const spec = RELATIONSHIPS[type];
  if (!spec) return;
  const property = spec.properties?.[fact.name];
  if (!property) {
    report(fact.line, "unknown-property", `${type} has no property ${fact.name}`);
    return;
  }
  checkValue(`${type}.${fact.name}`, property, fact.value, fact.line, report);
}

const DATE_FORMATS = {
  DAY: /^[0-9]{4}-[0-9]{2}-[0-9]{2}$/,
  MONTH: /^[0-9]{4}-[0-9]{2}$/,
  YEAR: /^[0-9]{4}$/,
  RANGE: /^[0-9]{4}-[0-9]{2}-[0-9]{2}\/[0-9]{4}-[0-9]{2}-[0-9]{2}$/,
} as const;

function checkDate(
  node: NodeRef,
  date: string,
  properties: Record<string, FactValue>,
  lineOf: (name: string) => number,
  report: Report,
): void {
  const names = [date, `${date}Precision`, `${date}Start`, `${date}End`];
  const present = names.filter((name) => properties[name] !== undefined);
  if (present.length === 0) return;
  const line = lineOf(present[0] as string);
  if (present.length < names.length) {
    report(
      line,
      "date",
      `${node.id}: ${names.join(", ")} come together (${names.filter((n) => !present.includes(n)).join(", ")} missing)`,
    );
    return;
  }
  const text = stringOf(properties[date]);
  const precision = stringOf(properties[`${date}Precision`]) as keyof typeof DATE_FORMATS;
  const start = dateOf(properties[`${date}Start`]);
  const end = dateOf(properties[`${date}End`]);
  const format = DATE_FORMATS[precision];
  if (!text || !format || !start || !end) return; // type and enum problems are reported per property
  if (!format.test(text) || !isCalendarDate(spanStart(text)) || !isCalendarDate(spanEnd(text)))
    report(
      lineOf(date),
      "date",
      `${node.id}: ${date} ${JSON.stringify(text)} is not a ${precision} date`,
    );
  else if (spanStart(text) > spanEnd(text))
    report(
      lineOf(date),
      "date",
      `${node.id}: ${date} ${JSON.stringify(text)} ends before it starts`,
    );
  else if (start > end)
    report(
      lineOf(`${date}Start`),
      "date",
      `${node.id}: ${date}Start ${start} is after ${date}End ${end}`,
    );
  else if (start < spanStart(text) || end > spanEnd(text))
    report(
      lineOf(`${date}Start`),
      "date",
      `${node.id}: ${date}Start..${date}End ${start}..${end} lies outside ${date} ${text} (${spanStart(text)}..${spanEnd(text)})`,
    );
}

function spanStart(text: string): string {
  if (text.includes("/")) return text.slice(0, text.indexOf("/"));
  return text.length === 4 ? `${text}-01-01` : text.length === 7 ? `${text}-01` : text;
}

function spanEnd(text: string): string {
  if (text.includes("/")) return text.slice(text.indexOf("/") + 1);
  if (text.length === 4) return `${text}-12-31`;
  if (text.length === 7) {
    const [year, month] = text.split("-").map(Number) as [number, number];
    const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
    return `${text}-${String(last).padStart(2, "0")}`;
  }
  return text;
}

function isCalendarDate(text: string): boolean {
  if (!DATE_FORMATS.DAY.test(text)) return false;
  const parsed = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(text);
}

function checkCameo(
  node: NodeRef,
  properties: Record<string, FactValue>,
  lineOf: (name: string) => number,
  report: Report,
): void {
  const code = stringOf(properties.cameo);
  if (code === undefined) return;
  const event = CAMEO_EVENTS.get(code);
  if (!event) {
    report(
      lineOf("cameo"),
      "cameo",
      `${node.id}: ${JSON.stringify(code)} is not a CAMEO event code`,
    );
    return;
  }
  const name = stringOf(properties.cameoName);
  if (name !== undefined && name !== event.name)
    report(
      lineOf("cameoName"),
      "cameo",
      `${node.id}: CAMEO ${code} is ${JSON.stringify(event.name)}, not ${JSON.stringify(name)}`,
    );
  const goldstein = properties.goldstein;
  if (goldstein?.type === "float" && goldstein.value !== event.goldstein)
    report(
      lineOf("goldstein"),
      "goldstein",
      `${node.id}: CAMEO ${code} scores ${event.goldstein.toFixed(1)} on the Goldstein scale, not ${goldstein.value}`,
    );
}

function checkCountry(
  node: NodeRef,
  properties: Record<string, FactValue>,
  lineOf: (name: string) => number,
  report: Report,
): void {
  const code = node.id.slice("country:".length);
  for (const name of ["code", "cameo"]) {
    const value = stringOf(properties[name]);
    if (value !== undefined && value !== code)
      report(
        lineOf(name),
        "country-code",
        `${node.id}: ${name} ${JSON.stringify(value)} is not ${code}`,
      );
  }
}

function checkNamesake(
  file: SeedFile,
  node: NodeRef,
  properties: Record<string, FactValue>,
  line: number,
  context: CheckContext,
  report: Report,
): void {
  if (!["Person", "Organization", "Place"].includes(node.label)) return;
  const names = [
    properties.name,
    ...(properties.aliases?.type === "list" ? properties.aliases.items : []),
  ]
    .map(stringOf)
    .filter((name): name is string => !!name);
  const seen = new Set<string>();
  for (const name of names) {
    for (const other of context.namesakes.get(nameFingerprint(name)) ?? []) {
      if (other.id === node.id || seen.has(other.id) || file.distinct.get(node.id)?.has(other.id))
        continue;
      seen.add(other.id);
      report(
        line,
        "likely-duplicate",
        `${node.id} is new, but ${JSON.stringify(name)} is already ${other.id} (${JSON.stringify(other.name)}): reference that id, or if they differ add "// check: ${node.id} is distinct from ${other.id}"`,
      );
    }
  }
}

/**
 * participation:<meeting slug>--<actor slug>, for the meeting it is AT and the actor who
 * TOOK_PART_AS (a person, or an organization or country taking part as such; a country's
 * slug in lower case: `--irn`).
 */
function checkParticipations(facts: Fact[], report: Report): void {
  for (const fact of facts) {
    if (fact.kind !== "relationship") continue;
    const { type, from, to } = fact.relationship;
    const participation = type === "AT" ? from : type === "TOOK_PART_AS" ? to : undefined;
    const other = type === "AT" ? to : from;
    if (participation?.label !== "Participation") continue;
    const [meetingSlug, personSlug] = participation.id.slice("participation:".length).split("--");
    const expected = type === "AT" ? meetingSlug : personSlug;
    const actual = other.id.slice(other.id.indexOf(":") + 1).toLowerCase();
    if (expected !== undefined && expected !== actual)
      report(
        fact.line,
        "participation-id",
        `${participation.id} is ${type} ${other.id}, so its id names ${actual} ${type === "AT" ? "before" : "after"} --`,
      );
  }
}

/**
 * A joint act is one statement per party, each JOINT_WITH every other both ways (issue 20:
 * a one-way link made `(crocker)-[:SAID]->(s)-[:JOINT_WITH]->(o)` find nothing from one side).
 */
function checkJointStatements(facts: Fact[], report: Report): void {
  const links = new Set<string>();
  for (const fact of facts)
    if (fact.kind === "relationship" && fact.relationship.type === "JOINT_WITH")
      links.add(`${fact.relationship.from.id}>${fact.relationship.to.id}`);
  for (const fact of facts) {
    if (fact.kind !== "relationship" || fact.relationship.type !== "JOINT_WITH") continue;
    const { from, to } = fact.relationship;
    if (!links.has(`${to.id}>${from.id}`))
      report(
        fact.line,
        "joint-statement",
        `(${from.id})-[:JOINT_WITH]->(${to.id}) needs its reverse, (${to.id})-[:JOINT_WITH]->(${from.id}), in this file`,
      );
  }
}

/**
 * An edge between two entities that an answer depends on (an organization's state decides a
 * statement's side in a timeline) says where it comes from: `article` (an Article this file
 * states) with an `excerpt` verbatim in it, or `editorial` with the reason (issue 20).
 */
function checkEdgeSources(
  facts: Fact[],
  nodes: Map<string, { properties: Map<string, Fact & { kind: "property" }> }>,
  context: CheckContext,
  report: Report,
): void {
  const key = (r: { type: string; from: NodeRef; to: NodeRef }) =>
    `${r.type}|${r.from.id}|${r.to.id}`;
  const properties = new Map<string, Map<string, string>>();
  for (const fact of facts) {
    if (fact.kind !== "relationshipProperty" || fact.value.type !== "string") continue;
    const own = properties.get(key(fact.relationship)) ?? new Map<string, string>();
    own.set(fact.name, fact.value.value);
    properties.set(key(fact.relationship), own);
  }
  for (const fact of facts) {
    if (fact.kind !== "relationship") continue;
    const { type, from, to } = fact.relationship;
    if (!(SOURCED_EDGES as readonly string[]).includes(type)) continue;
    const own = properties.get(key(fact.relationship)) ?? new Map<string, string>();
    const edge = `(${from.id})-[:${type}]->(${to.id})`;
    const article = own.get("article");
    const excerpt = own.get("excerpt");
    if (own.get("editorial")?.trim()) continue;
    if (!article || !excerpt) {
      report(
        fact.line,
        "edge-source",
        `${edge} needs SET r.article = "article:…", r.excerpt = "…" (the sentence that reports it), or r.editorial = "<reason>"`,
      );
      continue;
    }
    const articleKey = nodeRefKey({ label: "Article", id: article });
    const file =
      stringOf(nodes.get(articleKey)?.properties.get("file")?.value) ??
      stringOf(context.existing.get(articleKey)?.file);
    const text = file ? context.readArticle(file) : undefined;
    if (text === undefined)
      report(fact.line, "edge-source", `${edge}: ${article} is not an article this file states`);
    else if (!text.includes(excerpt))
      report(
        fact.line,
        "edge-source",
        `${edge}: the excerpt is not verbatim in ${file}: ${JSON.stringify(shorten(excerpt))}`,
      );
  }
}

function checkExcerpts(
  facts: Fact[],
  nodes: Map<string, { properties: Map<string, Fact & { kind: "property" }> }>,
  context: CheckContext,
  report: Report,
): void {
  const articleFiles = new Map<string, { file?: string; line?: number }>();
  const articleFile = (article: NodeRef) => {
    const key = nodeRefKey(article);
    let entry = articleFiles.get(key);
    if (!entry) {
      const stated = nodes.get(key)?.properties.get("file");
      const file = stringOf(stated?.value) ?? stringOf(context.existing.get(key)?.file);
      entry = { file, line: stated?.line };
      articleFiles.set(key, entry);
      if (file && context.readArticle(file) === undefined)
        report(
          stated?.line ?? 0,
          "article-file",
          `${article.id}: no article file ${JSON.stringify(file)} in the articles folder`,
        );
    }
    return entry.file;
  };
  for (const fact of facts) {
    if (fact.kind === "node" && fact.node.label === "Article") articleFile(fact.node);
    if (fact.kind !== "relationship" || fact.relationship.type !== "REPORTED_BY") continue;
    const excerpt = fact.relationship.identity.excerpt;
    const file = articleFile(fact.relationship.to);
    if (excerpt === undefined || !file) continue;
    const text = context.readArticle(file);
    if (text !== undefined && !text.includes(excerpt))
      report(
        fact.line,
        "excerpt",
        `the excerpt is not verbatim in ${file}: ${JSON.stringify(shorten(excerpt))}${nearMiss(text, excerpt)}`,
      );
  }
}

/** Where the excerpt's longest verbatim prefix stops, to point at the differing character. */
function nearMiss(text: string, excerpt: string): string {
  let low = 0;
  let high = excerpt.length;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (text.includes(excerpt.slice(0, mid))) low = mid;
    else high = mid - 1;
  }
  if (low < 12) return "";
  return ` (verbatim up to ${JSON.stringify(shorten(excerpt.slice(Math.max(0, low - 20), low)))}, then ${JSON.stringify(excerpt.slice(low, low + 12))})`;
}

function shorten(text: string): string {
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}

function stringOf(value: FactValue | undefined): string | undefined {
  return value?.type === "string" ? value.value : undefined;
}

function dateOf(value: FactValue | undefined): string | undefined {
  return value?.type === "date" ? value.value : undefined;
}

function describe(fact: Fact): string {
  switch (fact.kind) {
    case "node":
      return fact.node.id;
    case "property":
      return `${fact.node.id} ${fact.name}`;
    case "relationship":
      return `(${fact.relationship.from.id})-[:${fact.relationship.type}]->(${fact.relationship.to.id})`;
    case "relationshipProperty":
      return `(${fact.relationship.from.id})-[:${fact.relationship.type}]->(${fact.relationship.to.id}) ${fact.name}`;
  }
}

function describeValue(fact: Fact): string {
  return fact.kind === "property" || fact.kind === "relationshipProperty"
    ? valueText(fact.value)
    : "";
}
