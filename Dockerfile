# syntax=docker/dockerfile:1
# Guarantor: multi-stage build. The runtime image holds the compiled bot, production dependencies,
# the schema, migrations, seed dataset and locales; it runs as the unprivileged `node` user and keeps
# the SQLite database on a volume. Migrations and the seed are applied by the bot at start-up.

# --- build: full install (postinstall runs `prisma generate` offline), compile, drop dev deps ---
FROM node:20-bookworm-slim AS build
WORKDIR /app
# better-sqlite3 builds from source when no prebuilt binary can be fetched
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
COPY scripts/prisma-generate.mjs scripts/
COPY prisma.config.ts ./
COPY prisma/schema.prisma prisma/
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY src src
RUN npm run build && npm prune --omit=dev --no-audit --no-fund

# --- runtime ---
FROM node:20-bookworm-slim AS runtime
ENV NODE_ENV=production \
    DATABASE_URL=file:/app/data/guarantor.db
WORKDIR /app
COPY --from=build --chown=node:node /app/package.json ./
COPY --from=build --chown=node:node /app/node_modules node_modules
COPY --from=build --chown=node:node /app/dist dist
COPY --chown=node:node prisma prisma
COPY --chown=node:node locales locales
COPY --chown=node:node assets assets
RUN mkdir -p /app/data && chown node:node /app/data
USER node
VOLUME ["/app/data"]
# The HTTP server: the webhook (BOT_MODE=webhook), /healthz and /metrics. In polling mode it runs
# when PORT is set, which the image does so that the health check below works in both modes.
ENV PORT=8080
EXPOSE 8080
# No curl in the image: Node's fetch asks /healthz (503 when the database is unreachable).
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.HTTP_PORT||process.env.PORT||8080)+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
# Stops on SIGTERM: stops taking updates, finishes in-flight ones, closes the database.
STOPSIGNAL SIGTERM
CMD ["node", "dist/main.js"]
