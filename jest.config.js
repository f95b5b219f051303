const base = require("./jest.base.js");

// The console's tests are browser tests against the whole hub: integration tests only (console/test).
const packages = "<rootDir>/{schema,cli,gateway,services/*,console,bench/*}";

module.exports = {
  globalSetup: "<rootDir>/jest.global-setup.js",
  globalTeardown: "<rootDir>/jest.global-teardown.js",
  // Integration suites start real servers and databases; a slow CI machine must not fail them.
  testTimeout: 60_000,
  verbose: true,
  projects: [
    { ...base, displayName: "unit", testMatch: [`${packages}/src/**/*.test.ts`] },
    {
      ...base,
      displayName: "integration",
      testMatch: [`${packages}/test/**/*.int.test.ts`],
    },
  ],
};
