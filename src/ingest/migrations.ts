/**
 * Versioned one-off changes of the model (cypher/migrations/NNNN-name.cypher), apart from
 * the seeds, which state facts and nothing else. Each runs once, in version order, and is
 * recorded in the graph as `(:Internal:Migration {version, name, checksum, appliedAt, ms})`,
 * the approach of Flyway and Neo4j-Migrations. A migration that was applied may not change
 * (its checksum is compared): write a new one instead.
 *
 * Each statement runs in its own auto-commit transaction, so a migration that touches
 * everything can batch itself with `CALL { … } IN TRANSACTIONS` and stay within Neo4j's
 * per-transaction memory limit. Statements must be idempotent: a migration that failed
 * half-way is not recorded, and runs again from its first statement.
 */
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Driver } from "neo4j-driver";
import { paths } from "../config/paths.ts";
import { ScriptError } from "../db/apply-scripts.ts";
import { splitCypherScript } from "../db/cypher-script.ts";

export interface Migration {
  version: number;
  name: string;
  file: string;
  checksum: string;
  text: string;
}

export class MigrationError extends Error {
  override name = "MigrationError";
}

const MIGRATION_NAME = /^(\d{4})-([a-z0-9-]+)\.cypher$/;

export function migrationsIn(directory = join(paths.root, "cypher/migrations")): Migration[] {
  if (!existsSync(directory)) return [];
  const migrations = readdirSync(directory)
    .filter((name) => name.endsWith(".cypher"))
    .map((name) => {
      const match = MIGRATION_NAME.exec(name);
      if (!match)
        throw new MigrationError(`${name}: a migration is named NNNN-what-it-does.cypher`);
      const text = readFileSync(join(directory, name), "utf8");
      return {
        version: Number(match[1]),
        name: match[2] as string,
        file: `cypher/migrations/${name}`,
        checksum: createHash("sha256").update(text).digest("hex"),
        text,
      };
    })
    .sort((a, b) => a.version - b.version);
  for (const [index, migration] of migrations.entries()) {
    if (index > 0 && migrations[index - 1]?.version === migration.version)
      throw new MigrationError(`two migrations have version ${migration.version}`);
  }
  return migrations;
}

export interface AppliedMigration {
  version: number;
  name: string;
  ms: number;
}

export async function migrate(
  driver: Driver,
  database: string | undefined,
  migrations = migrationsIn(),
  onApplied: (migration: AppliedMigration) => void = () => {},
): Promise<AppliedMigration[]> {
  const { records } = await driver.executeQuery(
    "MATCH (m:Internal:Migration) RETURN m.version AS version, m.checksum AS checksum",
    {},
    { database, routing: "READ" },
  );
  const recorded = new Map(
    records.map((r) => [Number(r.get("version")), r.get("checksum") as string]),
  );
  const applied: AppliedMigration[] = [];
  for (const migration of migrations) {
    const checksum = recorded.get(migration.version);
    if (checksum !== undefined) {
      if (checksum !== migration.checksum)
        throw new MigrationError(
          `${migration.file} changed after it was applied to this graph; a migration runs once, so write a new one`,
        );
      continue;
    }
    const started = performance.now();
    for (const statement of splitCypherScript(migration.text)) {
      const session = driver.session({ database, defaultAccessMode: "WRITE" });
      try {
        // Auto-commit, so the statement may use CALL { … } IN TRANSACTIONS.
        await session.run(statement.cypher);
      } catch (error) {
        const message =
          error instanceof Error ? (error.message.split("\n")[0] ?? "") : String(error);
        throw new ScriptError(migration.file, statement.line, message, { cause: error });
      } finally {
        await session.close();
      }
    }
    const ms = Math.round(performance.now() - started);
    await recordMigration(driver, database, migration, ms);
    const result = { version: migration.version, name: migration.name, ms };
    applied.push(result);
    onApplied(result);
  }
  return applied;
}

async function recordMigration(
  driver: Driver,
  database: string | undefined,
  migration: Migration,
  ms: number,
): Promise<void> {
  await driver.executeQuery(
    `MERGE (m:Internal:Migration {version: toInteger($version)})
     SET m.name = $name, m.checksum = $checksum, m.appliedAt = datetime(), m.ms = toInteger($ms)`,
    { version: migration.version, name: migration.name, checksum: migration.checksum, ms },
    { database },
  );
}

/**
 * Marks every migration as applied without running it: for a graph written in the current
 * model from the start (a generated dataset), which the migrations' older models never were.
 */
export async function recordMigrationsAsCurrent(
  driver: Driver,
  database: string | undefined,
  migrations = migrationsIn(),
): Promise<void> {
  for (const migration of migrations) await recordMigration(driver, database, migration, 0);
}
