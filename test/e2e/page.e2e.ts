// The browser page end to end, in Debian's chromium on the built dist/: open each fixture
// workbook through the file input, check it, compare the counts with the engine's, follow a
// finding into the grid, generate the department tabs and download them; bad files; no request
// leaves the page's own server; the README screenshot.
import { execFileSync } from "child_process";
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import type { Locator, Page } from "playwright-core";
import { ReportSchema, summarise } from "../../src/core/index";
import { snapshotToWorksheet } from "../../src/file/xlsx";
import { fixtureIds, fixtureLayout, loadFixture } from "../support/fixtures";
import { loadGenre, untitledSheet } from "../support/genre";
import { BROWSER_PAGE, DIST, EXCEL_PAGE, ROOT, initialScripts, isOwnOrigin, launchChromium, openWorkbook, serveStatic, writeLargePlan, type BrowserSession } from "./support";

let server: { origin: string; close(): Promise<void> };
let session: BrowserSession;
let dir: string;

beforeAll(async () => {
  server = await serveStatic(DIST);
  session = await launchChromium();
  dir = mkdtempSync(join(tmpdir(), "taskplan-e2e-"));
});

afterAll(async () => {
  await session?.close();
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function fixtureFile(id: string): Promise<string> {
  const { snapshot } = fixtureLayout(loadFixture(id));
  const wb = new ExcelJS.Workbook();
  snapshotToWorksheet(wb, snapshot);
  const file = join(dir, `${id}.xlsx`);
  await wb.xlsx.writeFile(file);
  return file;
}

/** Runs the built `taskplan` CLI (npm run build:cli), as a user would. */
function taskplan(...args: string[]): string {
  return execFileSync(process.execPath, [join(ROOT, "bin", "taskplan.js"), ...args], { encoding: "utf8" });
}

/** Counts per rule of `taskplan check --json` on the same file. */
function cliCounts(file: string): Record<string, number> {
  const report = ReportSchema().parse(JSON.parse(taskplan("check", file, "--json")));
  return summarise(report.sheets.flatMap((s) => s.findings)).byRule;
}

async function sheetNames(file: string): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb.worksheets.map((ws) => ws.name);
}

/** A laptop screen: even the shortest fixture (seed-003, 17 rows) is taller than the grid. */
async function openPage(): Promise<Page> {
  const page = await session.newPage();
  await page.setViewportSize({ width: 1366, height: 640 });
  await page.goto(`${server.origin}/${BROWSER_PAGE}`);
  await page.getByRole("button", { name: "打开工作簿" }).waitFor();
  return page;
}

/** Per-rule counts as the pane shows them (rule id → count). */
async function shownCounts(page: Page): Promise<Record<string, number>> {
  const rows = page.locator("[data-rule-count]");
  const out: Record<string, number> = {};
  for (const el of await rows.all()) {
    const rule = await el.getAttribute("data-rule-count");
    out[rule as string] = Number(await el.getAttribute("data-count"));
  }
  return out;
}

async function inGridView(page: Page, address: string): Promise<boolean> {
  return page.evaluate((a) => {
    const grid = document.querySelector("[data-testid=sheet-grid]");
    const cell = grid?.querySelector(`[data-address="${a}"]`);
    if (!grid || !cell) return false;
    const g = grid.getBoundingClientRect();
    const c = cell.getBoundingClientRect();
    return c.top >= g.top && c.bottom <= g.bottom + 1 && c.left >= g.left && c.left < g.right;
  }, address);
}

describe.each(fixtureIds())("fixture %s in the page", (id) => {
  let page: Page;
  let file: string;

  beforeAll(async () => {
    file = await fixtureFile(id);
    page = await openPage();
    await openWorkbook(page, file);
  });
  afterAll(() => page?.close());

  it("检查本表 shows the same counts per rule as taskplan check --json on the same file", async () => {
    await page.getByRole("button", { name: "检查本表" }).click();
    await page.locator("[data-rule-count]").first().waitFor();
    const expected = cliCounts(file);
    expect(Object.keys(expected).length).toBeGreaterThan(0);
    expect(await shownCounts(page)).toEqual(expected);
  });

  it("clicking a finding brings its cell into view, highlighted and explained", async () => {
    const cells = await page.locator("[data-finding-cell]").evaluateAll((els) => els.map((e) => e.getAttribute("data-finding-cell") as string));
    const rowOf = (a: string) => Number(a.replace(/^[A-Z]+/, ""));
    const lowest = cells.reduce((best, a, i) => (rowOf(a) > rowOf(cells[best]) ? i : best), 0);
    const address = cells[lowest];
    // A finding near the top is taken out of view first: the grid is scrolled to its end.
    if (await inGridView(page, address)) {
      await page.getByTestId("sheet-grid").evaluate((g) => g.scrollTo(g.scrollWidth, g.scrollHeight));
    }
    // Each plan is taller than the view, but a cell in the frozen header rows never leaves it
    // (seed 002's missing deadline column is found on its header).
    const frozen = await page.evaluate(
      (a) => document.querySelector(`[data-testid=sheet-grid] [data-address="${a}"]`)?.getAttribute("role") === "columnheader",
      address,
    );
    expect(await inGridView(page, address)).toBe(frozen);
    await page.locator("[data-finding-cell]").nth(lowest).click();
    const cell = page.locator("[data-testid=sheet-grid] [data-highlight=true]");
    await cell.waitFor();
    expect(await cell.getAttribute("data-address")).toBe(address);
    expect(await inGridView(page, address)).toBe(true);
    // Focus moves to the cell, and its explanation shows as it does on hover. (A sheet-level
    // finding, such as seed 002's missing deadline column, points at a header and marks nothing.)
    expect(await page.evaluate(() => document.activeElement?.getAttribute("data-address"))).toBe(address);
    if ((await cell.getAttribute("data-severity")) === null) return;
    const tip = page.getByRole("tooltip");
    expect(await cell.getAttribute("aria-describedby")).toBe(await tip.getAttribute("id"));
    const message = await page.locator("[data-finding-cell]").nth(lowest).getByTestId("finding-problem").innerText();
    expect(await tip.innerText()).toContain(message);
  });

  it("生成各单位分表 then a download gives a workbook whose tabs match taskplan split", async () => {
    await page.getByRole("button", { name: "生成各单位分表" }).click();
    await page.getByTestId("unit-count").waitFor();
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "下载含各单位分表的工作簿" }).click(),
    ]);
    const saved = join(dir, `${id}-tabs.xlsx`);
    await download.saveAs(saved);
    const cli = join(dir, `${id}-split.xlsx`);
    taskplan("split", file, "--out", cli);
    expect((await sheetNames(saved)).length).toBeGreaterThan(2);
    expect(await sheetNames(saved)).toEqual(await sheetNames(cli));
    // The new tabs are in the page too: the tab bar shows any of them in the grid.
    await page.getByRole("tab", { name: "分表目录" }).click();
    await page.locator("[data-testid=sheet-grid][aria-label=分表目录]").waitFor();
    expect(await page.locator("[data-address=B2]").innerText()).toBe("单位");
  });

  it("each department's workbook, all in one zip, as taskplan split --out-dir writes them", async () => {
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "下载各单位工作簿（zip）" }).click(),
    ]);
    const zip = await JSZip.loadAsync(readFileSync((await download.path()) as string));
    const outDir = join(dir, `${id}-split`);
    taskplan("split", file, "--out-dir", outDir);
    const workbooks = readdirSync(outDir).filter((f) => f.endsWith(".xlsx")); // beside them, the record of what was written
    expect(Object.keys(zip.files).sort()).toEqual(workbooks.sort());
    // The page lists each department with its task count, as the index the CLI writes (合计).
    const shown = new Map(
      await page.locator("[data-unit]").evaluateAll((els) =>
        els.map((e) => [e.getAttribute("data-unit"), parseInt(e.querySelector("[data-testid=unit-tasks]")?.textContent ?? "", 10)] as const),
      ),
    );
    const index = new ExcelJS.Workbook();
    await index.xlsx.readFile(join(outDir, workbooks.find((f) => f.startsWith("分表目录"))!));
    const totals = new Map<string, number>();
    index.worksheets[0].eachRow((row, n) => {
      // rows of units: a number in 序号 (the last row is the note explaining the counts)
      if (n > 2 && typeof row.getCell(1).value === "number") totals.set(String(row.getCell(2).value), Number(row.getCell(7).value));
    });
    expect(totals.size).toBeGreaterThan(0);
    for (const [unit, total] of totals) expect([unit, shown.get(unit)]).toEqual([unit, total]);
  });
});

/** Three English words in a row: an English line, not a name such as Excel or WPS. */
const ENGLISH_SENTENCE = /[A-Za-z]{2,} [A-Za-z]{2,} [A-Za-z]{2,}/;

describe("bad files show a message, not a blank page", () => {
  const cases: [string, () => Promise<Buffer>][] = [
    ["a text file renamed .xlsx", async () => Buffer.from("这不是工作簿 / not a workbook\n")],
    ["an empty workbook", async () => Buffer.from(await new ExcelJS.Workbook().xlsx.writeBuffer())],
    // An old binary .xls (an OLE compound file) saved under a .xlsx name.
    ["an .xls renamed .xlsx", async () => Buffer.concat([Buffer.from("d0cf11e0a1b11ae1", "hex"), Buffer.alloc(4096)])],
  ];
  it.each(cases)("%s", async (name, make) => {
    const file = join(dir, `${name}.xlsx`);
    writeFileSync(file, await make());
    const page = await openPage();
    await page.getByTestId("file-input").setInputFiles(file);
    const message = page.getByTestId("page-error");
    await message.waitFor();
    // One line in the page's language: the file named, what to do, no English stacked under it.
    const text = await message.innerText();
    expect(text).toContain(`“${name}.xlsx”`);
    expect(text).toContain("另存为");
    expect(text.replace(name, "")).not.toMatch(ENGLISH_SENTENCE);
    await page.close();
  });

  it("a workbook with no table", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("说明");
    ws.getCell("A1").value = "关于做好2024年政务公开工作的通知";
    ws.getCell("A2").value = "各单位：现将有关事项通知如下。";
    const file = join(dir, "no-table.xlsx");
    await wb.xlsx.writeFile(file);
    const page = await openPage();
    await openWorkbook(page, file);
    const message = page.getByTestId("page-error").first();
    await message.waitFor();
    expect(await message.innerText()).toContain("没有找到任务分工表");
    await page.close();
  });
});

describe("opening and loading", () => {
  async function dropFile(page: Page, target: Locator, file: string, name: string): Promise<void> {
    const drop = await page.evaluateHandle(
      ([data, fileName]) => {
        const dt = new DataTransfer();
        dt.items.add(new File([new Uint8Array(data)], fileName));
        return dt;
      },
      [[...readFileSync(file)], name] as [number[], string],
    );
    await target.dispatchEvent("dragover", { dataTransfer: drop });
    await target.dispatchEvent("drop", { dataTransfer: drop });
  }

  it("a workbook dropped on the page opens like a chosen one, also over an open one", async () => {
    const page = await openPage();
    await dropFile(page, page.getByTestId("drop-zone"), await fixtureFile("seed-003"), "拖入的方案.xlsx");
    await page.getByTestId("sheet-grid").waitFor();
    expect(await page.getByTestId("file-name").innerText()).toBe("拖入的方案.xlsx");
    await dropFile(page, page.getByTestId("sheet-grid"), await fixtureFile("seed-000"), "另一个方案.xlsx");
    await page.getByRole("alertdialog").getByRole("button", { name: "打开" }).click(); // it replaces the open one
    await page.getByTestId("file-name").getByText("另一个方案.xlsx").waitFor();
    expect(await page.locator("[data-address=A1]").innerText()).toContain("湘潭经济技术开发区");
    await page.close();
  });

  it("exceljs and the grid are not in the scripts the pane loads inside Excel", async () => {
    const initial = initialScripts(readFileSync(join(DIST, EXCEL_PAGE), "utf8"));
    expect(initial.length).toBeGreaterThan(0);
    const inExcel = initial.map((f) => readFileSync(join(DIST, f), "utf8")).join("\n");
    const all = readdirSync(DIST)
      .filter((f) => f.endsWith(".js"))
      .map((f) => readFileSync(join(DIST, f), "utf8"))
      .join("\n");
    // Markers of exceljs (the part name it writes) and of the grid: present in the build, only in the lazy chunks.
    for (const marker of ["xl/workbook.xml", "sheet-grid"]) {
      expect(all).toContain(marker);
      expect(inExcel).not.toContain(marker);
    }
  });
});

describe("the sample and the page's requests", () => {
  it("使用示例 opens the bundled sample; checked, it makes the README screenshot", async () => {
    const page = await openPage();
    await page.setViewportSize({ width: 1680, height: 960 });
    await page.getByRole("button", { name: "使用示例" }).click();
    await page.getByTestId("sheet-grid").waitFor();
    await page.getByRole("button", { name: "检查本表" }).click();
    await page.locator("[data-rule-count]").first().waitFor();
    await page.locator("[data-finding-cell]").first().click();
    const cell = page.locator("[data-testid=sheet-grid] [data-highlight=true]");
    await cell.hover(); // the explanation shows as it does on hover in Excel
    await page.getByRole("tooltip").waitFor();
    mkdirSync(join(ROOT, "docs"), { recursive: true });
    await page.screenshot({ path: join(ROOT, "docs", "screenshot.png") });
    await page.close();
  });

  it("a finding whose cell is already in view focuses it too; scrolling later leaves focus alone", async () => {
    const page = await openPage();
    await page.getByRole("button", { name: "使用示例" }).click();
    await page.getByTestId("sheet-grid").waitFor();
    await page.getByRole("button", { name: "检查本表" }).click();
    await page.locator("[data-finding-cell]").first().waitFor();
    // The list goes by rule: a rule's count filters it until a finding whose cell the grid shows is listed.
    let cells: string[] = [];
    let index = -1;
    for (const rule of await page.locator("[data-rule-count]").all()) {
      await rule.click();
      cells = await page.locator("[data-finding-cell]").evaluateAll((els) => els.map((e) => e.getAttribute("data-finding-cell") as string));
      for (let i = 0; i < cells.length && index < 0; i++) if (await inGridView(page, cells[i])) index = i;
      if (index >= 0) break;
      await rule.click();
    }
    expect(index).toBeGreaterThanOrEqual(0);
    const address = cells[index];
    const first = page.locator("[data-finding-cell]").nth(index);
    await first.click();
    await page.locator("[data-testid=sheet-grid] [data-highlight=true]").waitFor();
    await page.waitForFunction((a) => document.activeElement?.getAttribute("data-address") === a, address);
    // Back in the list, the grid scrolled by hand must not pull focus to the cell asked for before.
    const next = page.locator("[data-finding-cell]").nth(index === 0 ? 1 : 0);
    await next.focus();
    await page.getByTestId("sheet-grid").evaluate((g) => (g.scrollTop += 400));
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe("BUTTON");
    await page.close();
  });

  it("as narrow as a task pane (340 px), the pane and the sheet are both shown, nothing wider than the window", async () => {
    const page = await openPage();
    await page.setViewportSize({ width: 340, height: 800 });
    await page.getByRole("button", { name: "使用示例" }).click();
    await page.getByTestId("sheet-grid").waitFor();
    await page.getByRole("button", { name: "检查本表" }).click();
    await page.locator("[data-rule-count]").first().waitFor();
    for (const name of ["识别的表格", "设置（保存在本工作簿中）"]) await page.getByRole("button", { name }).click();
    const widths = await page.evaluate(() => {
      const main = document.querySelector("main") as HTMLElement;
      const right = main.getBoundingClientRect().right;
      return {
        page: document.documentElement.scrollWidth,
        grid: document.querySelector("[data-testid=sheet-grid]")?.getBoundingClientRect().width ?? 0,
        wider: [...main.querySelectorAll("input, select, button")].filter((el) => el.getBoundingClientRect().right > right + 0.5).length,
      };
    });
    expect(widths).toEqual({ page: 340, grid: 340, wider: 0 });
    await page.close();
  });

  it("no request went to any host but the page's own", () => {
    expect(session.requests.length).toBeGreaterThan(0);
    expect(session.requests.filter((u) => !isOwnOrigin(u, server.origin))).toEqual([]);
  });

  it("the page logged no errors", () => {
    expect(session.errors).toEqual([]);
  });
});

describe("the add-in page (taskpane.html) outside Excel", () => {
  const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

  /** Opens taskpane.html with Office's CDN answered by `route`; the requests that left the server. */
  async function openAddinPage(route: (r: import("playwright-core").Route) => Promise<void>): Promise<string[]> {
    const office = await launchChromium();
    try {
      const page = await office.newPage();
      await page.route("https://appsforoffice.microsoft.com/**", route);
      await page.goto(`${server.origin}/${EXCEL_PAGE}`);
      await page.getByRole("button", { name: "打开工作簿" }).waitFor();
      return office.requests.filter((u) => !isOwnOrigin(u, server.origin));
    } finally {
      await office.close();
    }
  }

  it("loads office.js and, with Office reporting no host, falls back to the browser page", async () => {
    // Office's CDN cannot be reached here: a stand-in Office that reports no host, as office.js does in a browser tab.
    const outside = await openAddinPage((route) =>
      route.fulfill({
        contentType: "text/javascript",
        body: `window.Office = {
          HostType: { Excel: "Excel" },
          onReady(callback) {
            const info = { host: null, platform: null };
            if (callback) callback(info);
            return Promise.resolve(info);
          },
        };`,
      }),
    );
    expect(outside).toEqual([OFFICE_JS]);
  });

  it("falls back to the browser page when office.js cannot be loaded (offline)", async () => {
    const outside = await openAddinPage((route) => route.abort("internetdisconnected"));
    expect(outside).toEqual([OFFICE_JS]);
  });

  it("index.html, the browser page, has no office.js and a CSP that allows no other host", () => {
    const html = readFileSync(join(DIST, BROWSER_PAGE), "utf8");
    expect(html).not.toContain("appsforoffice");
    // The built HTML is minified: attribute quotes are dropped where they can be.
    const csp = /Content-Security-Policy"?\s+content="([^"]+)"/.exec(html)?.[1] ?? "";
    expect(csp).toContain("default-src 'self'");
    expect(csp).not.toMatch(/https?:/);
  });
});

// ------------------------------------------------------------------ a clerk's work after 检查本表

/** Opens the sample and checks it; resolves when the findings are listed. */
async function checkedSample(page: Page): Promise<void> {
  await page.getByRole("button", { name: "使用示例" }).click();
  await page.getByTestId("sheet-grid").waitFor();
  await page.getByRole("button", { name: "检查本表" }).click();
  await page.locator("[data-finding-cell]").first().waitFor();
}

/** The findings the list has rendered: rule group, severity, cell, and the three lines. */
async function listedFindings(page: Page) {
  return page.locator("[data-testid=findings] [data-finding-cell]").evaluateAll((els) =>
    els.map((el) => ({
      cell: el.getAttribute("data-finding-cell") as string,
      severity: el.getAttribute("data-finding-severity") as string,
      task: el.querySelector("[data-testid=finding-task]")?.textContent ?? "",
      problem: el.querySelector("[data-testid=finding-problem]")?.textContent ?? "",
      suggestion: el.querySelector("[data-testid=finding-suggestion]")?.textContent ?? null,
    })),
  );
}

const shownGroups = (page: Page) => page.locator("[data-testid=findings] [data-group]").evaluateAll((els) => els.map((e) => e.getAttribute("data-group")));

describe("findings by task", () => {
  let page: Page;
  beforeAll(async () => {
    page = await openPage();
    await page.setViewportSize({ width: 1366, height: 1200 });
    await checkedSample(page);
  });
  afterAll(() => page?.close());

  it("each finding names its task (序号 and text), the problem, and the suggestion on a line of its own", async () => {
    const listed = await listedFindings(page);
    expect(listed.length).toBeGreaterThan(5);
    const rowTasks = listed.filter((f) => /^第\d+项$/.test(f.task));
    expect(rowTasks.length).toBeGreaterThan(0);
    for (const f of listed) {
      expect(f.problem.length).toBeGreaterThan(0);
      // The problem line no longer carries the suggestion in brackets.
      if (f.suggestion !== null) {
        expect(f.suggestion).toMatch(/^建议：/);
        expect(f.problem).not.toContain(f.suggestion.replace(/^建议：/, ""));
      }
    }
    expect(listed.some((f) => f.suggestion !== null)).toBe(true);
  });

  it("a rule's count filters the list to that rule; clicking it again shows all", async () => {
    const all = Number((await page.getByTestId("shown-count").innerText()).match(/\d+/)?.[0]);
    const rule = page.locator("[data-rule-count]").nth(1);
    const id = (await rule.getAttribute("data-rule-count")) as string;
    const count = Number(await rule.getAttribute("data-count"));
    await rule.click();
    expect(await rule.getAttribute("aria-pressed")).toBe("true");
    await page.waitForFunction((n) => document.querySelector("[data-testid=shown-count]")?.textContent?.includes(`列出 ${n} 项`), count);
    expect(await shownGroups(page)).toEqual([id]);
    await rule.click();
    await page.waitForFunction((n) => document.querySelector("[data-testid=shown-count]")?.textContent === `共列出 ${n} 项`, all);
    // Every finding and every rule's heading are in the list again (it renders only those in view).
    const rules = await page.locator("[data-rule-count]").count();
    expect(Number(await page.locator("[data-testid=findings] [aria-setsize]").first().getAttribute("aria-setsize"))).toBe(all + rules);
  });

  it("the search finds a task by its 序号", async () => {
    const task = (await listedFindings(page)).find((f) => /^第\d+项$/.test(f.task)) as { task: string };
    const seq = task.task.replace(/^第(\d+)项$/, "$1");
    await page.getByRole("searchbox", { name: "搜索序号、任务内容或问题" }).fill(seq);
    await page.waitForFunction(() => !document.querySelector("[data-testid=shown-count]")?.textContent?.startsWith("共列出"));
    const found = await listedFindings(page);
    expect(found.length).toBeGreaterThan(0);
    expect(found.some((f) => f.task === task.task)).toBe(true);
    await page.getByRole("searchbox", { name: "搜索序号、任务内容或问题" }).fill("");
  });

  it("复制摘要 copies the paragraph for a reply: the number of tasks, then each rule with its tasks", async () => {
    await session.context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: server.origin });
    await page.getByRole("button", { name: "复制摘要" }).click();
    await page.getByText("摘要已复制").waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toMatch(/^共52项任务；/); // the sample plan's 52 tasks
    const firstRule = (await page.locator("[data-rule-count]").first().locator("span").last().innerText()).trim();
    expect(copied).toMatch(new RegExp(`${firstRule}\\d+项（第[\\d至、]+项）`));
  });

  it("severity shows by icon as well as colour, in the colour the grid marks the cell", async () => {
    const pairs = await page.evaluate(() => {
      const out: [string, string, string][] = [];
      for (const button of document.querySelectorAll("[data-testid=findings] [data-finding-cell]")) {
        const icon = button.querySelector("[data-severity-icon]") as HTMLElement;
        const cell = document.querySelector(`[data-testid=sheet-grid] [data-address="${button.getAttribute("data-finding-cell")}"][data-severity]`) as HTMLElement | null;
        if (cell && cell.getAttribute("data-severity") === icon.getAttribute("data-severity-icon")) {
          out.push([icon.getAttribute("data-severity-icon") as string, getComputedStyle(icon).backgroundColor, getComputedStyle(cell).backgroundColor]);
        }
      }
      return out;
    });
    expect(pairs.length).toBeGreaterThan(0);
    for (const [, icon, cell] of pairs) expect(icon).toBe(cell);
    // An icon, not only a colour: a drawn shape in every one.
    expect(await page.locator("[data-testid=findings] [data-severity-icon] svg").count()).toBeGreaterThan(0);
  });
});

// ------------------------------------------------------------------ nothing lost by a click

describe("nothing is lost by a click", () => {
  it("清除标记 asks first: 取消 keeps the marks, 清除标记 takes them off", async () => {
    const page = await openPage();
    await checkedSample(page);
    const marks = page.locator("[data-testid=sheet-grid] [data-severity]");
    expect(await marks.count()).toBeGreaterThan(0);
    await page.getByRole("button", { name: "清除标记" }).click();
    const dialog = page.getByRole("alertdialog");
    await dialog.waitFor();
    await dialog.getByRole("button", { name: "取消" }).click();
    await dialog.waitFor({ state: "hidden" });
    expect(await marks.count()).toBeGreaterThan(0);
    await page.getByRole("button", { name: "清除标记" }).click();
    await dialog.getByRole("button", { name: "清除标记" }).click();
    await page.getByTestId("pane-notice").waitFor();
    await page.waitForFunction(() => document.querySelectorAll("[data-testid=sheet-grid] [data-severity]").length === 0);
    await page.close();
  });

  it("another workbook replaces the open one only once confirmed, and says the results are not downloaded", async () => {
    const page = await openPage();
    await checkedSample(page);
    const file = await fixtureFile("seed-003");
    await page.getByTestId("file-input").setInputFiles(file);
    const dialog = page.getByRole("alertdialog");
    await dialog.waitFor();
    expect(await dialog.innerText()).toContain("还没有下载");
    await dialog.getByRole("button", { name: "取消" }).click();
    expect(await page.getByTestId("file-name").innerText()).toBe("示例-任务分工方案.xlsx");
    expect(await page.locator("[data-finding-cell]").count()).toBeGreaterThan(0);
    await page.getByRole("button", { name: "使用示例" }).click();
    await dialog.getByRole("button", { name: "打开" }).click();
    await page.waitForFunction(() => document.querySelectorAll("[data-finding-cell]").length === 0);
    await page.close();
  });

  it("leaving with a result not yet downloaded makes the browser ask; after the download it does not", async () => {
    const asked = async (page: Page) => {
      const dialogs: string[] = [];
      page.on("dialog", (d) => {
        dialogs.push(d.type());
        void d.dismiss(); // stay on the page
      });
      await page.close({ runBeforeUnload: true });
      await new Promise((done) => setTimeout(done, 500));
      return dialogs;
    };
    const page = await openPage();
    await page.getByRole("button", { name: "使用示例" }).click();
    await page.getByTestId("sheet-grid").waitFor();
    await page.click("body"); // a page the user never touched may leave without asking
    expect(await asked(page)).toEqual([]);

    const checked = await openPage();
    await checkedSample(checked);
    await checked.click("body");
    expect(await asked(checked)).toEqual(["beforeunload"]);
    await checked.close();

    const saved = await openPage();
    await checkedSample(saved);
    await Promise.all([saved.waitForEvent("download"), saved.getByRole("button", { name: "下载已标记的工作簿" }).click()]);
    await saved.click("body");
    expect(await asked(saved)).toEqual([]);
  });
});

// ------------------------------------------------------------------ off the main thread

/** Records every main-thread task over 50 ms (the browser's "long task") from the page's start. */
async function watchLongTasks(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { longTasks: number[] };
    w.longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.longTasks.push(e.duration);
    }).observe({ type: "longtask", buffered: true });
  });
}

const longTasks = (page: Page) => page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks.slice());

describe("a 10k-row plan is checked off the main thread", () => {
  let page: Page;
  let plan: string;
  beforeAll(async () => {
    plan = join(dir, "plan-10k.xlsx");
    await writeLargePlan(10_000, plan);
    page = await session.newPage();
    await page.setViewportSize({ width: 1366, height: 768 });
    await watchLongTasks(page);
    await page.goto(`${server.origin}/${BROWSER_PAGE}`);
    await page.getByRole("button", { name: "打开工作簿" }).waitFor();
    await openWorkbook(page, plan);
    // Let the grid settle after opening: only the check is measured.
    await page.waitForTimeout(1000);
  });
  afterAll(() => page?.close());

  // The longest main-thread task is printed (goal ≤ 100 ms, README "Figures"), not asserted: a timing
  // depends on the machine, and speed is measured by figures, not by timed tests.
  it("checks in the worker: the progress bar paints, the findings are listed, the longest main-thread task printed", async () => {
    expect(page.workers().length).toBe(1); // the reading and checking happen there
    await page.evaluate(() => ((window as unknown as { longTasks: number[] }).longTasks.length = 0));
    const start = Date.now();
    await page.getByRole("button", { name: "检查本表" }).click();
    await page.getByRole("progressbar").waitFor();
    await page.locator("[data-testid=findings] [data-finding-cell]").first().waitFor({ timeout: 60_000 });
    const firstFindingMs = Date.now() - start;
    await page.locator("[data-testid=sheet-grid] [data-severity]").first().waitFor();
    await page.waitForTimeout(1000); // the grid re-reads its cells after marking
    const tasks = await longTasks(page);
    console.log(`10k rows: first finding visible after ${firstFindingMs} ms; main-thread tasks over 50 ms: ${tasks.map((t) => t.toFixed(0)).join(", ") || "none"}`);
  });

  it("只看错误 leaves the errors only", async () => {
    const errorCount = Number(((await page.locator("[data-severity-count=error]").innerText()).match(/\d+/) as RegExpMatchArray)[0]);
    expect(errorCount).toBeGreaterThan(0);
    await page.getByRole("checkbox", { name: "只看错误" }).check();
    await page.waitForFunction((n) => document.querySelector("[data-testid=shown-count]")?.textContent?.includes(`列出 ${n} 项`), errorCount);
    expect(new Set((await listedFindings(page)).map((f) => f.severity))).toEqual(new Set(["error"]));
    await page.getByRole("checkbox", { name: "只看错误" }).uncheck();
  });

  it("thousands of findings stay usable: the list renders only what is in view, and scrolls to the last", async () => {
    const total = Number(((await page.getByTestId("total").innerText()).match(/\d+/) as RegExpMatchArray)[0]);
    expect(total).toBeGreaterThan(1000);
    expect(await page.locator("[data-testid=findings] [data-finding-cell]").count()).toBeLessThan(100);
    const last = total + (await page.locator("[data-rule-count]").count()); // and a heading per rule
    // Rows are measured as they show, so the end moves while scrolling there: scroll until it is reached.
    await page.waitForFunction(
      (n) => {
        const list = document.querySelector("[data-testid=findings]") as HTMLElement;
        list.scrollTop = list.scrollHeight;
        return list.querySelector(`[aria-posinset="${n}"]`) !== null;
      },
      last,
      { polling: 100 },
    );
  });
});

describe("the add-in page with Office's CDN unreachable", () => {
  it("shows the browser page within 3 s, instead of waiting for office.js", async () => {
    const office = await launchChromium();
    try {
      const page = await office.newPage();
      // A CDN that never answers, as behind a 政务外网 firewall that drops packets.
      await page.route("https://appsforoffice.microsoft.com/**", () => undefined);
      await page.goto(`${server.origin}/${EXCEL_PAGE}`, { waitUntil: "commit" });
      await page.getByRole("button", { name: "打开工作簿" }).waitFor({ timeout: 10_000 });
      // From the start of navigation to the page's first render, as the page measured it.
      const shownMs = await page.evaluate(() => performance.getEntriesByName("taskplan:interactive")[0].startTime);
      console.log(`taskpane.html with office.js unreachable: browser page after ${shownMs.toFixed(0)} ms`);
      expect(shownMs).toBeLessThan(3000);
    } finally {
      await office.close();
    }
  });
});

// ------------------------------------------------------------------ reach and access

describe("reach", () => {
  it("no text smaller than 14 px on the checked and generated page", async () => {
    const page = await openPage();
    await checkedSample(page);
    await page.getByRole("button", { name: "生成各单位分表" }).click();
    await page.getByTestId("unit-count").waitFor();
    await page.locator("[data-finding-cell]").first().waitFor();
    const small = await page.evaluate(() => {
      const out: string[] = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const el = n.parentElement as HTMLElement;
        if (!n.textContent?.trim() || !el.getClientRects().length) continue;
        // The sheet grid draws the workbook's cells at the sheet's own size (its engineer's part).
        if (el.closest("[data-testid=sheet-grid]")) continue;
        const size = parseFloat(getComputedStyle(el).fontSize);
        if (size < 14) out.push(`${size}px ${n.textContent.trim().slice(0, 20)}`);
      }
      return out;
    });
    expect(small).toEqual([]);
    await page.close();
  });

  it("the picker lists .xls and .et, and one of them gets the WPS 另存为 .xlsx hint naming it", async () => {
    const page = await openPage();
    const accept = (await page.getByTestId("file-input").getAttribute("accept")) ?? "";
    expect(accept.split(",")).toEqual(expect.arrayContaining([".xlsx", ".xls", ".et"]));
    const file = join(dir, "2024年任务分工.et");
    writeFileSync(file, Buffer.concat([Buffer.from("d0cf11e0a1b11ae1", "hex"), Buffer.alloc(4096)]));
    await page.getByTestId("file-input").setInputFiles(file);
    const message = await page.getByTestId("page-error").innerText();
    expect(message).toContain("“2024年任务分工.et”");
    expect(message).toContain("在 WPS 中打开");
    expect(message).toContain("另存为");
    expect(message).not.toMatch(ENGLISH_SENTENCE); // the zh page says it once, in Chinese
    await page.close();
  });

  it("works opened from file://, the sample included", async () => {
    const page = await session.newPage();
    await page.goto(`file://${join(DIST, BROWSER_PAGE)}`);
    await page.getByRole("button", { name: "使用示例" }).click();
    await page.getByTestId("sheet-grid").waitFor();
    await page.getByRole("button", { name: "检查本表" }).click();
    await page.locator("[data-finding-cell]").first().waitFor();
    expect(await page.getByTestId("page-error").count()).toBe(0);
    await page.close();
  });
});

/** Violations by impact on the page as it is now. */
async function axeCounts(page: Page): Promise<Record<string, string[]>> {
  // Colours are measured at rest: a button just clicked is still fading between its pressed and
  // resting colours, and a colour caught half-way failed color-contrast once in CI. Animations that
  // run for ever (a spinner) are not waited for.
  await page.evaluate(() =>
    Promise.all(document.getAnimations().filter((a) => a.effect?.getComputedTiming().endTime !== Infinity).map((a) => a.finished.catch(() => undefined))),
  );
  await page.evaluate(readFileSync(join(ROOT, "node_modules", "axe-core", "axe.min.js"), "utf8")); // through the debugger: the page's CSP allows no injected script
  return page.evaluate(async () => {
    type Result = { violations: { id: string; impact: string; nodes: { target: string[] }[] }[] };
    const axe = (window as unknown as { axe: { run(context: never): Promise<Result> } }).axe;
    // Fluent's focus manager (tabster) puts aria-hidden focus guards (<i data-tabster-dummy>)
    // around tab lists and dialogs: they only pass focus on, and are a false positive listed
    // in Fluent v9's known issues (microsoft/tabster#288).
    const { violations } = await axe.run({ exclude: [["[data-tabster-dummy]"]] } as never);
    const out: Record<string, string[]> = { critical: [], serious: [], moderate: [], minor: [] };
    for (const v of violations) out[v.impact].push(`${v.id} (${v.nodes.length}: ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(", ")})`);
    return out;
  });
}

describe("accessibility (axe-core)", () => {
  it("0 critical and 0 serious violations on the landing, checked and generated page", async () => {
    const page = await openPage();
    const states: Record<string, Record<string, string[]>> = {};
    states.landing = await axeCounts(page);
    await checkedSample(page);
    states.checked = await axeCounts(page);
    await page.getByRole("button", { name: "生成各单位分表" }).click();
    await page.getByTestId("unit-count").waitFor();
    states.generated = await axeCounts(page);
    console.log(`axe-core: ${JSON.stringify(states)}`);
    for (const s of Object.values(states)) expect([s.critical, s.serious]).toEqual([[], []]);
    await page.close();
  });
});

describe("the plan year beside the detected table", () => {
  // 大竹县 2016年民生实事目标任务分解表 without its title row, in a file named as Excel names a new
  // one: its deadlines are months only (12月底前) and nothing states the year.
  it("says none was found; the year typed there is saved and read by the check that follows", async () => {
    const wb = new ExcelJS.Workbook();
    snapshotToWorksheet(wb, untitledSheet(loadGenre("dazhu-2016")));
    const file = join(dir, "工作簿1.xlsx");
    await wb.xlsx.writeFile(file);
    const page = await openPage();
    await openWorkbook(page, file);
    await page.getByRole("button", { name: "识别的表格" }).click();
    await page.getByRole("button", { name: "检查本表" }).click();
    const line = page.getByTestId("plan-year");
    expect(await line.innerText()).toBe("未找到计划年度：不带年份的期限（如“6月底前”）无法定日期。可在设置中填写计划年度。");
    const table = page.getByRole("button", { name: "识别的表格" });
    const shot = async (name: string) => {
      await table.evaluate((header) => header.scrollIntoView({ block: "start" }));
      await page.screenshot({ path: join(ROOT, "docs", name) });
      return axeCounts(page);
    };
    const axe = { none: await shot("page-plan-year-none.png") };

    await page.getByRole("textbox", { name: "计划年度" }).fill("2016");
    await page.getByRole("button", { name: "按此设置重新检查" }).click();
    await page.locator("[data-testid=plan-year][data-source=settings]").waitFor();
    expect(await line.innerText()).toBe("计划年度：2016年（取自设置）");
    const states = { ...axe, set: await shot("page-plan-year-set.png") };
    console.log(`axe-core: ${JSON.stringify(states)}`);
    for (const s of Object.values(states)) expect([s.critical, s.serious]).toEqual([[], []]);
    await page.close();
  });
});

describe("screenshots of the checked page", () => {
  it.each([
    ["page-checked-1366.png", 1366, 768],
    ["page-checked-350.png", 350, 760],
  ])("%s", async (name, width, height) => {
    const page = await openPage();
    await page.setViewportSize({ width, height });
    await checkedSample(page);
    await page.screenshot({ path: join(ROOT, "docs", name) });
    await page.close();
  });
});
