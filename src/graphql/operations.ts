/**
 * The client operations this project ships (operations/*.graphql, with their example
 * variables in operations/<file>.variables.json): the GraphQL IDE preloads them as tabs, and
 * the API plans the queries they send before it serves (./warm-up.ts).
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import {
  type DefinitionNode,
  type DocumentNode,
  Kind,
  type OperationDefinitionNode,
  parse,
  separateOperations,
} from "graphql";
import { paths } from "../config/paths.ts";

export interface ExampleOperation {
  name: string;
  /** The operation and the fragments it uses, as written (with the comments above them). */
  query: string;
  /** Its example variables, as JSON. */
  variables?: string;
}

export const defaultExampleOperation: ExampleOperation = {
  name: "Status",
  query: "query Status {\n  status {\n    neo4jVersion\n    neo4jEdition\n  }\n}",
};

/** The directory of the shipped operations. */
export const operationsDirectory = join(paths.root, "operations");

/**
 * One example per operation in every *.graphql file of `directory`, in file-name order, named
 * after the operation, with the fragments it uses (from any file of the directory, as
 * codegen resolves them). Variables come from an optional sibling `<file>.variables.json`:
 * `{ "<OperationName>": { ... } }`. With no operations, one default example.
 */
export function loadExampleOperations(directory: string): ExampleOperation[] {
  if (!existsSync(directory)) return [defaultExampleOperation];
  const files = readdirSync(directory)
    .filter((name) => name.endsWith(".graphql"))
    .sort()
    .map((name) => parseFile(join(directory, name)));
  const fragments = new Map<string, DefinitionNode>();
  const texts = new Map<DefinitionNode, string>();
  for (const file of files) {
    for (const [definition, text] of file.texts) texts.set(definition, text);
    for (const definition of file.document.definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION)
        fragments.set(definition.name.value, definition);
    }
  }
  const examples = files.flatMap((file) => examplesFromFile(file, fragments, texts));
  return examples.length > 0 ? examples : [defaultExampleOperation];
}

interface OperationsFile {
  path: string;
  document: DocumentNode;
  texts: Map<DefinitionNode, string>;
}

function parseFile(path: string): OperationsFile {
  const source = readFileSync(path, "utf8");
  let document: DocumentNode;
  try {
    document = parse(source);
  } catch (error) {
    throw new Error(`${path}: not a valid GraphQL document: ${(error as Error).message}`);
  }
  return { path, document, texts: definitionTexts(source, document) };
}

function examplesFromFile(
  file: OperationsFile,
  fragments: Map<string, DefinitionNode>,
  texts: Map<DefinitionNode, string>,
): ExampleOperation[] {
  const variables = readVariables(file.path.replace(/\.graphql$/, ".variables.json"));
  return file.document.definitions
    .filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)
    .map((operation, index) => {
      const name = operation.name?.value ?? `${basename(file.path, ".graphql")} ${index + 1}`;
      const used = usedFragments(operation, fragments);
      const query = [operation, ...used].map((d) => texts.get(d)).join("\n\n");
      const vars = variables[name];
      return vars === undefined
        ? { name, query }
        : { name, query, variables: JSON.stringify(vars, null, 2) };
    });
}

/**
 * Each definition's own text as written, with the comments just above it (so an example
 * keeps its explanation).
 */
function definitionTexts(source: string, document: DocumentNode): Map<DefinitionNode, string> {
  const texts = new Map<DefinitionNode, string>();
  let previousEnd = 0;
  for (const definition of document.definitions) {
    const { start, end } = definition.loc ?? { start: previousEnd, end: previousEnd };
    const comment = source
      .slice(previousEnd, start)
      .split("\n")
      .map((line) => line.trim())
      .filter((line) => line.startsWith("#"))
      .join("\n");
    texts.set(definition, `${comment ? `${comment}\n` : ""}${source.slice(start, end)}`);
    previousEnd = end;
  }
  return texts;
}

/**
 * The fragments an operation spreads, directly or through other fragments, in the order the
 * files define them: graphql-js's `separateOperations` on the operation and every fragment.
 */
function usedFragments(
  operation: OperationDefinitionNode,
  fragments: Map<string, DefinitionNode>,
): DefinitionNode[] {
  const [own] = Object.values(
    separateOperations({ kind: Kind.DOCUMENT, definitions: [operation, ...fragments.values()] }),
  );
  return (own?.definitions ?? []).filter((definition) => definition !== operation);
}

function readVariables(file: string): Record<string, unknown> {
  if (!existsSync(file)) return {};
  try {
    return JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown>;
  } catch (error) {
    throw new Error(`${file}: not valid JSON: ${(error as Error).message}`);
  }
}
