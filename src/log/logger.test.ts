import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { createLogger } from "./logger.ts";

describe("createLogger", () => {
  it("writes JSON lines and never logs credentials from request headers", () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk, _encoding, done) {
        lines.push(String(chunk));
        done();
      },
    });
    const logger = createLogger("info", sink);
    logger.info(
      {
        req: {
          id: "r1",
          headers: { host: "api", authorization: "Bearer s3cr3t", cookie: "session=abc" },
        },
      },
      "request completed",
    );
    const entry = JSON.parse(lines[0] ?? "{}") as {
      msg: string;
      req: { id: string; headers: Record<string, string> };
    };
    expect(entry.msg).toBe("request completed");
    expect(entry.req.id).toBe("r1");
    expect(entry.req.headers).toEqual({
      host: "api",
      authorization: "[redacted]",
      cookie: "[redacted]",
    });
    expect(lines.join("")).not.toMatch(/s3cr3t|session=abc/);
  });
});
