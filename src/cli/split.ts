// taskplan split PLAN.xlsx: one tab per department (plus 共同任务 and 分表目录) in a copy of the
// plan (--out), or one workbook per department for distribution (--out-dir). The input file is
// only ever read; in --out-dir, a file of the same name is replaced only if this tool wrote it
// and nobody changed it since (see SPLIT_MANIFEST).
import type * as Crypto from "crypto";
import { mkdirSync, readdirSync } from "fs";
import { join } from "path";
import { z } from "zod";
import { lazily } from "../core/lazily";
import { PlanError, readPlan, type Config, type OnProgress } from "../core";
import { planDepartmentTabs, type Notice } from "../core/generate/departments";
import { generate, readGenerateInputs } from "../core/generate/usecase";
import { notAPlanError } from "../core/notaplan";
import type { TabsPlan } from "../core/schema";
import { FileHost } from "../file/host";
import { openXlsxFile, readInputFile, writeFileAtomically, writeFilesAtomically, writeXlsxFile, type FileToWrite } from "../file/node";
import { splitTime, tabFileMaker, tabFiles, type TabFile } from "../file/tabs";
import {
  action,
  checkOutput,
  commandConfig,
  EXIT,
  parseLang,
  readConfigFile,
  sameFile,
  type Lang,
  type RegisterCommand,
} from "./common";
import { sizeYoungGenerationFor } from "./jit";

export interface SplitOptions {
  sheet?: string;
  roster?: string;
  common?: string;
  out?: string;
  force?: boolean;
  outDir?: string;
  lang?: Lang;
  config?: string;
}

/** Progress on stderr once a run has taken a second: at most a line a second, plus every step
 * that ends a phase (fraction 1). A short run prints nothing. */
export function progressPrinter(lang: Lang, stream: NodeJS.WritableStream = process.stderr): OnProgress {
  const started = Date.now();
  let last = started;
  return (p) => {
    const now = Date.now();
    const phaseDone = p.fraction >= 1 && now - started >= 1000;
    if (now - last < 1000 && !phaseDone) return;
    last = now;
    stream.write(`[${String(Math.round(p.fraction * 100)).padStart(3)}%] ${lang === "zh" ? p.zh : p.en}\n`);
  };
}

/** The sheet named, else the only sheet, else the first whose table can be read (this tool's
 * tabs and the roster left out). */
export async function planSheet(host: FileHost, config: Config, named?: string): Promise<string> {
  if (named) return named;
  const candidates = (await host.listSheets()).filter((s) => !notAPlanError(s) && s.name !== config.rosterSheet).map((s) => s.name);
  if (candidates.length === 1) return candidates[0];
  for (const sheet of candidates) {
    try {
      readPlan(await host.readSnapshot(sheet), config);
      return sheet;
    } catch (e) {
      if (!(e instanceof PlanError && e.code === "no-table")) throw e;
    }
  }
  throw new PlanError(
    "no-table",
    "工作簿的所有工作表中都没有找到任务分工表（需要“责任单位”“工作任务”等表头）",
    "No sheet of the workbook holds a task-breakdown table (expected headers such as 责任单位 / 工作任务)",
  );
}

/** What `split --out-dir` wrote into a folder: file name → SHA-256 of its bytes, and → the time
 * it was first made at (its only time, kept while the tool replaces it: the same content made
 * again is the same bytes). A
 * file whose bytes no longer match (staff edited it, or it came back from a department) is never
 * replaced; one that matches and would be made again as it is, is left untouched. */
export const SPLIT_MANIFEST = ".taskplan-split.json";

const ManifestSchema = lazily(() => z.object({ files: z.record(z.string(), z.string()), madeAt: z.record(z.string(), z.string()).optional() }));

interface ManifestEntry {
  name: string;
  hash: string;
  madeAt?: string;
}

// node's crypto is loaded only by --out-dir, the one that fingerprints what it writes (~5 ms of
// every run otherwise).
// eslint-disable-next-line @typescript-eslint/no-require-imports -- a synchronous load on first use
const crypto = lazily(() => require("crypto") as typeof Crypto);
const sha256 = (bytes: Uint8Array) => crypto().createHash("sha256").update(bytes).digest("hex");

/** The manifest's entries by lower-case name (folders on Windows and macOS ignore case); a
 * damaged or missing manifest vouches for nothing, so every file present is kept. */
function readManifest(dir: string): Map<string, ManifestEntry> {
  const entries = new Map<string, ManifestEntry>();
  try {
    const parsed = ManifestSchema().safeParse(JSON.parse(readInputFile(join(dir, SPLIT_MANIFEST)).toString("utf8")));
    if (parsed.success) {
      for (const [name, hash] of Object.entries(parsed.data.files)) entries.set(name.toLowerCase(), { name, hash, madeAt: parsed.data.madeAt?.[name] });
    }
  } catch {
    // none yet, or unreadable: nothing is vouched for
  }
  return entries;
}

/**
 * Writes one workbook per tab into `dir`. A file already there under the same name (ignoring
 * case) is replaced only if its bytes are still those this tool wrote (per SPLIT_MANIFEST);
 * otherwise it is kept and the new file takes another name, both named in a notice. A file of
 * the tool's that would be written again with the same content is left as it is (`unchanged`).
 */
export async function writeTabFiles(
  dir: string,
  tabs: TabsPlan,
  options: { input?: string; onProgress?: OnProgress } = {},
): Promise<{ written: string[]; unchanged: string[]; notices: Notice[] }> {
  try {
    mkdirSync(dir, { recursive: true });
  } catch {
    throw new PlanError("write-failed", `无法创建文件夹：${dir}`, `Cannot create the folder: ${dir}`);
  }
  const manifest = readManifest(dir);
  const present = new Map(readdirSync(dir).map((f) => [f.toLowerCase(), f]));
  const verdicts = new Map<string, boolean>();
  const stillAsWritten = (existing: string): boolean => {
    const path = join(dir, existing);
    if (options.input && sameFile(options.input, path)) return false;
    const recorded = manifest.get(existing.toLowerCase());
    if (!recorded) return false;
    try {
      return sha256(readInputFile(path)) === recorded.hash;
    } catch {
      return false; // a folder or an unreadable file of that name: left alone
    }
  };
  const mustKeep = (stem: string): boolean => {
    const existing = present.get(`${stem}.xlsx`.toLowerCase());
    if (!existing) return false;
    if (!verdicts.has(existing)) verdicts.set(existing, !stillAsWritten(existing));
    return verdicts.get(existing) === true;
  };
  // Names of kept files are avoided; repeated because a new name may hit another such file.
  const wanted = tabFiles(tabs);
  const taken: string[] = [];
  let files: TabFile[] = wanted;
  for (;;) {
    const clashes = files.filter((f) => mustKeep(f.stem)).map((f) => f.stem);
    if (clashes.length === 0) break;
    taken.push(...clashes);
    files = tabFiles(tabs, taken);
  }
  const notices: Notice[] = [];
  files.forEach((f, i) => {
    if (f.stem === wanted[i].stem) return;
    const kept = present.get(`${wanted[i].stem}.xlsx`.toLowerCase()) ?? `${wanted[i].stem}.xlsx`;
    notices.push({
      kind: "tab-renamed",
      unit: f.tab.unit ?? f.tab.name,
      zh: `“${kept}”在本工具写出后已被改动（或并非本工具所写），原样保留；新文件为“${f.stem}.xlsx”`,
      en: `"${kept}" was changed since this tool wrote it (or was not written by it) and is kept; the new file is "${f.stem}.xlsx"`,
    });
  });
  const written: string[] = [];
  const unchanged: string[] = [];
  const hashes = new Map([...manifest.values()].map((e) => [e.name.toLowerCase(), e]));
  const makeFile = tabFileMaker(files);
  const now = splitTime();
  // A file the tool made and nobody changed since keeps the time it was first made at (like a
  // workbook's created date), so made again with the same content it is the same bytes.
  const madeAt = (existing: string | undefined): Date => {
    const recorded = existing === undefined || verdicts.get(existing) !== false ? undefined : manifest.get(existing.toLowerCase())?.madeAt;
    const then = recorded === undefined ? now : new Date(recorded);
    return Number.isNaN(then.getTime()) ? now : then;
  };
  function* workbooks(): Generator<FileToWrite> {
    for (const [i, file] of files.entries()) {
      const name = `${file.stem}.xlsx`;
      const existing = present.get(name.toLowerCase());
      const path = join(dir, existing ?? name);
      const at = madeAt(existing);
      const bytes = makeFile(file, at);
      const hash = sha256(bytes);
      const kept = existing !== undefined && at !== now && manifest.get(existing.toLowerCase())?.hash === hash;
      if (kept) unchanged.push(path);
      else {
        yield { path, bytes, replace: existing !== undefined };
        hashes.set((existing ?? name).toLowerCase(), { name: existing ?? name, hash, madeAt: at.toISOString() });
        written.push(path);
      }
      options.onProgress?.({
        fraction: (i + 1) / files.length,
        zh: `${kept ? "内容未变" : "已写入"} ${i + 1}/${files.length}：${name}`,
        en: `${kept ? "Unchanged" : "Wrote"} ${i + 1}/${files.length}: ${name}`,
      });
    }
  }
  await writeFilesAtomically(workbooks());
  // Entries of files no longer there are dropped; a kept file's entry stays and still fails to match.
  const stillThere = new Set(readdirSync(dir).map((f) => f.toLowerCase()));
  const kept = [...hashes.values()].filter((e) => stillThere.has(e.name.toLowerCase()));
  const record = {
    files: Object.fromEntries(kept.map((e) => [e.name, e.hash])),
    madeAt: Object.fromEntries(kept.flatMap((e) => (e.madeAt ? [[e.name, e.madeAt]] : []))),
  };
  writeFileAtomically(join(dir, SPLIT_MANIFEST), Buffer.from(`${JSON.stringify(record, null, 1)}\n`), { replace: true });
  return { written, unchanged, notices };
}

function noticeLines(notices: Notice[], lang: Lang): string[] {
  return notices.map((n) => `  ! ${lang === "zh" ? n.zh : n.en}`);
}

export async function runSplit(file: string, options: SplitOptions): Promise<number> {
  const fileConfig = readConfigFile(options.config);
  if (!options.out && !options.outDir) {
    throw new PlanError("bad-config", "请用 --out 或 --out-dir 指定输出位置", "Give --out or --out-dir for the output");
  }
  if (options.out) checkOutput(file, options.out, options.force);
  sizeYoungGenerationFor(file);
  const host = await openXlsxFile(file);
  const config = await commandConfig(host, fileConfig, {
    lang: options.lang,
    common: options.common as Config["common"] | undefined,
    rosterSheet: options.roster,
  });
  const lang = config.lang;
  const progress = progressPrinter(lang);
  const sheet = await planSheet(host, config, options.sheet);
  const lines: string[] = [];

  if (options.out) {
    const result = await generate(host, sheet, config, progress);
    progress({ fraction: 1, zh: `正在保存 ${options.out}…`, en: `Saving ${options.out}…` });
    await writeXlsxFile(options.out, host, { replace: options.force === true });
    lines.push(
      lang === "zh"
        ? `工作表“${sheet}”：${result.plan.rows.length} 行；已生成 ${result.created.length} 个分表（替换旧分表 ${result.removed.length} 个），写入：${options.out}\n  ${result.summary.zh}`
        : `Sheet "${sheet}": ${result.plan.rows.length} rows; ${result.created.length} tabs generated (${result.removed.length} old ones replaced), written to ${options.out}\n  ${result.summary.en}`,
      ...noticeLines(result.notices, lang),
      ...result.kept.map((k) =>
        lang === "zh"
          ? `  ! 分表“${k.name}”生成后被修改过，已保留${k.keptAs === k.name ? "" : `（改名为“${k.keptAs}”）`}，不再由本工具替换`
          : `  ! Tab "${k.name}" was edited since it was generated: kept${k.keptAs === k.name ? "" : ` (renamed "${k.keptAs}")`}, no longer replaced by this tool`,
      ),
    );
  }

  if (options.outDir) {
    const { plan, roster, source } = await readGenerateInputs(host, sheet, config);
    const { plan: tabs, notices } = planDepartmentTabs(plan, [], config, roster, { source });
    const { written, unchanged, notices: fileNotices } = await writeTabFiles(options.outDir, tabs, { input: file, onProgress: progress });
    lines.push(
      lang === "zh"
        ? `工作表“${sheet}”：已写入 ${written.length} 个工作簿（目录 + 各单位）到 ${options.outDir}` +
            (unchanged.length ? `；${unchanged.length} 个内容未变，原文件未动` : "")
        : `Sheet "${sheet}": ${written.length} workbooks (index + one per unit) written to ${options.outDir}` +
            (unchanged.length ? `; ${unchanged.length} unchanged, their files left as they were` : ""),
      ...noticeLines(options.out ? fileNotices : [...notices, ...fileNotices], lang),
    );
  }
  process.stdout.write(`${lines.join("\n")}\n`);
  return EXIT.ok;
}

export const registerSplit: RegisterCommand = (program) => {
  program
    .command("split")
    .description("按单位生成分表 / split a plan into one tab (or workbook) per department")
    .argument("<file>", "任务分工 .xlsx 文件 / the plan .xlsx file")
    .option("--sheet <name>", "任务分工所在工作表 / the sheet holding the plan")
    .option("--roster <sheet>", "单位名录工作表 / the roster sheet (单位名录)")
    .option("--common <mode>", "every（默认，共同任务进各单位分表）| separate（只进共同任务分表）")
    .option("--out <file>", "写出带分表的副本 / write a copy with the tabs added")
    .option("--force", "覆盖已存在的 --out 文件 / replace an existing --out file")
    .option("--out-dir <dir>", "每个单位一个工作簿 / one workbook per department")
    .option("--lang <lang>", "zh | en", parseLang)
    .option("--config <file>", "设置文件（JSON） / settings file (JSON)")
    .action(action((file: string, options: SplitOptions) => runSplit(file, options)));
};
