# Two images from one file. The default (last) target is the gateway: built with dev
# dependencies, run with production ones, and holding no simulator code (tsconfig.gateway.json
# compiles src/ alone). The `simulator` target is the development Dataflow simulator, for
# docker-compose.yml when no PBX is at hand: it checks requests against contract/ at run time,
# with packages that are dev dependencies (yaml, ajv, ajv-formats), so it keeps them all.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json tsconfig.gateway.json tsconfig.simulator.json ./
COPY src ./src
COPY simulator ./simulator
RUN npx tsc -p tsconfig.gateway.json --outDir dist/gateway \
 && npx tsc -p tsconfig.simulator.json --outDir dist/simulator

FROM build AS production-deps
RUN npm prune --omit=dev

FROM node:20-bookworm-slim AS simulator
ENV NODE_ENV=production SIMULATOR_HOST=0.0.0.0 SIMULATOR_PORT=8081
WORKDIR /app
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist/simulator ./dist
COPY contract ./contract
USER node
EXPOSE 8081
CMD ["node", "dist/simulator/cli.js"]

FROM node:20-bookworm-slim AS gateway
# V8's heap, sized for a gateway that allocates fast and keeps little: a 2 MB young generation
# and an old one that grows 10 % past what the last full collection kept (V8 otherwise lets it
# reach 4x that): ~120-145 MB after 100,000 cache keys instead of ~210 MB, ~77 MB at start
# instead of ~87. The price is collector CPU: a cold wallboard costs ~16 ms of CPU instead of
# ~11 (bench/RESULTS.md, bench/findings.md). The benchmark reads this line to run the gateway
# the same way.
ENV NODE_ENV=production PORT=4000 NODE_OPTIONS="--max-semi-space-size=2 --heap-growing-percent=10"
# glibc's malloc keeps an arena per thread that allocates (V8's helpers, libuv's pool); two are
# enough for one event loop, and hold ~2 MB less at start with less spread between starts.
ENV MALLOC_ARENA_MAX=2
WORKDIR /app
COPY --from=build /app/package.json ./
COPY --from=production-deps /app/node_modules ./node_modules
COPY --from=build /app/dist/gateway ./dist
USER node
EXPOSE 4000
HEALTHCHECK --interval=10s --timeout=3s --start-period=10s \
  CMD node -e "fetch('http://127.0.0.1:'+(process.env.PORT||4000)+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
CMD ["node", "dist/src/main.js"]
