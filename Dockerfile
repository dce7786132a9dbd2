# syntax=docker/dockerfile:1
# The API image: Node 24 LTS runs the TypeScript sources directly (type stripping), so the
# image holds no compiler. Neo4j comes from NEO4J_URI (see docker-compose.yml).

FROM node:24-bookworm-slim AS runtime-deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts

FROM node:24-bookworm-slim
ENV NODE_ENV=production
WORKDIR /app
COPY --from=runtime-deps /app/node_modules ./node_modules
COPY package.json .env ./
COPY src ./src
COPY schema ./schema
COPY cypher ./cypher
COPY seeds ./seeds
USER node
EXPOSE 4000
CMD ["node", "src/main.ts"]
