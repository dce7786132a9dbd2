/**
 * neo4j-launcher/neo4j.conf is where the Neo4j server settings are written: the embedded
 * Neo4j reads it, the Testcontainers path turns it into the image's variables, and
 * docker-compose.yml, which cannot read it, must say the same where it says anything.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { paths } from "../config/paths.ts";
import { EMBEDDED_ONLY, imageVariable, launcherSettings } from "./containers.ts";

const settings = launcherSettings();

describe("Neo4j server settings, written once", () => {
  it("names the image's variables as the image reads them", () => {
    expect(imageVariable("db.tx_log.preallocate")).toBe("NEO4J_db_tx__log_preallocate");
    expect(imageVariable("db.memory.transaction.total.max")).toBe(
      "NEO4J_db_memory_transaction_total_max",
    );
  });

  it("holds the memory guard and the closed doors every path needs", () => {
    expect(settings).toMatchObject({
      "db.memory.transaction.max": "100m",
      "db.memory.transaction.total.max": "200m",
      "dbms.security.allow_csv_import_from_file_urls": "false",
      "client.allow_telemetry": "false",
    });
  });

  it("docker-compose.yml gives every setting it names the file's value", () => {
    const compose = readFileSync(join(paths.root, "docker-compose.yml"), "utf8");
    const named = new Map(
      [...compose.matchAll(/^\s+(NEO4J_[a-z_]+):\s*"?([^"\n]*?)"?\s*$/gm)].map(
        ([, name, value]) => [name as string, value as string],
      ),
    );
    // Not the embedded launcher's own places (its import directory, the hosts its Browser reads).
    const shared = Object.entries(settings).filter(
      ([name]) => named.has(imageVariable(name)) && !EMBEDDED_ONLY.has(name),
    );
    expect(shared.map(([name]) => name)).toEqual(
      expect.arrayContaining([
        "db.memory.transaction.max",
        "db.memory.transaction.total.max",
        "dbms.security.allow_csv_import_from_file_urls",
      ]),
    );
    for (const [name, value] of shared) {
      const inCompose = named.get(imageVariable(name)) ?? "";
      // Compose takes the page cache from NEO4J_PAGECACHE, with the file's value by default.
      expect(inCompose.replace(/^\$\{NEO4J_PAGECACHE:-(.*)\}$/, "$1"), name).toBe(value);
    }
  });
});
