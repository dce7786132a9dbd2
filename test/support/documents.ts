/**
 * What an operation's document selects, read from its text: for the browser tests that check
 * that a "More" button asks for the next page of its list and nothing else.
 */
import {
  type DocumentNode,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
  visit,
} from "graphql";

/** The fields selected on the root field's value (through inline fragments and spreads). */
export function fieldsOnRootValue(document: DocumentNode, operationName: string): Set<string> {
  const operation = document.definitions.find(
    (definition): definition is OperationDefinitionNode =>
      definition.kind === Kind.OPERATION_DEFINITION && definition.name?.value === operationName,
  );
  if (!operation) throw new Error(`no operation ${operationName} in the document`);
  const fragments = new Map(
    document.definitions.flatMap((definition) =>
      definition.kind === Kind.FRAGMENT_DEFINITION
        ? [[definition.name.value, definition.selectionSet] as const]
        : [],
    ),
  );
  const names = new Set<string>();
  const collect = (selectionSet: SelectionSetNode) => {
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) names.add(selection.name.value);
      else if (selection.kind === Kind.INLINE_FRAGMENT) collect(selection.selectionSet);
      else {
        const spread = fragments.get(selection.name.value);
        if (spread) collect(spread);
      }
    }
  };
  for (const root of operation.selectionSet.selections) {
    if (root.kind === Kind.FIELD && root.selectionSet) collect(root.selectionSet);
  }
  return names;
}

/** Every field name anywhere in the document. */
export function allFields(document: DocumentNode): Set<string> {
  const names = new Set<string>();
  visit(document, {
    Field(node) {
      names.add(node.name.value);
    },
  });
  return names;
}
