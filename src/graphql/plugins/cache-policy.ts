/**
 * Which answers a CDN or a browser may keep (issue 24): a GET of a trusted document (sent by
 * its id, or as its exact text) that is a query and answered without errors gets
 * `Cache-Control: public, max-age=<TRUSTED_DOCUMENTS_MAX_AGE_SECONDS>` and `Vary: Accept,
 * Accept-Encoding` (the answer's type follows `Accept`, its coding `Accept-Encoding`). Every
 * other GET keeps the `no-store` it came in with (../../http/trusted-documents.ts): errors,
 * refusals and free text are never kept. POST answers carry no policy; nothing caches them.
 *
 * The strong `ETag` and the 304 for a matching `If-None-Match` are Express's (`res.send`
 * tags the JSON before it is compressed; src/http/app.ts).
 */
import type { ApolloServerPlugin } from "@apollo/server";
import type { TrustedDocuments } from "../trusted-documents.ts";

export function cachePolicyPlugin<Context extends object>(
  documents: TrustedDocuments,
  maxAgeSeconds: number,
): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ request, response, operation }) {
          if (request.http?.method !== "GET") return;
          const cacheable =
            response.body.kind === "single" &&
            (response.body.singleResult.errors?.length ?? 0) === 0 &&
            (response.http.status ?? 200) === 200 &&
            operation?.operation === "query" &&
            request.query !== undefined &&
            documents.hasText(request.query);
          if (!cacheable) return;
          response.http.headers.set("cache-control", `public, max-age=${maxAgeSeconds}`);
          response.http.headers.set("vary", "Accept, Accept-Encoding");
        },
      };
    },
  };
}

/** Whether the answer was marked cacheable: it goes to others, so it says nothing of this run. */
export function isPublicAnswer(headers: { get(name: string): string | undefined }): boolean {
  return headers.get("cache-control")?.startsWith("public") === true;
}
