// The held-out score: run once, at the end (npx ts-node is not installed; run through jest's
// transformer with: npx jest --testMatch '**/scripts/score-heldout.ts' --roots scripts).
import { join } from "path";
import { scoreDir } from "../test/import/score";

it("scores the held-out texts", () => {
  const scores = scoreDir(join(__dirname, "..", "test", "import", "heldout"));
  const right = scores.reduce((n, s) => n + s.right, 0);
  const total = scores.reduce((n, s) => n + s.total, 0);
  console.log(scores.map((s) => `${s.name} ${s.right}/${s.total}`).join("\n") + `\nheld out: ${right}/${total}`);
});
