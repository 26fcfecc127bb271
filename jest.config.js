/** One jest run: core, file and CLI tests in node; task-pane tests opt into jsdom per file. */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/src", "<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  testPathIgnorePatterns: ["/node_modules/", "/test/e2e/"],
  // bin/taskplan.js runs lib/: built once for the whole run, never while a test file runs it.
  globalSetup: "<rootDir>/test/support/buildCli.js",
  transform: { "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json" }] },
};
