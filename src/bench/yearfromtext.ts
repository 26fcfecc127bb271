// Experiment (issue 9): can the plan year be inferred from the years the task texts mention, when
// no title, header, sheet name or deadline cell prints one? For every development plan whose year
// is known (test/genre/*.json with a year, ../shared/fixtures), only the task texts the reader
// returns (category and requirement cells) are looked at, and each candidate rule gives a year or
// none. A wrong year is worse than none: it turns year-less months into wrong dates.
//   node lib/bench/yearfromtext.js [folder …]   (default: test/genre ../shared/fixtures)
// Plans with no known year are listed too: a rule answering there would date deadlines the hand
// labels leave without a day.
import { resolve } from "path";
import { readPlan } from "../core";
import { dateReadingForm, yearOfTaskTexts } from "../core/planyear";
import { layoutOf, loadGenreFolder, type GenreTable } from "./layout";

interface Mention {
  year: number;
  /** Followed by a phrase of a time inside that year (2024年底, 2024年6月, 2024年度, 2024年上半年). */
  withinYear: boolean;
}

// Only years written with 年: a bare 2000 in task text is a count (新建2000套).
const YEAR_NIAN = /(?<!\d)((?:19|20)\d{2})年/g;
const WITHIN_YEAR = /^(?:度|底|末|内|前|年?中|[上下]半年|第?[一二三四1-4]季度|\d{1,2}月)/;

function mentions(texts: string[]): Mention[] {
  return texts.flatMap((text) => {
    const s = dateReadingForm(text);
    return [...s.matchAll(YEAR_NIAN)].map((m) => ({
      year: Number(m[1]),
      withinYear: WITHIN_YEAR.test(s.slice((m.index ?? 0) + m[0].length)),
    }));
  });
}

function counts(years: number[]): [number, number][] {
  const c = new Map<number, number>();
  for (const y of years) c.set(y, (c.get(y) ?? 0) + 1);
  return [...c].sort((a, b) => b[1] - a[1] || a[0] - b[0]);
}

/** The year mentioned most often; a tie gives none. */
function mostFrequent(years: number[]): number | null {
  const [first, second] = counts(years);
  return first && (!second || second[1] < first[1]) ? first[0] : null;
}

/** The year holding more than `share` of the mentions (at least two of them). */
const holding = (share: number) => (years: number[]): number | null => {
  const [first] = counts(years);
  return first && first[1] >= 2 && first[1] > share * years.length ? first[0] : null;
};

const CANDIDATES: { name: string; infer: (m: Mention[], texts: string[]) => number | null }[] = [
  { name: "most frequent", infer: (m) => mostFrequent(m.map((x) => x.year)) },
  { name: "most frequent within-year", infer: (m) => mostFrequent(m.filter((x) => x.withinYear).map((x) => x.year)) },
  {
    name: "latest ≤ earliest+1",
    infer: (m) => {
      if (!m.length) return null;
      const earliest = Math.min(...m.map((x) => x.year));
      return Math.max(...m.map((x) => x.year).filter((y) => y <= earliest + 1));
    },
  },
  { name: "majority > 1/2", infer: (m) => holding(1 / 2)(m.map((x) => x.year)) },
  { name: "majority > 2/3", infer: (m) => holding(2 / 3)(m.map((x) => x.year)) },
  { name: "within-year majority > 2/3", infer: (m) => holding(2 / 3)(m.filter((x) => x.withinYear).map((x) => x.year)) },
  // The reader's rule (the plan year's last source): other times' years left out, then the most frequent.
  { name: "reader (yearOfTaskTexts)", infer: (_, texts) => yearOfTaskTexts(texts) },
];

interface PlanYears {
  id: string;
  year: number | null;
  texts: string[];
  mentioned: Mention[];
}

function taskTexts(t: GenreTable): string[] {
  try {
    return readPlan(layoutOf(t).snapshot).rows.flatMap((r) => [...r.category, r.requirement]);
  } catch {
    return []; // a refused plan gives the reader no task text either
  }
}

function plansOf(folder: string): PlanYears[] {
  return loadGenreFolder(folder).map(({ id, table }) => {
    const texts = taskTexts(table);
    return { id, year: table.year ?? null, texts, mentioned: mentions(texts) };
  });
}

function verdict(answer: number | null, year: number | null): string {
  if (answer === null) return "–";
  if (year === null) return `${answer}?`;
  return answer === year ? `${answer}✓` : `${answer}✗`;
}

function main(args: string[]): void {
  const folders = args.length ? args : ["test/genre", "../shared/fixtures"];
  if (folders.some((f) => /heldout/i.test(f))) throw new Error("a held-out folder is refused: its plans must not be seen by whoever tunes the reader");
  const plans = folders.flatMap((f) => plansOf(resolve(f)));
  const out: string[] = [`plan | year | years mentioned (count, * within-year) | ${CANDIDATES.map((c) => c.name).join(" | ")}`];
  for (const p of plans) {
    const histogram = counts(p.mentioned.map((m) => m.year))
      .map(([y, n]) => `${y}×${n}${p.mentioned.some((m) => m.year === y && m.withinYear) ? "*" : ""}`)
      .join(" ");
    out.push(`${p.id} | ${p.year ?? "?"} | ${histogram || "none"} | ${CANDIDATES.map((c) => verdict(c.infer(p.mentioned, p.texts), p.year)).join(" | ")}`);
  }
  const known = plans.filter((p) => p.year !== null);
  out.push("", `${known.length} plans with a known year (${known.filter((p) => p.mentioned.length).length} mention a year in task text); ${plans.length - known.length} without`);
  for (const c of CANDIDATES) {
    const answers = known.map((p) => ({ p, a: c.infer(p.mentioned, p.texts) })).filter(({ a }) => a !== null);
    const right = answers.filter(({ p, a }) => a === p.year).length;
    const wrong = answers.length - right;
    const unknownAnswered = plans.filter((p) => p.year === null && c.infer(p.mentioned, p.texts) !== null).length;
    out.push(
      `${c.name}: answers ${answers.length}/${known.length}, right ${right} (${answers.length ? ((100 * right) / answers.length).toFixed(1) : "–"}%), WRONG ${wrong}; answers on ${unknownAnswered} plans of no known year`,
    );
  }
  process.stdout.write(`${out.join("\n")}\n`);
}

try {
  main(process.argv.slice(2));
} catch (e) {
  process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 1;
}
