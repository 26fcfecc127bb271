// Builds the page and the CLI once before the e2e run (E2E_NO_BUILD=1 reuses dist/ and lib/), and
// makes sure the browser is there: test tools cannot download their own browser here.
const { execSync } = require("child_process");
const { join } = require("path");

module.exports = async function globalSetup() {
  const root = join(__dirname, "..", "..");
  execSync("bash scripts/e2e-setup.sh", { cwd: root, stdio: "inherit" }); // no-op when installed
  if (process.env.E2E_NO_BUILD !== "1") {
    execSync("npm run build --silent && npm run build:cli --silent", { cwd: root, stdio: "inherit" });
  }
};
