/**
 * The graph model as the seed checker enforces it: labels with their id prefix and
 * properties, relationship types with the labels they join and their properties. It is
 * docs/graph-model.md in a form a program can hold a seed file against; a test reads the
 * doc's tables and pins the two to each other.
 */

export type PropertyType = "string" | "integer" | "float" | "boolean" | "date" | "string[]";

export interface PropertySpec {
  type: PropertyType;
  /** Every node of the label has it once the files that state the node are applied. */
  required?: boolean;
  /** The only values it may take. */
  values?: readonly string[];
  /** A pattern every value matches, with what it means for the error message. */
  pattern?: { regex: RegExp; meaning: string };
}

export interface LabelSpec {
  prefix: string;
  /** What follows the prefix. */
  slug: { regex: RegExp; meaning: string };
  properties: Record<string, PropertySpec>;
  /** Date triples on this label: `<x>`, `<x>Precision`, `<x>Start`, `<x>End`, `<x>Text`. */
  dates?: readonly string[];
}

/**
 * DAY, MONTH, YEAR: the date is that day, month or year ("2007-05-28", "2007-05", "2007").
 * RANGE: somewhere between two days, written as an ISO 8601 interval ("2007-09-25/2007-11-20"):
 * a relative expression resolved against the article's date ("in recent weeks").
 */
export const PRECISIONS = ["DAY", "MONTH", "YEAR", "RANGE"] as const;
export const MEETING_STATUSES = ["HELD", "PLANNED", "PROPOSED", "DECLINED"] as const;
export const STATEMENT_KINDS = ["QUOTE", "REPORTED"] as const;
export const ORGANIZATION_KINDS = [
  "government_body",
  "intergovernmental_organization",
  "armed_force",
  "news_outlet",
  "diplomatic_mission",
  "opposition_group",
  "political_group",
  "multilateral_group",
  "joint_body",
] as const;
export const PLACE_KINDS = ["city", "venue", "region"] as const;
export const POSITION_KINDS = ["OFFICE", "MEMBERSHIP"] as const;
export const PUBLISHED_BY_ROLES = ["outlet", "agency"] as const;

const SLUG = {
  regex: /^[a-z0-9]+(-[a-z0-9]+)*$/,
  meaning: "lower-case ASCII words joined by hyphens",
};
const PAIR_SLUG = {
  regex: /^[a-z0-9]+(-[a-z0-9]+)*--[a-z0-9]+(-[a-z0-9]+)*$/,
  meaning: "two slugs joined by --",
};
const LANGUAGE = { regex: /^[a-z]{2}$/, meaning: "an ISO 639-1 code such as en or fa" };
const ACTOR_CAMEO = {
  regex: /^[A-Z]{3}([A-Z]{3})*$/,
  meaning: "a CAMEO actor code such as IRN or IGOUNO",
};

const text = { type: "string" } as const;
const requiredText = { type: "string", required: true } as const;
const names = {
  name: requiredText,
  aliases: { type: "string[]", required: true },
} as const;

/**
 * `<x>`, `<x>Precision`, `<x>Start`, `<x>End`, `<x>Text` for each date name, and
 * `<x>TextGloss`: an English gloss of a `<x>Text` that is not in English ("Monday night").
 */
function dateProperties(...dates: string[]): Record<string, PropertySpec> {
  const properties: Record<string, PropertySpec> = {};
  for (const date of dates) {
    properties[date] = text;
    properties[`${date}Precision`] = { type: "string", values: PRECISIONS };
    properties[`${date}Start`] = { type: "date" };
    properties[`${date}End`] = { type: "date" };
    properties[`${date}Text`] = text;
    properties[`${date}TextGloss`] = text;
  }
  return properties;
}

/** The event properties of meetings and statements (docs/event-coding.md). */
const eventCoding = {
  cameo: { type: "string", required: true },
  cameoName: { type: "string", required: true },
  goldstein: { type: "float", required: true },
} as const;

export const LABELS: Record<string, LabelSpec> = {
  Person: { prefix: "person", slug: SLUG, properties: { ...names } },
  Organization: {
    prefix: "org",
    slug: SLUG,
    properties: {
      ...names,
      kind: { type: "string", required: true, values: ORGANIZATION_KINDS },
      cameo: { type: "string", pattern: ACTOR_CAMEO },
      description: text,
    },
  },
  Country: {
    prefix: "country",
    slug: { regex: /^[A-Z]{3}$/, meaning: "the ISO 3166-1 alpha-3 code, upper case" },
    properties: {
      ...names,
      code: {
        type: "string",
        required: true,
        pattern: { regex: /^[A-Z]{3}$/, meaning: "ISO alpha-3" },
      },
      cameo: { type: "string", required: true, pattern: ACTOR_CAMEO },
    },
  },
  Place: {
    prefix: "place",
    slug: SLUG,
    properties: { ...names, kind: { type: "string", required: true, values: PLACE_KINDS } },
  },
  Topic: { prefix: "topic", slug: SLUG, properties: { name: requiredText } },
  Article: {
    prefix: "article",
    slug: {
      regex: /^[0-9]{3}-[a-z0-9]+(-[a-z0-9]+)*$/,
      meaning: "the file's number, then headline words",
    },
    properties: {
      title: requiredText,
      outlet: requiredText,
      language: { type: "string", required: true, pattern: LANGUAGE },
      file: requiredText,
      ...dateProperties("published"),
      titleSupplied: { type: "boolean" },
    },
    dates: ["published"],
  },
  Meeting: {
    prefix: "meeting",
    slug: SLUG,
    properties: {
      title: requiredText,
      status: { type: "string", required: true, values: MEETING_STATUSES },
      ...dateProperties("date"),
      venue: text,
      round: { type: "integer" },
      roundInferred: { type: "boolean" },
      ...eventCoding,
      summary: text,
    },
    dates: ["date"],
  },
  Statement: {
    prefix: "statement",
    slug: SLUG,
    properties: {
      text: requiredText,
      language: { type: "string", required: true, pattern: LANGUAGE },
      translation: text,
      translationLanguage: { type: "string", pattern: LANGUAGE },
      kind: { type: "string", required: true, values: STATEMENT_KINDS },
      ...dateProperties("date"),
      ...eventCoding,
    },
    dates: ["date"],
  },
  Participation: { prefix: "participation", slug: PAIR_SLUG, properties: { role: text } },
  Position: {
    prefix: "position",
    slug: PAIR_SLUG,
    properties: {
      title: requiredText,
      kind: { type: "string", required: true, values: POSITION_KINDS },
      ...dateProperties("from", "to"),
      current: { type: "boolean" },
      asOf: {
        type: "string",
        pattern: { regex: /^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$/, meaning: "an ISO date" },
      },
    },
    dates: ["from", "to"],
  },
};

export interface RelationshipSpec {
  /** Allowed [from label, to label] pairs. */
  ends: readonly (readonly [string, string])[];
  /** Properties a MERGE names to tell two such relationships apart (REPORTED_BY's excerpt). */
  identity?: readonly string[];
  properties?: Record<string, PropertySpec>;
}

const ACTORS = ["Person", "Organization", "Country"] as const;

/**
 * Where an edge between two entities comes from (issue 20): the article and the verbatim
 * excerpt that report it, or an editorial decision, with its reason (gazetteer geography).
 * Edges between a fact and its parts need none: the fact's REPORTED_BY covers them.
 */
export const EDGE_SOURCE: Record<string, PropertySpec> = {
  article: {
    type: "string",
    pattern: { regex: /^article:[0-9]{3}-[a-z0-9-]+$/, meaning: "an article id" },
  },
  excerpt: { type: "string" },
  editorial: { type: "string" },
};
/** The relationship types that carry EDGE_SOURCE. */
export const SOURCED_EDGES = ["BELONGS_TO", "PART_OF", "LOCATED_IN"] as const;
const from = (labels: readonly string[], to: readonly string[]) =>
  labels.flatMap((a) => to.map((b) => [a, b] as const));

export const RELATIONSHIPS: Record<string, RelationshipSpec> = {
  TOOK_PART_AS: { ends: from(ACTORS, ["Participation"]) },
  AT: { ends: [["Participation", "Meeting"]] },
  REPRESENTING: { ends: from(["Participation"], ["Country", "Organization"]) },
  HELD_AT: { ends: [["Meeting", "Place"]] },
  HOSTED_BY: { ends: from(["Meeting"], ACTORS) },
  FOLLOWS: { ends: [["Meeting", "Meeting"]] },
  ABOUT: { ends: from(["Meeting", "Statement"], ["Topic"]) },
  SAID: { ends: [["Person", "Statement"]] },
  JOINT_WITH: { ends: [["Statement", "Statement"]] },
  ON_BEHALF_OF: { ends: from(["Statement"], ACTORS) },
  DIRECTED_AT: { ends: from(["Statement"], ACTORS) },
  RELAYED_BY: { ends: [["Statement", "Organization"]] },
  DURING: { ends: [["Statement", "Meeting"]] },
  CONCERNS: { ends: [["Statement", "Meeting"]] },
  MADE_AT: { ends: [["Statement", "Place"]] },
  MENTIONS: { ends: from(["Statement", "Meeting", "Position"], ACTORS) },
  HELD_POSITION: { ends: [["Person", "Position"]] },
  ALLEGEDLY_HELD: { ends: [["Person", "Position"]] },
  CLAIMS: { ends: [["Statement", "Position"]] },
  OF: { ends: from(["Position"], ["Organization", "Country"]) },
  BELONGS_TO: { ends: [["Organization", "Country"]], properties: EDGE_SOURCE },
  PART_OF: { ends: [["Organization", "Organization"]], properties: EDGE_SOURCE },
  LOCATED_IN: {
    ends: [
      ...from(["Place"], ["Place", "Country"]),
      ...from(["Organization"], ["Place", "Country"]),
    ],
    properties: EDGE_SOURCE,
  },
  REPORTED_BY: {
    ends: from(["Meeting", "Statement", "Position", "Participation"], ["Article"]),
    identity: ["excerpt"],
  },
  PUBLISHED_BY: {
    ends: [["Article", "Organization"]],
    properties: { role: { type: "string", required: true, values: PUBLISHED_BY_ROLES } },
  },
};

/**
 * Written by the derivation rules (cypher/derived.cypher), never by a seed file: a seed
 * that stated them would be overwritten, or would disagree with them.
 */
export const DERIVED_PROPERTIES: Record<string, readonly string[]> = {
  Meeting: ["sortKey", "searchTitle"],
  Statement: ["sortKey"],
  Person: ["nameKey", "searchNames"],
  Organization: ["nameKey", "searchNames"],
  Country: ["searchNames"],
  Place: ["searchNames"],
};
export const DERIVED_RELATIONSHIPS = ["TOOK_PART_IN", "TO_TAKE_PART_IN", "MET_WITH"] as const;

/** The label an id's prefix says it has, or undefined. */
export function labelOfId(id: string): string | undefined {
  const prefix = id.slice(0, id.indexOf(":"));
  return Object.entries(LABELS).find(([, spec]) => spec.prefix === prefix)?.[0];
}
