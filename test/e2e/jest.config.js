/** End-to-end tests: the built page (dist/) in Debian's chromium through playwright-core. */
module.exports = {
  rootDir: "../..",
  testEnvironment: "node",
  roots: ["<rootDir>/test/e2e"],
  testMatch: ["**/*.e2e.ts"],
  globalSetup: "<rootDir>/test/e2e/globalSetup.js",
  testTimeout: 120000,
  maxWorkers: 1,
  transform: { "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json" }] },
};
