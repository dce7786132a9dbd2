# syntax=docker/dockerfile:1
# The API image: Node 24 LTS runs the TypeScript sources directly (type stripping), so the
# image holds no compiler. Neo4j comes from NEO4J_URI (see docker-compose.yml).

# The in-browser IDE (the graphiql package) and the explorer (web/), bundled: the image
# serves both offline.
FROM node:24-bookworm-slim AS ide
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --ignore-scripts
COPY scripts/build-ide.ts scripts/build-web.ts ./scripts/
COPY web ./web
RUN node scripts/build-ide.ts && node scripts/build-web.ts

# Production dependencies only.
FROM node:24-bookworm-slim AS runtime-deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts

FROM node:24-bookworm-slim
ENV NODE_ENV=production
WORKDIR /app
COPY --from=runtime-deps /app/node_modules ./node_modules
COPY --from=ide /app/public ./public
COPY package.json .env ./
COPY src ./src
COPY schema ./schema
COPY operations ./operations
# The trusted documents (npm run codegen): the operations the API runs by id.
COPY web/src/__generated__/persisted-documents.json ./web/src/__generated__/
COPY cypher ./cypher
COPY seeds ./seeds
COPY neo4j-browser ./neo4j-browser
USER node
EXPOSE 4000
CMD ["node", "src/main.ts"]
