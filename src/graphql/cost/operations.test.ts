/**
 * What the client operations in operations/ cost: documented in docs/api.md (this test keeps
 * the table true; `UPDATE_DOCS=1` rewrites it), and within the default limit at every page
 * size up to 50, written in or passed as variables.
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import {
  buildSchema,
  type DocumentNode,
  getNullableType,
  isNonNullType,
  Kind,
  type OperationDefinitionNode,
  parse,
  print,
  TypeInfo,
  typeFromAST,
  visit,
  visitWithTypeInfo,
} from "graphql";
import { describe, expect, it } from "vitest";
import { loadConfig } from "../../config/index.ts";
import { paths } from "../../config/paths.ts";
import { loadTypeDefs } from "../load-schema.ts";
import { costAnnotations } from "./annotations.ts";
import { measureCost } from "./measure.ts";

const schema = buildSchema(loadTypeDefs());
const defaultLimit = loadConfig({}).http.limits.maxCost;
const docsPath = join(paths.root, "docs", "api.md");

interface Operation {
  file: string;
  name: string;
  document: DocumentNode;
  definition: OperationDefinitionNode;
}

const sources = readdirSync(join(paths.root, "operations"))
  .filter((file) => file.endsWith(".graphql"))
  .sort()
  .map((file) => ({
    file,
    document: parse(readFileSync(join(paths.root, "operations", file), "utf8")),
  }));
// Fragments are shared across files, as codegen and the IDE resolve them.
const fragments = sources.flatMap(({ document }) =>
  document.definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION),
);
const operations: Operation[] = sources.flatMap(({ file, document }) =>
  document.definitions
    .filter((definition) => definition.kind === Kind.OPERATION_DEFINITION)
    // One document per operation (with every fragment), as a client sends it.
    .map((definition) => ({
      file,
      name: definition.name?.value ?? "",
      document: { kind: Kind.DOCUMENT, definitions: [definition, ...fragments] },
      definition,
    })),
);

/** Variables used as a slicing argument (`first`): the ones that change the cost. */
function pageSizeVariables(operation: Operation): string[] {
  const names = new Set<string>();
  const annotations = costAnnotations(schema);
  const typeInfo = new TypeInfo(schema);
  visit(
    operation.document,
    visitWithTypeInfo(typeInfo, {
      Field(node) {
        const field = typeInfo.getFieldDef();
        const slicing = field ? (annotations.listSize(field)?.slicingArguments ?? []) : [];
        for (const argument of node.arguments ?? []) {
          if (slicing.includes(argument.name.value) && argument.value.kind === "Variable")
            names.add(argument.value.name.value);
        }
      },
    }),
  );
  return [...names];
}

/** Placeholders for the required variables, which do not change the cost. */
function requiredVariables(operation: Operation): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const definition of operation.definition.variableDefinitions ?? []) {
    const type = typeFromAST(schema, definition.type as never);
    if (type && isNonNullType(type) && !definition.defaultValue)
      values[definition.variable.name.value] = String(getNullableType(type)) === "Int" ? 1 : "x";
  }
  return values;
}

function cost(operation: Operation, pageSize?: number): number | undefined {
  const variables = requiredVariables(operation);
  for (const name of pageSizeVariables(operation)) {
    if (pageSize !== undefined) variables[name] = pageSize;
  }
  return measureCost({ schema, document: operation.document, variables });
}

function defaultsOf(operation: Operation): string {
  const pageSizes = pageSizeVariables(operation);
  if (pageSizes.length === 0) return "—";
  return pageSizes
    .map((name) => {
      const definition = operation.definition.variableDefinitions?.find(
        (candidate) => candidate.variable.name.value === name,
      );
      return `\`${name}\` = ${definition?.defaultValue ? print(definition.defaultValue) : "omitted (20)"}`;
    })
    .join(", ");
}

function costTable(): string {
  const rows = operations.flatMap((operation) => {
    const label = `\`${operation.name}\` ([${operation.file}](../operations/${operation.file}))`;
    const pageSizes = pageSizeVariables(operation);
    return [
      `| ${label} | ${defaultsOf(operation)} | ${cost(operation)} |`,
      // A second row at page size 50, unless that is already the default.
      ...(pageSizes.length > 0 && cost(operation, 50) !== cost(operation)
        ? [
            `| ${label} | ${pageSizes.map((name) => `\`${name}\` = 50`).join(", ")} | ${cost(operation, 50)} |`,
          ]
        : []),
    ];
  });
  return ["| Operation | Variables | Cost |", "| --- | --- | --- |", ...rows].join("\n");
}

const BEGIN = "<!-- operation-costs:begin -->\n";
const END = "<!-- operation-costs:end -->";

describe("the cost of the client operations", () => {
  it("is what docs/api.md says", () => {
    const docs = readFileSync(docsPath, "utf8");
    const start = docs.indexOf(BEGIN) + BEGIN.length;
    const end = docs.indexOf(END);
    expect(start).toBeGreaterThan(BEGIN.length);
    const expected = `${costTable()}\n`;
    if (process.env.UPDATE_DOCS === "1") {
      writeFileSync(docsPath, docs.slice(0, start) + expected + docs.slice(end));
      return;
    }
    expect(docs.slice(start, end), "run with UPDATE_DOCS=1 to rewrite the table").toBe(expected);
  });

  it.each(operations.map((operation) => [operation.name, operation] as const))(
    "of %s is within the default limit at every page size up to 50",
    (_, operation) => {
      for (const size of [undefined, 1, 20, 50]) {
        const measured = cost(operation, size);
        expect(measured, `page size ${size}`).toBeDefined();
        expect(measured, `page size ${size}`).toBeLessThanOrEqual(defaultLimit);
      }
    },
  );

  it.each(operations.map((operation) => [operation.name, operation] as const))(
    "of %s is the same with the page size written in as passed as a variable",
    (_, operation) => {
      const pageSizes = pageSizeVariables(operation);
      let text = print(operation.document);
      for (const name of pageSizes)
        text = text.replaceAll(new RegExp(`\\$${name}\\b(?!:)`, "g"), "50");
      const written = measureCost({
        schema,
        document: parse(text),
        variables: requiredVariables(operation),
      });
      expect(written).toBe(cost(operation, 50));
    },
  );
});
