// taskplan import as users run it: the compiled CLI in a child process.
import { spawnSync } from "child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { ImportedPlanSchema } from "../../src/core/import/schema";

const ROOT = join(__dirname, "..", "..");
const SEED = join(ROOT, "..", "shared", "seeds", "001_083bca08c54f1534.txt");
let dir: string;
const taskplan = (args: string[]) => spawnSync(process.execPath, [join(ROOT, "bin", "taskplan.js"), ...args], { cwd: dir, encoding: "utf8" });

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "taskplan-import-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it("writes the table and prints its rows as JSON", () => {
  const r = taskplan(["import", SEED, "--out", "plan.xlsx", "--json"]);
  expect(r.status).toBe(0);
  const plan = ImportedPlanSchema.parse(JSON.parse(r.stdout));
  expect(plan.rows).toHaveLength(19);
  expect(existsSync(join(dir, "plan.xlsx"))).toBe(true);
});

it("refuses an existing --out and unusable input with one line and exit 2", () => {
  writeFileSync(join(dir, "taken.xlsx"), "mine");
  writeFileSync(join(dir, "old.doc"), Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]));
  for (const args of [["import", SEED, "--out", "taken.xlsx"], ["import", "old.doc", "--out", "new.xlsx"]]) {
    const r = taskplan(args);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^错误：[^\n]+ \/ Error: [^\n]+\n$/);
  }
  expect(existsSync(join(dir, "new.xlsx"))).toBe(false);
});
