/**
 * Neo4j's password when none is configured: there is no default, because a default is a
 * password every reader of this repository knows, and any web page the analyst visits could
 * try it against a Neo4j on loopback. Instead each data directory gets its own random
 * password on its first start, kept in a file only its owner can read, next to the store it
 * protects; the API and the CLI tools read it from there. `NEO4J_PASSWORD` overrides it.
 */
import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { isAbsolute, join, relative, resolve } from "node:path";

/** The password file of a data directory: `<NEO4J_DATA_DIR>/neo4j-password`. */
export function passwordFile(dataDir: string): string {
  return join(resolve(dataDir), "neo4j-password");
}

/** 24 random bytes as 32 URL-safe characters (192 bits): safe in a URL, a shell, a form. */
export function generatePassword(): string {
  return randomBytes(24).toString("base64url");
}

/** The data directory's password, or undefined if it has none yet. */
export function readPassword(dataDir: string): string | undefined {
  try {
    const password = readFileSync(passwordFile(dataDir), "utf8").trim();
    return password.length >= 8 ? password : undefined;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw error;
  }
}

/**
 * The data directory's password, generated and written (mode 0600) on its first start. The
 * new password is logged once, with the command that prints it again.
 */
export function dataDirPassword(dataDir: string, log: (message: string) => void): string {
  const existing = readPassword(dataDir);
  if (existing) return existing;
  const file = passwordFile(dataDir);
  mkdirSync(resolve(dataDir), { recursive: true });
  const password = generatePassword();
  try {
    // "wx": never overwrite one that another process wrote in the meantime.
    writeFileSync(file, `${password}\n`, { mode: 0o600, flag: "wx" });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return dataDirPassword(dataDir, log);
    throw error;
  }
  log(
    `Neo4j: generated the password of user neo4j for ${displayPath(resolve(dataDir))}: ${password}\n` +
      `  It is kept in ${displayPath(file)} (readable by you only) and used by npm start and the npm run tools; print it again with: cat ${displayPath(file)}`,
  );
  return password;
}

/** Relative to the working directory when inside it: what a person would type. */
function displayPath(path: string): string {
  const fromHere = relative(process.cwd(), path);
  return fromHere && !fromHere.startsWith("..") && !isAbsolute(fromHere) ? fromHere : path;
}
