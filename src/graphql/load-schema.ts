/** Reads the SDL contract: every .graphql file under schema/, in name order. */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { paths } from "../config/paths.ts";

export function loadTypeDefs(directory = paths.graphqlSchema): string {
  return readdirSync(directory)
    .filter((name) => name.endsWith(".graphql"))
    .sort()
    .map((name) => readFileSync(join(directory, name), "utf8"))
    .join("\n");
}
