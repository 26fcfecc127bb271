// Builds the CLI (lib/, which bin/taskplan.js runs) once before any test file runs. Test files that
// built it in their own beforeAll rebuilt lib/ while another worker's tests were running the CLI
// from it: a half-written module made a run exit 3 now and then.
const { execSync } = require("child_process");
const { join } = require("path");

module.exports = async function buildCli() {
  execSync("npm run build:cli --silent", { cwd: join(__dirname, "..", ".."), stdio: "pipe" });
};
