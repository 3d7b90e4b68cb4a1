# syntax=docker/dockerfile:1
# The CJIB assistant for production: a build stage (TypeScript, language model) and a small runtime
# stage that runs as an unprivileged user. Configure with environment variables (README, Settings);
# set MONGODB_URI — the embedded database is for development only.

FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
# botbuilder-dialogs' postinstall needs its scripts (it dedupes recognizers-text).
RUN npm ci --no-audit --no-fund
COPY tsconfig.json ./
COPY bot ./bot
COPY domain ./domain
COPY dialogs ./dialogs
COPY adapters ./adapters
COPY scripts ./scripts
COPY locales ./locales
COPY data ./data
RUN npm run build && npm prune --omit=dev --no-audit --no-fund

FROM node:20-bookworm-slim AS runtime
ENV NODE_ENV=production \
    PORT=3978 \
    HOST=0.0.0.0 \
    TRUST_PROXY=true
WORKDIR /app
COPY --from=build --chown=node:node /app/package.json ./
COPY --from=build --chown=node:node /app/node_modules ./node_modules
COPY --from=build --chown=node:node /app/dist ./dist
COPY --from=build --chown=node:node /app/locales ./locales
COPY --from=build --chown=node:node /app/data ./data
COPY --chown=node:node web ./web
USER node
EXPOSE 3978
# Ready = MongoDB answers; an orchestrator restarts an instance that stays unready.
HEALTHCHECK --interval=10s --timeout=3s --start-period=20s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3978)+'/readyz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
# SIGTERM lets the process finish its turns and close MongoDB (bot/index.ts).
STOPSIGNAL SIGTERM
CMD ["node", "dist/bot/index.js"]
