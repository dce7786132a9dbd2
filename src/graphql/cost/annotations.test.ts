/**
 * The SDL's cost annotations are complete and consistent: every list a query can ask for has
 * a size the estimator can use, and every connection is sized by its `first` with the
 * server's default page when `first` is omitted.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import {
  buildSchema,
  type GraphQLField,
  getNamedType,
  getNullableType,
  isInterfaceType,
  isListType,
  isObjectType,
} from "graphql";
import { describe, expect, it } from "vitest";
import { paths } from "../../config/paths.ts";
import { DEFAULT_PAGE_SIZE } from "../../data/pagination.ts";
import { loadTypeDefs } from "../load-schema.ts";
import { costAnnotations } from "./annotations.ts";

const schema = buildSchema(loadTypeDefs());
const annotations = costAnnotations(schema);

const fields = Object.values(schema.getTypeMap())
  .filter((type) => !type.name.startsWith("__"))
  .filter((type) => isObjectType(type) || isInterfaceType(type))
  .flatMap((type) =>
    Object.values(type.getFields()).map((field) => ({
      type,
      field: field as GraphQLField<unknown, unknown>,
      coordinate: `${type.name}.${field.name}`,
    })),
  );

describe("the SDL's cost annotations", () => {
  it("give every list field a slicing argument, an assumed size, or a parent that sizes it", () => {
    const unsized = fields
      .filter(({ field }) => isListType(getNullableType(field.type)))
      .filter(({ type, field }) => {
        const listSize = annotations.listSize(field);
        const own =
          listSize?.assumedSize !== undefined || Boolean(listSize?.slicingArguments.length);
        return !own && !annotations.isSizedByParent(type, field);
      })
      .map(({ coordinate }) => coordinate);
    expect(unsized).toEqual([]);
  });

  it("size every connection by `first`, with the server's default page when it is omitted", () => {
    const connections = fields.filter(({ field }) =>
      getNamedType(field.type).name.endsWith("Connection"),
    );
    expect(connections.length).toBeGreaterThan(5);
    for (const { field, coordinate } of connections) {
      expect(annotations.listSize(field), coordinate).toEqual({
        slicingArguments: ["first"],
        sizedFields: ["edges"],
        assumedSize: DEFAULT_PAGE_SIZE,
        // `first` is optional in this API: omitting it is a default page, not an error.
        requireOneSlicingArgument: false,
      });
    }
  });

  it("name only Int arguments of their own field as slicing arguments", () => {
    for (const { field, coordinate } of fields) {
      for (const name of annotations.listSize(field)?.slicingArguments ?? []) {
        const argument = field.args.find((candidate) => candidate.name === name);
        expect(String(argument?.type), `${coordinate}(${name})`).toBe("Int");
      }
    }
  });

  it("name only list fields of the returned type as sized fields", () => {
    for (const { field, coordinate } of fields) {
      const returned = getNamedType(field.type);
      for (const name of annotations.listSize(field)?.sizedFields ?? []) {
        const sized = isObjectType(returned) ? returned.getFields()[name] : undefined;
        expect(sized && isListType(getNullableType(sized.type)), `${coordinate} → ${name}`).toBe(
          true,
        );
      }
    }
  });

  it("put @listSize only on lists and connections", () => {
    const misplaced = fields
      .filter(({ field }) => annotations.listSize(field) !== undefined)
      .filter(
        ({ field }) =>
          !isListType(getNullableType(field.type)) &&
          !annotations.listSize(field)?.sizedFields.length,
      )
      .map(({ coordinate }) => coordinate);
    expect(misplaced).toEqual([]);
  });

  it("are the sizes docs/api.md explains, for every list that is not sliced", () => {
    const docs = readFileSync(join(paths.root, "docs", "api.md"), "utf8");
    const table = docs.slice(
      docs.indexOf("<!-- list-sizes:begin -->"),
      docs.indexOf("<!-- list-sizes:end -->"),
    );
    const documented = Object.fromEntries(
      table
        .split("\n")
        .map((row) => row.split("|").map((cell) => cell.trim()))
        .filter((cells) => /^\d+$/.test(cells[2] ?? ""))
        .flatMap((cells) =>
          [...(cells[1] ?? "").matchAll(/`(\w+\.\w+)`/g)].map((match) => [
            match[1],
            Number(cells[2]),
          ]),
        ),
    );
    const annotated = Object.fromEntries(
      fields
        .map(({ field, coordinate }) => [coordinate, annotations.listSize(field)] as const)
        .filter(([, listSize]) => listSize && listSize.slicingArguments.length === 0)
        .map(([coordinate, listSize]) => [coordinate, listSize?.assumedSize]),
    );
    expect(documented).toEqual(annotated);
  });
});
