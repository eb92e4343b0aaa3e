# syntax=docker/dockerfile:1
# forward-auth: the image docker-compose.yml builds. The sources are compiled to JavaScript
# (npm run build) in a build stage; the image holds package.json, the production dependencies,
# dist/ and bin/ only. Node 24 could run the TypeScript itself, but its type stripper would stay
# loaded for the life of the process (about 20 MB of the resident set).

# Production dependencies. The `node` npm package (the Node 24 the test suite runs on) is a
# devDependency, so --omit=dev leaves it out; the image's own Node 24 runs the service.
FROM node:24-alpine AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund

# The build: every dependency (TypeScript is a devDependency), scripts skipped (the `node`
# package's installer is not needed: the image's Node runs tsc).
FROM node:24-alpine AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --ignore-scripts --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
RUN node node_modules/typescript/bin/tsc -p tsconfig.build.json

FROM node:24-alpine
ENV NODE_ENV=production
WORKDIR /app
# Owned by root and not writable by the service's user: the code cannot be changed at run time.
COPY --from=deps /app/node_modules ./node_modules
COPY package.json package-lock.json ./
COPY --from=build /app/dist ./dist
# forward-auth check / explain / config: docker compose exec forward-auth node bin/forward-auth.js check
COPY bin ./bin
USER node
EXPOSE 9000
# /ping answers 204, as authentik's outpost does for its own HEALTHCHECK. There is no curl or
# wget worth relying on in slim images, so Node's fetch does the check. It assumes the default
# FORWARD_AUTH_LISTEN (port 9000) and FORWARD_AUTH_PATH_PREFIX; change it if you change those.
HEALTHCHECK --interval=30s --timeout=5s --start-period=10s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:9000/outpost.goauthentik.io/ping').then((r) => process.exit(r.status === 204 ? 0 : 1), () => process.exit(1))"]
# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8). A 512 MB heap limit makes V8 grow the heap by less than 4x
# the live data between collections (about 115 MB resident; npm run bench): the live heap with
# 10 000 sessions cached is about 25 MB. Raise it if your users carry thousands of groups.
# The same command as npm start.
CMD ["node", "--max-semi-space-size=8", "--max-old-space-size=512", "dist/main.js"]
