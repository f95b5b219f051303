// The one jest configuration every package's tests share; jest.config.js at the root splits it
// into unit tests (next to the code) and integration tests (test/, real PostgreSQL).
module.exports = {
  testEnvironment: "node",
  transform: { "^.+\\.ts$": ["ts-jest", { tsconfig: "<rootDir>/tsconfig.test.json" }] },
  moduleNameMapper: {
    "^@dlhub/subgraph-kit/testing$": "<rootDir>/services/kit/testing/index.ts",
    "^@dlhub/gateway/testing$": "<rootDir>/gateway/testing/index.ts",
    "^@dlhub/subgraph-kit/embedded-postgres$": "<rootDir>/services/kit/src/database/embedded-postgres.ts",
    "^@dlhub/subgraph-kit$": "<rootDir>/services/kit/src/index.ts",
    "^@dlhub/schema$": "<rootDir>/schema/src/index.ts",
    "^@dlhub/cli$": "<rootDir>/cli/src/index.ts",
    "^@dlhub/gateway$": "<rootDir>/gateway/src/index.ts",
    "^@dlhub/local-hub$": "<rootDir>/services/local-hub/src/index.ts",
    "^@dlhub/registry$": "<rootDir>/services/registry/src/index.ts",
    // Every other `@dlhub/<name>` is a department under services/, including one just scaffolded.
    "^@dlhub/([a-z][a-z0-9-]*)$": "<rootDir>/services/$1/src/index.ts",
    // Sources import siblings as `./x.js` (Node ESM-style specifiers); jest resolves the .ts.
    "^(\\.{1,2}/.*)\\.js$": "$1",
  },
  moduleFileExtensions: ["ts", "js", "json"],
  setupFiles: ["reflect-metadata"],
  rootDir: __dirname,
};
