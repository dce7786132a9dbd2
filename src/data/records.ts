/**
 * The shapes the data layer returns, parsed with zod at the database boundary so a seed
 * that breaks the model fails loudly here instead of as a null deep inside a response.
 * Codegen maps GraphQL types to these (see codegen.yml `mappers`).
 */
import { z } from "zod";

const text = z.string();
const optionalText = z
  .string()
  .nullish()
  .transform((value) => value ?? null);
const optionalNumber = z
  .number()
  .nullish()
  .transform((value) => value ?? null);
const names = z
  .array(z.string())
  .nullish()
  .transform((value) => value ?? []);
const flagDefaultFalse = z
  .boolean()
  .nullish()
  .transform((value) => value ?? false);
const precision = z
  .enum(["DAY", "MONTH", "YEAR", "RANGE"])
  .nullish()
  .transform((value) => value ?? null);

export const personRecord = z.object({
  __typename: z.literal("Person"),
  id: text,
  name: text,
  aliases: names,
});

export const organizationRecord = z.object({
  __typename: z.literal("Organization"),
  id: text,
  name: text,
  aliases: names,
  kind: optionalText,
  cameo: optionalText,
});

export const countryRecord = z.object({
  __typename: z.literal("Country"),
  id: text,
  code: text,
  name: text,
  aliases: names,
  cameo: optionalText,
});

export const placeRecord = z.object({
  __typename: z.literal("Place"),
  id: text,
  name: text,
  aliases: names,
  kind: optionalText,
});

export const topicRecord = z.object({ __typename: z.literal("Topic"), id: text, name: text });

export const articleRecord = z.object({
  __typename: z.literal("Article"),
  id: text,
  title: text,
  outlet: text,
  language: text,
  file: text,
  published: optionalText,
  publishedPrecision: precision,
  publishedText: optionalText,
  titleSupplied: flagDefaultFalse,
});

const eventFields = {
  cameo: optionalText,
  cameoName: optionalText,
  goldstein: optionalNumber,
};

export const meetingRecord = z.object({
  __typename: z.literal("Meeting"),
  id: text,
  title: text,
  status: z.enum(["HELD", "PLANNED", "PROPOSED", "DECLINED"]),
  date: optionalText,
  datePrecision: precision,
  venue: optionalText,
  summary: optionalText,
  dateText: optionalText,
  dateTextGloss: optionalText,
  round: optionalNumber,
  roundInferred: flagDefaultFalse,
  ...eventFields,
});

export const statementRecord = z.object({
  __typename: z.literal("Statement"),
  id: text,
  text: text,
  language: text,
  translation: optionalText,
  kind: z
    .enum(["QUOTE", "REPORTED"])
    .nullish()
    .transform((value) => value ?? "REPORTED"),
  date: optionalText,
  datePrecision: precision,
  dateText: optionalText,
  dateTextGloss: optionalText,
  ...eventFields,
});

export const positionRecord = z.object({
  __typename: z.literal("Position"),
  id: text,
  title: text,
  kind: z
    .enum(["OFFICE", "MEMBERSHIP"])
    .nullish()
    .transform((value) => value ?? "OFFICE"),
  from: optionalText,
  fromPrecision: precision,
  fromText: optionalText,
  to: optionalText,
  toPrecision: precision,
  toText: optionalText,
  current: z
    .boolean()
    .nullish()
    .transform((value) => value ?? null),
});

export const nodeRecord = z.discriminatedUnion("__typename", [
  personRecord,
  organizationRecord,
  countryRecord,
  placeRecord,
  topicRecord,
  articleRecord,
  meetingRecord,
  statementRecord,
  positionRecord,
]);

/**
 * The properties each label's record reads: a node map needs no others. Derived from the
 * schemas above, so a property a record starts to read is projected without a second edit.
 */
const RECORD_SCHEMAS = {
  Person: personRecord,
  Organization: organizationRecord,
  Country: countryRecord,
  Place: placeRecord,
  Topic: topicRecord,
  Article: articleRecord,
  Meeting: meetingRecord,
  Statement: statementRecord,
  Position: positionRecord,
} as const;

export type RecordLabel = keyof typeof RECORD_SCHEMAS;

export function recordProperties(label: RecordLabel): string[] {
  return Object.keys(RECORD_SCHEMAS[label].shape).filter((key) => key !== "__typename");
}

export type PersonRecord = z.infer<typeof personRecord>;
export type OrganizationRecord = z.infer<typeof organizationRecord>;
export type CountryRecord = z.infer<typeof countryRecord>;
export type PlaceRecord = z.infer<typeof placeRecord>;
export type TopicRecord = z.infer<typeof topicRecord>;
export type ArticleRecord = z.infer<typeof articleRecord>;
export type MeetingRecord = z.infer<typeof meetingRecord>;
export type StatementRecord = z.infer<typeof statementRecord>;
export type PositionRecord = z.infer<typeof positionRecord>;
export type NodeRecord = z.infer<typeof nodeRecord>;
export type ActorRecord = PersonRecord | OrganizationRecord | CountryRecord;

export interface ParticipantRecord {
  person: PersonRecord;
  role: string | null;
  representing: ActorRecord | null;
  /** The meeting took place (HELD): a participant, not an intended one (issue 20). */
  attended: boolean;
}

export interface SourceRecord {
  article: ArticleRecord;
  excerpt: string;
}

export interface CounterpartRecord {
  person: PersonRecord;
  meetingCount: number;
  /** Whom they represented at (up to five of) the meetings shared. */
  representing: ActorRecord[];
  /** The id of the person whose counterpart this is (their shared meetings load from it). */
  of: string;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface ConnectionRecord<T> {
  edges: Edge<T>[];
  pageInfo: {
    hasNextPage: boolean;
    hasPreviousPage: boolean;
    startCursor: string | null;
    endCursor: string | null;
  };
  /** Counted only when a client selects it: its own query, not a by-product of the page. */
  totalCount: () => Promise<number>;
}

export interface PathStepRecord {
  from: NodeRecord;
  to: NodeRecord;
  relationship: string;
  forward: boolean;
}

export interface PathRecord {
  hops: number;
  nodes: NodeRecord[];
  steps: PathStepRecord[];
}

/**
 * Parses a node map from Cypher (data/cypher.ts `node()`: its properties with `__labels`, or
 * its record's properties with `__typename`) into a typed record.
 */
export function toNodeRecord(value: unknown): NodeRecord {
  const raw = value as { __labels?: string[]; __typename?: string } & Record<string, unknown>;
  if (raw.__typename && !raw.__labels) return nodeRecord.parse(raw); // typed by its query
  const typename = raw.__labels?.find((label) => NODE_LABELS.has(label));
  if (!typename)
    throw new Error(
      `node without a known label: ${JSON.stringify(raw.__labels)} ${String(raw.id)}`,
    );
  return nodeRecord.parse({ ...raw, __typename: typename });
}

export function toNodeRecordOrNull(value: unknown): NodeRecord | null {
  return value === null || value === undefined ? null : toNodeRecord(value);
}

export function toActorRecordOrNull(value: unknown): ActorRecord | null {
  const record = toNodeRecordOrNull(value);
  if (!record) return null;
  if (
    record.__typename === "Person" ||
    record.__typename === "Organization" ||
    record.__typename === "Country"
  ) {
    return record;
  }
  throw new Error(`expected an actor, got ${record.__typename} ${record.id}`);
}

export function parseAs<T extends NodeRecord["__typename"]>(
  typename: T,
  value: unknown,
): Extract<NodeRecord, { __typename: T }> {
  const record = toNodeRecord(value);
  if (record.__typename !== typename)
    throw new Error(`expected ${typename}, got ${record.__typename} ${record.id}`);
  return record as Extract<NodeRecord, { __typename: T }>;
}

const NODE_LABELS = new Set([
  "Person",
  "Organization",
  "Country",
  "Place",
  "Topic",
  "Article",
  "Meeting",
  "Statement",
  "Position",
]);
