/** One structured (JSON) logger for the process; pino writes asynchronously and cheaply. */
import { pino } from "pino";

export type Logger = pino.Logger;

export function createLogger(level: string): Logger {
  return pino({ level, base: { service: "diplomatic-relations-graph" } });
}
