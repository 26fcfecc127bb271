// Published 要点 (test/import/texts, addresses in each .expected.json), labelled by hand. The
// held-out texts (test/import/heldout) are not scored here: see scripts/score-heldout.ts.
import { join } from "path";
import { scoreDir, scoreText } from "./score";

const DIR = join(__dirname, "texts");

it("reads labelled units written on lines of their own (牵头单位：… / 责任单位：…)", () => {
  expect(scoreText(DIR, "lishan-2023")).toEqual({ name: "lishan-2023", right: 7, total: 7 });
});

it("reads each sentence that ends in its own unit parenthetical as a task (北京 2018, (一))", () => {
  expect(scoreText(DIR, "beijing-2018")).toEqual({ name: "beijing-2018", right: 5, total: 5 });
});

it("reads a bare unit line (市发改委牵头落实) as the units of the paragraph before it (潍坊 2017)", () => {
  expect(scoreText(DIR, "weifang-2017")).toEqual({ name: "weifang-2017", right: 4, total: 4 });
});

it("refuses excerpts that name no unit anywhere", () => {
  for (const name of ["guowuyuan-2016", "dingtao-2017", "xinyu-2023"]) expect(scoreText(DIR, name).right).toBe(1);
});

it("reports the development score", () => {
  const scores = scoreDir(DIR);
  const right = scores.reduce((n, s) => n + s.right, 0);
  const total = scores.reduce((n, s) => n + s.total, 0);
  console.log(scores.map((s) => `${s.name} ${s.right}/${s.total}`).join("\n") + `\ndevelopment: ${right}/${total}`);
  expect(scores).toHaveLength(6);
});
