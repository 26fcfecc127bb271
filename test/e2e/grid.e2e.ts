// The sheet grid end to end, in Debian's chromium on the built dist/, on the bundled sample plan as
// a clerk sees it after 检查本表: the first finding in view on a laptop screen, the header row and
// the 序号 column frozen while scrolling, a cell cursor on the keyboard, the selected cell's whole
// text in the formula bar, axe-core's count of violations, and the screenshots in docs/.
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import type { Page } from "playwright-core";
import { a1, checkSheet, planMarks, type Mark, type SheetSnapshot } from "../../src/core/index";
import { FileHost } from "../../src/file/host";
import { writeLargePlan } from "../../src/bench/web";
import { BROWSER_PAGE, DIST, ROOT, launchChromium, openWorkbook, serveStatic, type BrowserSession } from "./support";

let server: { origin: string; close(): Promise<void> };
let session: BrowserSession;
let sample: SheetSnapshot;
let marks: Mark[];

beforeAll(async () => {
  server = await serveStatic(DIST);
  session = await launchChromium();
  const host = await FileHost.fromBytes(readFileSync(join(ROOT, "samples", "sample-plan.xlsx")), "sample-plan.xlsx");
  sample = await host.readSnapshot(await host.activeSheet());
  marks = planMarks(checkSheet(sample).report).marks;
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

const GRID = "[data-testid=sheet-grid]";

/** The sample opened and checked in a window of the given size; resolves once the marks are drawn. */
async function checkedSample(width: number, height: number): Promise<Page> {
  const page = await session.newPage();
  await page.setViewportSize({ width, height });
  await page.goto(`${server.origin}/${BROWSER_PAGE}`);
  await page.getByRole("button", { name: "使用示例" }).click();
  await page.locator(GRID).waitFor();
  await page.getByRole("button", { name: "检查本表" }).click();
  await page.locator(`${GRID} [data-severity]`).first().waitFor();
  return page;
}

/** Where a cell is drawn, and the part of the grid that scrolls (below the frozen header, right of the frozen columns). */
async function placement(page: Page, address: string) {
  return page.evaluate(
    ({ grid, address }) => {
      const g = document.querySelector(grid) as HTMLElement;
      const box = (el: Element | null) => {
        const r = el?.getBoundingClientRect();
        return r ? { top: r.top, bottom: r.bottom, left: r.left, right: r.right } : null;
      };
      return {
        grid: box(g) as { top: number; bottom: number; left: number; right: number },
        cell: box(g.querySelector(`[data-address="${address}"]`)),
        scroll: { top: g.scrollTop, left: g.scrollLeft },
      };
    },
    { grid: GRID, address },
  );
}

/** Whether the cell is drawn wholly inside the grid's box. */
async function inView(page: Page, address: string): Promise<boolean> {
  const { grid, cell } = await placement(page, address);
  return !!cell && cell.top >= grid.top && cell.bottom <= grid.bottom + 1 && cell.left >= grid.left && cell.right <= grid.right + 1;
}

const selectedAddress = (page: Page) => page.locator(`${GRID} [aria-selected=true]`).getAttribute("data-address");
const focusedAddress = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute("data-address") ?? null);
const sampleText = (row: number, col: number) => String(sample.values[row][col] ?? "");

describe("the checked sample in the grid", () => {
  it.each([
    ["a 1366×768 laptop", 1366, 768, 10],
    ["the same laptop at 125 % scaling", 1093, 614, 7],
    ["a window 350 px wide", 350, 768, 8],
  ])("on %s, the first finding is in view and selected, its explanation in the formula bar", async (_, width, height, leastRows) => {
    const page = await checkedSample(width, height);
    const first = marks[0];
    await page.waitForFunction(
      ({ grid, address }) => document.querySelector(`${grid} [aria-selected=true]`)?.getAttribute("data-address") === address,
      { grid: GRID, address: first.address },
    );
    expect(await inView(page, first.address)).toBe(true);
    // The whole table is in view across, up to its deadline column (G).
    if (width === 1366) expect(await inView(page, "G2")).toBe(true);
    expect(await page.getByTestId("formula-address").innerText()).toBe(first.address);
    const explanation = await page.getByTestId("formula-mark").innerText();
    expect(explanation).toContain(first.note.split("\n")[1].replace(/^• /, ""));
    // Rows of the sheet wholly in view, below the column letters: room to work in, even at 350 px.
    const rows = await page.evaluate((grid) => {
      const g = (document.querySelector(grid) as HTMLElement).getBoundingClientRect();
      return [...document.querySelectorAll(`${grid} [role=row]:not([aria-rowindex="1"])`)].filter((r) => {
        const b = r.getBoundingClientRect();
        return b.top >= g.top && b.bottom <= g.bottom + 1;
      }).length;
    }, GRID);
    console.log(`${width}×${height}: ${rows} rows of the sheet in view`);
    expect(rows).toBeGreaterThanOrEqual(leastRows);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(width);
    // The pane keeps the focus the click on 检查本表 gave it.
    expect(await focusedAddress(page)).toBeNull();
    await page.close();
  });

  it("keeps the header row and the 序号 column in place while the sheet scrolls; the title scrolls away", async () => {
    const page = await checkedSample(900, 700);
    const grid = page.locator(GRID);
    const before = await placement(page, "A2");
    await grid.evaluate((g) => g.scrollTo(g.scrollWidth, 900));
    await page.waitForTimeout(200);
    const after = await placement(page, "A2");
    expect(after.scroll.top).toBeGreaterThan(600);
    expect(after.scroll.left).toBeGreaterThan(0); // 900 px is too narrow for the whole table
    // 序号 sits right under the column letters, where it was left to right.
    const letters = await page.locator(`${GRID} [aria-rowindex="1"] [role=columnheader][aria-colindex="2"]`).boundingBox();
    expect(after.cell?.top).toBeCloseTo((letters?.y ?? 0) + (letters?.height ?? 0), 0);
    expect(after.cell?.left).toBeCloseTo(before.cell?.left ?? -1, 0);
    // Every task row drawn shows its 序号 at the same left edge (the footer merged across A:G scrolls).
    const seqCells = await page.locator(`${GRID} [role=row] [data-address^="A"][role=gridcell]:not([aria-colspan])`).evaluateAll((els) =>
      els.map((e) => ({ address: e.getAttribute("data-address"), left: e.getBoundingClientRect().left })),
    );
    const rowOf = (a: string | null) => Number((a ?? "").slice(1));
    const shownSeq = seqCells.filter((c) => rowOf(c.address) > 20);
    expect(shownSeq.length).toBeGreaterThan(3);
    for (const c of shownSeq) expect(c.left).toBeCloseTo(after.cell?.left ?? -1, 0);
    expect(await inView(page, "G2")).toBe(true);
    expect(await inView(page, "A1")).toBe(false);
    await page.close();
  });

  it("moves a cell cursor with the arrow keys, Home / End, PageUp / PageDown and Ctrl+Home, focus and formula bar following", async () => {
    const page = await checkedSample(1366, 768);
    await page.locator(`${GRID} [data-address="E5"]`).click();
    const at = async () => ({ selected: await selectedAddress(page), focused: await focusedAddress(page) });
    expect(await at()).toEqual({ selected: "E5", focused: "E5" });
    const steps: [string, string][] = [
      ["ArrowDown", "E6"],
      ["ArrowRight", "F6"],
      ["ArrowUp", "F5"],
      ["ArrowLeft", "E5"],
      ["Home", "A5"],
      ["End", "G5"],
      ["Control+Home", "A1"],
    ];
    for (const [key, address] of steps) {
      await page.keyboard.press(key);
      expect({ key, ...(await at()) }).toEqual({ key, selected: address, focused: address });
    }
    // The sample's title is merged across A1:G1: down from it is the header row, then the tasks.
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowDown");
    expect(await at()).toEqual({ selected: "A3", focused: "A3" });
    expect(await page.getByTestId("formula-text").innerText()).toBe(sampleText(2, 0));
    await page.keyboard.press("PageDown");
    const paged = Number((await selectedAddress(page))?.slice(1));
    expect(paged).toBeGreaterThan(8);
    expect(await inView(page, `A${paged}`)).toBe(true);
    await page.keyboard.press("PageUp");
    expect(await at()).toEqual({ selected: "A3", focused: "A3" });
    // To the last row of the sheet, far below the rows drawn at first: it is drawn, in view and focused.
    await page.keyboard.press("Control+End");
    // The sheet's last cell, G55, is in the footer merged across A55:G55.
    const lastRow = sample.values.length - 1;
    const footer = sample.merges.find((m) => m.top <= lastRow && m.bottom >= lastRow && m.left <= 6 && m.right >= 6);
    const last = footer ? a1(footer.top, footer.left) : a1(lastRow, 6);
    await page.waitForFunction((a) => document.activeElement?.getAttribute("data-address") === a, last);
    expect(await inView(page, last)).toBe(true);
    // One Tab stop in the grid: the selected cell.
    expect(await page.locator(`${GRID} [tabindex="0"]`).count()).toBe(1);
    await page.close();
  });

  it("shows the selected cell's whole text in the formula bar while the cell itself ends in an ellipsis", async () => {
    const page = await checkedSample(1366, 768);
    // The longest task text of the sample.
    let longest = { row: 2, length: 0 };
    sample.values.forEach((r, row) => {
      const t = String(r[4] ?? "");
      if (row > 1 && t.length > longest.length) longest = { row, length: t.length };
    });
    const address = `E${longest.row + 1}`;
    await page.locator(GRID).evaluate((g, share) => (g.scrollTop = g.scrollHeight * share - g.clientHeight / 2), longest.row / sample.values.length);
    await page.locator(`${GRID} [data-address="${address}"]`).click();
    expect(await page.getByTestId("formula-address").innerText()).toBe(address);
    expect(await page.getByTestId("formula-text").innerText()).toBe(sampleText(longest.row, 4));
    const cut = await page.locator(`${GRID} [data-address="${address}"] > div:last-child`).evaluate((el) => ({
      cut: el.scrollHeight > el.clientHeight + 1,
      clamp: getComputedStyle(el).webkitLineClamp,
      fontSize: parseFloat(getComputedStyle(el).fontSize),
    }));
    expect(cut).toEqual({ cut: true, clamp: "2", fontSize: 14 });
    await page.close();
  });

  it("the legend shows each mark colour with its symbol, word and count", async () => {
    const page = await checkedSample(1366, 768);
    const legend = await page.locator("[data-legend]").evaluateAll((els) =>
      els.map((e) => ({ severity: e.getAttribute("data-legend"), text: (e as HTMLElement).innerText.replace(/\s/g, ""), icon: !!e.querySelector("svg") })),
    );
    const count = (s: string) => marks.filter((m) => m.severity === s).length;
    expect(legend).toEqual([
      { severity: "error", text: `错误${count("error")}`, icon: true },
      { severity: "warning", text: `警告${count("warning")}`, icon: true },
      { severity: "info", text: `提示${count("info")}`, icon: true },
    ]);
    // A marked cell shows the same symbol as its legend entry.
    const marked = page.locator(`${GRID} [data-severity]`).first();
    expect(await marked.locator("svg").count()).toBe(1);
    await page.close();
  });
});

describe("a 100k-row plan", () => {
  it("goes to its last row with Ctrl+End and back with Ctrl+Home, drawing only the rows in view", async () => {
    const dir = mkdtempSync(join(tmpdir(), "taskplan-grid-"));
    try {
      const file = join(dir, "100k.xlsx");
      await writeLargePlan(100_000, file);
      const page = await session.newPage();
      await page.setViewportSize({ width: 1366, height: 768 });
      await page.goto(`${server.origin}/${BROWSER_PAGE}`);
      await openWorkbook(page, file);
      await page.locator(`${GRID} [data-address="A1"]`).click();
      const rowCount = Number(await page.locator(GRID).getAttribute("aria-rowcount")) - 1;
      expect(rowCount).toBeGreaterThan(100_000);
      await page.keyboard.press("Control+End");
      await page.waitForFunction((row) => document.activeElement?.getAttribute("data-address")?.endsWith(String(row)), rowCount);
      expect(await page.locator(`${GRID} [role=row]`).count()).toBeLessThan(60);
      await page.keyboard.press("Control+Home");
      await page.waitForFunction(() => document.activeElement?.getAttribute("data-address") === "A1");
      expect(await inView(page, "A1")).toBe(true);
      await page.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 600_000);
});

describe("accessibility of the checked grid (axe-core)", () => {
  it("axe-core finds no critical and no serious violation in the grid, its legend and formula bar", async () => {
    const page = await checkedSample(1366, 768);
    await page.locator(`${GRID} [data-address="E5"]`).click();
    await page.evaluate(readFileSync(require.resolve("axe-core/axe.min.js"), "utf8"));
    const violations = await page.evaluate(async (grid) => {
      const region = (document.querySelector(grid) as HTMLElement).parentElement as HTMLElement;
      const axe = (window as unknown as { axe: { run(ctx: Element): Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }> } }).axe;
      const result = await axe.run(region);
      return result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length }));
    }, GRID);
    console.log(`axe-core on the checked grid: ${JSON.stringify(violations)}`);
    const count = (impact: string) => violations.filter((v) => v.impact === impact).length;
    expect({ critical: count("critical"), serious: count("serious") }).toEqual({ critical: 0, serious: 0 });
    await page.close();
  });
});

describe("screenshots", () => {
  it.each([
    ["grid-1366.png", 1366, 768],
    ["grid-350.png", 350, 768],
  ])("%s: the checked sample, first finding selected", async (name, width, height) => {
    const page = await checkedSample(width, height);
    await page.waitForFunction((grid) => !!document.querySelector(`${grid} [aria-selected=true][data-severity]`), GRID);
    mkdirSync(join(ROOT, "docs"), { recursive: true });
    await page.screenshot({ path: join(ROOT, "docs", name) });
    await page.close();
  });
});
