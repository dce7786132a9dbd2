/**
 * The explorer's entry point: one urql client for the API's GraphQL endpoint, and the app.
 * The server hands the endpoint over in a non-executable JSON <script> (the CSP forbids
 * inline scripts).
 */
import { createRoot } from "react-dom/client";
import { Client, cacheExchange, fetchExchange, Provider } from "urql";
import { App } from "./App.tsx";
import "./styles.css";
import { trustedDocumentsExchange } from "./trusted-documents.ts";

interface ExplorerConfig {
  endpoint: string;
}

const configElement = document.getElementById("explorer-config");
const config = JSON.parse(configElement?.textContent ?? "{}") as ExplorerConfig;

const client = new Client({
  url: config.endpoint,
  // Every operation by its trusted-document id (./trusted-documents.ts).
  exchanges: [cacheExchange, trustedDocumentsExchange, fetchExchange],
  // Queries by GET (`?documentId=…&variables=…`): answers the browser's cache and a CDN may
  // keep (the API says how long). A URL over 2 KB goes as POST instead.
  preferGetMethod: true,
  // The API's CSRF prevention runs a GET only with a header a page cannot send cross-site
  // without a preflight (which CORS refuses to foreign origins).
  fetchOptions: { headers: { "apollo-require-preflight": "true" } },
});

const root = document.getElementById("explorer");
if (root) {
  createRoot(root).render(
    <Provider value={client}>
      <App />
    </Provider>,
  );
}
