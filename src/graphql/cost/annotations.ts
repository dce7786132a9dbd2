/**
 * The cost directives of the SDL (`@cost`, `@listSize`), read once per schema into lookups the
 * estimator asks per field. Reading them from the SDL, not from a table in code, keeps the
 * contract in one place that clients and other cost-aware tools read too.
 */
import {
  type ConstDirectiveNode,
  type GraphQLDirective,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  getDirectiveValues,
  getNamedType,
  isCompositeType,
  isInterfaceType,
  isObjectType,
} from "graphql";

export interface ListSize {
  assumedSize: number | undefined;
  slicingArguments: string[];
  sizedFields: string[];
  requireOneSlicingArgument: boolean;
}

/** Where a directive can stand: anything with its AST nodes (definition and extensions). */
interface Annotated {
  astNode?: { readonly directives?: readonly ConstDirectiveNode[] } | null | undefined;
  extensionASTNodes?: ReadonlyArray<{ readonly directives?: readonly ConstDirectiveNode[] }>;
}

export class CostAnnotations {
  private readonly costDirective: GraphQLDirective;
  private readonly listSizeDirective: GraphQLDirective;
  /** `Type.field` coordinates that a parent's `@listSize(sizedFields:)` sizes, e.g. `MeetingConnection.edges`. */
  private readonly sized = new Set<string>();

  constructor(schema: GraphQLSchema) {
    const cost = schema.getDirective("cost");
    const listSize = schema.getDirective("listSize");
    if (!cost || !listSize) throw new Error("the schema does not declare @cost and @listSize");
    this.costDirective = cost;
    this.listSizeDirective = listSize;
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) && !isInterfaceType(type)) continue;
      for (const field of Object.values(type.getFields())) {
        const returned = getNamedType(field.type).name;
        for (const name of this.listSize(field)?.sizedFields ?? [])
          this.sized.add(`${returned}.${name}`);
      }
    }
  }

  /** The weight of one returned value of a field: its own `@cost`, else its type's, else the default. */
  weight(field: GraphQLField<unknown, unknown>): number {
    const type = getNamedType(field.type);
    return this.cost(field) ?? this.cost(type) ?? (isCompositeType(type) ? 1 : 0);
  }

  /** The added weight of the arguments a query passes, from their `@cost`. */
  argumentsWeight(field: GraphQLField<unknown, unknown>, passed: Record<string, unknown>): number {
    return field.args
      .filter((argument) => passed[argument.name] !== undefined)
      .reduce((sum, argument) => sum + (this.cost(argument) ?? 0), 0);
  }

  listSize(field: GraphQLField<unknown, unknown>): ListSize | undefined {
    const values = this.directiveValues(this.listSizeDirective, field);
    if (!values) return undefined;
    return {
      assumedSize: values.assumedSize as number | undefined,
      slicingArguments: (values.slicingArguments as string[] | undefined) ?? [],
      sizedFields: (values.sizedFields as string[] | undefined) ?? [],
      requireOneSlicingArgument: values.requireOneSlicingArgument as boolean,
    };
  }

  /** True for a list whose size its parent field sets, such as a connection's `edges`. */
  isSizedByParent(parent: GraphQLNamedType, field: GraphQLField<unknown, unknown>): boolean {
    return this.sized.has(`${parent.name}.${field.name}`);
  }

  private cost(element: Annotated): number | undefined {
    return this.directiveValues(this.costDirective, element)?.weight as number | undefined;
  }

  private directiveValues(
    directive: GraphQLDirective,
    element: Annotated,
  ): Record<string, unknown> | undefined {
    for (const node of [element.astNode, ...(element.extensionASTNodes ?? [])]) {
      const values = node ? getDirectiveValues(directive, node) : undefined;
      if (values) return values;
    }
    return undefined;
  }
}

const bySchema = new WeakMap<GraphQLSchema, CostAnnotations>();

/** The annotations of a schema, read on first use and kept as long as the schema lives. */
export function costAnnotations(schema: GraphQLSchema): CostAnnotations {
  let annotations = bySchema.get(schema);
  if (!annotations) {
    annotations = new CostAnnotations(schema);
    bySchema.set(schema, annotations);
  }
  return annotations;
}
