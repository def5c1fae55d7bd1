# The API alone; Neo4j comes from NEO4J_URI (see docker-compose.yml), so no JDK is needed:
# the postinstall step skips the embedded launcher when java is missing and builds the
# playground and explorer bundles.
FROM node:20-bookworm-slim
WORKDIR /app
COPY . .
RUN npm ci
ENV HOST=0.0.0.0 PORT=4000
EXPOSE 4000
CMD ["npx", "tsx", "src/main.ts"]
