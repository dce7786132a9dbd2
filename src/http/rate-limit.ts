/**
 * Per-client rate limit on /graphql with express-rate-limit (in-memory, per process): each
 * client may send `perMinute` requests in a sliding minute, counted before the body is read,
 * and one more is answered 429 with `Retry-After` and RATE_LIMITED. A client is its IP address
 * (an IPv6 address by its /56, as the library advises), or the value of a header the operator
 * names (RATE_LIMIT_KEY_HEADER) when a gateway in front identifies clients, e.g. by API key.
 */
import type { Request, RequestHandler } from "express";
import { ipKeyGenerator, type RateLimitInfo, rateLimit } from "express-rate-limit";

export interface RateLimitSettings {
  /** Requests per client per minute; 0 turns the limit off. */
  perMinute: number;
  /** A request header naming the client, instead of its IP address. */
  keyHeader: string | undefined;
}

/** The client a request comes from, for the rate limit. */
export function clientKey(req: Request, keyHeader: string | undefined): string {
  const named = keyHeader ? req.get(keyHeader) : undefined;
  if (named) return `key:${named.slice(0, 200)}`;
  return `ip:${ipKeyGenerator(req.socket.remoteAddress ?? "unknown")}`;
}

export function rateLimitPerClient(settings: RateLimitSettings): RequestHandler {
  if (settings.perMinute === 0) return (_req, _res, next) => next();
  return rateLimit({
    windowMs: 60_000,
    limit: settings.perMinute,
    standardHeaders: "draft-8",
    legacyHeaders: false,
    keyGenerator: (req) => clientKey(req, settings.keyHeader),
    handler: (req, res) => {
      const reset = (req as Request & { rateLimit?: RateLimitInfo }).rateLimit?.resetTime;
      const seconds = reset ? Math.max(1, Math.ceil((reset.getTime() - Date.now()) / 1000)) : 60;
      res
        .status(429)
        .set("retry-after", String(seconds))
        .json({
          errors: [
            {
              message: `Too many requests: at most ${settings.perMinute} a minute; retry in ${seconds} s.`,
              extensions: { code: "RATE_LIMITED", retryAfter: seconds },
            },
          ],
        });
    },
  });
}
