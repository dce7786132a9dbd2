/**
 * The first requests after ready as fast as later ones. The plan warm-up
 * (src/graphql/warm-up.ts) leaves Neo4j with every shipped operation's queries planned, but
 * it runs the operations on an Apollo Server of its own: what only the serving path keeps is
 * still cold. So, before the API says it is ready, it sends each shipped operation to itself
 * over HTTP once as its text (as the IDE and most clients send it; not where only trusted
 * documents are accepted) and once by its trusted id (as the explorer does), with the example
 * variables: Apollo's cache of parsed and validated
 * documents, the limit and cost checks of those documents, and Node's first calls on the
 * HTTP path are then paid before any client comes.
 *
 * The requests carry `x-request-id: warm-up`, so the request log tells them apart; the metrics
 * count them as the requests they are. A failure is logged and never stops the start.
 */
import type { ExampleOperation } from "../graphql/operations.ts";
import type { TrustedDocuments } from "../graphql/trusted-documents.ts";
import type { Logger } from "../log/logger.ts";

/** The request id of the API's own warm-up requests. */
export const WARM_UP_REQUEST_ID = "warm-up";

/**
 * Sends every shipped operation to `endpoint` as text, and by id when it is a trusted
 * document; resolves when all are answered.
 */
export async function warmServingPath(
  endpoint: string,
  operations: readonly ExampleOperation[],
  trusted: TrustedDocuments,
  /** Whether text is accepted (not when only trusted documents are: production). */
  acceptsText: boolean,
  logger: Logger,
): Promise<{ requests: number; failed: number }> {
  const ids = new Map([...trusted].map((document) => [document.operationName, document.id]));
  const bodies = operations.flatMap(({ name: operationName, query, variables: json }) => {
    const variables = json ? (JSON.parse(json) as Record<string, unknown>) : {};
    const documentId = ids.get(operationName);
    return [
      ...(acceptsText ? [{ operationName, query, variables }] : []),
      ...(documentId ? [{ operationName, documentId, variables }] : []),
    ];
  });
  let failed = 0;
  await Promise.all(
    bodies.map(async (body) => {
      try {
        const response = await fetch(endpoint, {
          method: "POST",
          headers: {
            "content-type": "application/json",
            "apollo-require-preflight": "true",
            "x-request-id": WARM_UP_REQUEST_ID,
          },
          body: JSON.stringify(body),
        });
        const answer = (await response.json()) as { errors?: unknown[] };
        if (!response.ok || answer.errors) {
          failed++;
          logger.warn(
            { operation: body.operationName, status: response.status, errors: answer.errors },
            "serving warm-up: the operation failed",
          );
        }
      } catch (error) {
        failed++;
        logger.warn({ err: error, operation: body.operationName }, "serving warm-up");
      }
    }),
  );
  return { requests: bodies.length, failed };
}
