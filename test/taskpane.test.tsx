/** @jest-environment jsdom */
// The task pane over the Excel host and the recording fake of Office.js, on real fixtures:
// check → counts and list → a click selects the cell; clear restores; generate reports the tabs;
// settings and column roles are stored in the workbook and used by the next check.
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { checkSheet, NOTE_HEADERS, readPlan, summarise } from "../src/core";
import { parseTabMark, TAB_MARK_NAME } from "../src/core/tabmark";
import { FakeExcel } from "../src/excel/fake";
import { CONFIG_SETTING, ExcelHost } from "../src/excel/host";
import { App } from "../src/taskpane/App";
import { en, pickLanguage, zh } from "../src/taskpane/i18n";
import { fixtureLayout, loadFixture } from "./support/fixtures";
import { loadGenre, untitledSheet } from "./support/genre";

const ALL_SETS = { isSetSupported: () => true };

// jsdom has no layout, hence no ResizeObserver; Fluent's MessageBar only uses it to reflow.
class NoLayoutResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
window.ResizeObserver ??= NoLayoutResizeObserver as unknown as typeof ResizeObserver;

function setup(id = "seed-000", strings = zh) {
  const { snapshot } = fixtureLayout(loadFixture(id), "计划");
  const book = new FakeExcel();
  book.addSheet("计划", snapshot.values as (string | null)[][], snapshot.merges);
  const host = new ExcelHost({ run: book.run, requirements: ALL_SETS, name: `${id}.xlsx` });
  const view = render(<App host={host} strings={strings} />);
  return { book, host, snapshot, view };
}

const shownCounts = (container: HTMLElement) =>
  Object.fromEntries(
    Array.from(container.querySelectorAll("[data-rule-count]")).map((el) => [
      el.getAttribute("data-rule-count"),
      Number(el.getAttribute("data-count")),
    ]),
  );

// A check reads and checks the whole fixture: on a busy machine it takes longer than waitFor's 1 s
// and a test longer than jest's 5 s — slow, not hung.
const CHECK_WAIT = { timeout: 10_000 };
jest.setTimeout(30_000);

async function check(container: HTMLElement) {
  fireEvent.click(screen.getByRole("button", { name: "检查本表" }));
  await waitFor(() => expect(container.querySelectorAll("[data-finding-cell]").length).toBeGreaterThan(0), CHECK_WAIT);
}

test("检查本表 shows the engine's counts, lists the findings, and a click selects the cell", async () => {
  const { book, snapshot, view } = setup();
  await check(view.container);
  const expected = summarise(checkSheet(snapshot).report.findings);
  expect(shownCounts(view.container)).toEqual(expected.byRule);
  expect(screen.getByTestId("total").textContent).toBe(zh.total(expected.total));
  expect(book.sheet("计划").rules.length).toBeGreaterThan(0); // marked in the sheet

  book.active = "other";
  book.addSheet("other");
  const items = view.container.querySelectorAll("[data-finding-cell]");
  const last = items[items.length - 1];
  fireEvent.click(last);
  await waitFor(() => expect(book.selected).toEqual({ sheet: "计划", address: last.getAttribute("data-finding-cell") }));
  expect(book.active).toBe("计划");
});

test("清除标记 restores the sheet and says how many cells", async () => {
  const { book, view } = setup("seed-003");
  const before = JSON.stringify([...book.sheet("计划").cells.entries()]);
  await check(view.container);
  const marked = book.sheet("计划").notes.size;
  fireEvent.click(screen.getByRole("button", { name: "清除标记" }));
  // Asked first: nothing is cleared until the user confirms.
  expect(book.sheet("计划").notes.size).toBe(marked);
  // hidden: Fluent's focus trap can leave aria-hidden on the dialog's own surface in jsdom (seen
  // only when the whole suite runs); the button is what a user clicks either way.
  fireEvent.click(within(await screen.findByRole("alertdialog", { hidden: true })).getByRole("button", { name: "清除标记", hidden: true }));
  const notice = await screen.findByTestId("pane-notice");
  expect(notice.textContent).toContain(String(marked));
  expect(book.sheet("计划").rules).toHaveLength(0);
  expect(book.sheet("计划").notes.size).toBe(0);
  expect(JSON.stringify([...book.sheet("计划").cells.entries()])).toBe(before);
  expect(view.container.querySelectorAll("[data-finding-cell]")).toHaveLength(0);
});

test("生成各单位分表 lists the new tabs, which carry the tab mark", async () => {
  const { book } = setup("seed-003");
  fireEvent.click(screen.getByRole("button", { name: "生成各单位分表" }));
  const list = await screen.findByTestId("new-tabs", {}, { timeout: 5000 });
  const items = within(list).getAllByRole("listitem");
  const names = items.map((li) => li.getAttribute("data-tab"));
  expect(names.length).toBeGreaterThan(3);
  for (const name of names) expect(parseTabMark(book.sheet(name as string).names.get(TAB_MARK_NAME)?.formula ?? "")).not.toBeNull();
  // seed 003: 县直各单位 / 直各单位 (rows 9, 10, 11, 14) address every department; 各有关部门 (1) and
  // 县直各有关单 (6) name no unit.
  expect(items.find((li) => li.getAttribute("data-tab") === "共同任务")?.textContent).toBe("共同任务：6 项（全部单位 4、未点名 2）");
  expect(items.find((li) => li.getAttribute("data-tab") === "县税务局")?.textContent).toBe("县税务局：5 项（点名 1、全部单位 4）");
  // The pane's counts are the index's: the same note.
  const notice = screen.getByTestId("pane-notice").textContent ?? "";
  expect(notice).toContain(zh.generated(names.length, 0));
  expect(notice).toContain(`共 ${names.length} 个分表：分表目录 1 个，单位分表 ${names.length - 2} 个`);
});

test("a rule switched off in the settings is stored in the workbook and left out of the next check", async () => {
  const { book, view } = setup();
  await check(view.container);
  const rule = Object.keys(shownCounts(view.container))[0];
  fireEvent.click(screen.getByRole("button", { name: zh.settings }));
  const select = view.container.querySelector(`select[data-rule="${rule}"]`) as HTMLSelectElement;
  fireEvent.change(select, { target: { value: "off" } });
  fireEvent.click(screen.getByRole("button", { name: zh.save }));
  await screen.findByText(zh.saved);
  expect(JSON.parse(book.settings.get(CONFIG_SETTING) as string).rules[rule]).toEqual({ enabled: false });
  fireEvent.click(screen.getByRole("button", { name: "检查本表" }));
  await waitFor(() => expect(shownCounts(view.container)[rule]).toBeUndefined(), { timeout: 5000 });
  expect(Object.keys(shownCounts(view.container)).length).toBeGreaterThan(0);
}, 20_000); // two checks and a save through jsdom: slow on a shared machine, not a hang

test("a wrong column letter is refused; a right one is stored and used", async () => {
  const { book, view } = setup("seed-003");
  await check(view.container);
  fireEvent.click(screen.getByRole("button", { name: zh.table }));
  const deadline = view.container.querySelector('input[data-role="deadline"]') as HTMLInputElement;
  expect(deadline.value).toBe("F"); // detected: 时限要求
  fireEvent.change(deadline, { target: { value: "F1" } });
  fireEvent.click(screen.getByRole("button", { name: zh.applyRoles }));
  expect((await screen.findByTestId("roles-problem")).textContent).toContain("F1");

  // Point the deadline at the 工作要求 column (D): the check now reads those texts as deadlines.
  fireEvent.change(deadline, { target: { value: "d" } });
  const beforeCounts = shownCounts(view.container);
  fireEvent.click(screen.getByRole("button", { name: zh.applyRoles }));
  await waitFor(() => expect(shownCounts(view.container)).not.toEqual(beforeCounts));
  expect(JSON.parse(book.settings.get(CONFIG_SETTING) as string).columns.deadline).toBe("D");
});

describe("the plan year", () => {
  // 大竹县 2016年民生实事目标任务分解表 without its title row: deadlines as months only (12月底前),
  // no year on the sheet, and no findings to wait for.
  const dazhu = loadGenre("dazhu-2016");
  const snapshot = untitledSheet(dazhu);
  function open(workbook: string, strings = zh) {
    const book = new FakeExcel();
    book.addSheet("计划", snapshot.values as (string | null)[][], snapshot.merges);
    const view = render(<App host={new ExcelHost({ run: book.run, requirements: ALL_SETS, name: workbook })} strings={strings} />);
    fireEvent.click(screen.getByRole("button", { name: strings.table }));
    return { book, view };
  }
  const checkNow = async (strings = zh) => {
    fireEvent.click(screen.getByRole("button", { name: strings.check }));
    await waitFor(() => expect(screen.getByRole("button", { name: strings.check }).hasAttribute("disabled")).toBe(false), CHECK_WAIT);
  };
  const shownYear = () => screen.queryByTestId("plan-year")?.textContent;
  const yearField = (container: HTMLElement) => container.querySelector('input[name="planYear"]') as HTMLInputElement;

  test("shows beside the table with where it came from: the file's name", async () => {
    open("2016年民生实事目标任务分解表.xlsx");
    expect(shownYear()).toBeUndefined(); // nothing read yet
    await checkNow();
    await waitFor(() => expect(shownYear()).toBe("计划年度：2016年（取自文件名）"));
  });

  test("in English", async () => {
    open("2016年民生实事目标任务分解表.xlsx", en);
    await checkNow(en);
    await waitFor(() => expect(shownYear()).toBe("Plan year: 2016 (from the file name)"));
  });

  test("none found says so; set in the field it is stored, read again, and dates the year-less deadlines", async () => {
    const { book, view } = open("工作簿1.xlsx");
    await checkNow();
    await waitFor(() => expect(shownYear()).toBe("未找到计划年度：不带年份的期限（如“6月底前”）无法定日期。可在设置中填写计划年度。"));
    expect(yearField(view.container).value).toBe(""); // empty: automatic

    fireEvent.change(yearField(view.container), { target: { value: "16" } });
    fireEvent.click(screen.getByRole("button", { name: zh.applyRoles }));
    expect((await screen.findByTestId("roles-problem")).textContent).toBe(zh.badPlanYear("16"));
    expect(book.settings.get(CONFIG_SETTING)).toBeUndefined();

    fireEvent.change(yearField(view.container), { target: { value: "2016年" } });
    fireEvent.click(screen.getByRole("button", { name: zh.applyRoles }));
    await waitFor(() => expect(shownYear()).toBe("计划年度：2016年（取自设置）"), CHECK_WAIT);
    const stored = JSON.parse(book.settings.get(CONFIG_SETTING) as string) as { planYear: number };
    expect(stored.planYear).toBe(2016);
    expect(yearField(view.container).value).toBe("2016");
    // What the pane stored dates 12月底前 as 2016-12-31, where nothing dated it before.
    expect(readPlan(snapshot).rows[0].deadline.date).toBeNull();
    expect(readPlan(snapshot, stored).rows.map((r) => r.deadline.date)).toEqual(dazhu.expected.map((e) => e?.deadlineDate));

    // 恢复自动识别: the year is read from the sheet again, and there is none.
    fireEvent.click(screen.getByRole("button", { name: zh.autoRoles }));
    await waitFor(() => expect(shownYear()).toContain("未找到计划年度"), CHECK_WAIT);
    expect(JSON.parse(book.settings.get(CONFIG_SETTING) as string).planYear).toBeUndefined();
    expect(yearField(view.container).value).toBe("");
  }, 30_000); // three checks through jsdom
});

test("in an English pane the findings, and the notes put in the sheet, are in English", async () => {
  const { book, view } = setup("seed-000", en);
  fireEvent.click(screen.getByRole("button", { name: en.check }));
  await waitFor(() => expect(view.container.querySelectorAll("[data-finding-cell]").length).toBeGreaterThan(0), CHECK_WAIT);
  const list = Array.from(view.container.querySelectorAll("[data-finding-cell]")).map((el) => el.textContent ?? "");
  expect(list.some((t) => t.includes("is not specific"))).toBe(true);
  expect(list.some((t) => t.includes("表述不明确"))).toBe(false);
  const notes = [...book.sheet("计划").notes.values()];
  expect(notes.some((n) => n.includes("is not specific"))).toBe(true);
  // The note's own header is English too: no Chinese line in an English note.
  expect(notes.every((n) => n.startsWith(NOTE_HEADERS.en) && !n.includes(NOTE_HEADERS.zh))).toBe(true);
});

test("a protected sheet shows the message, in the pane's language", async () => {
  const { book } = setup("seed-003", en);
  book.sheet("计划").protected = true;
  fireEvent.click(screen.getByRole("button", { name: en.check }));
  const alert = await screen.findByTestId("pane-error");
  expect(alert.textContent).toContain("protected");
  expect(screen.getByRole("button", { name: en.check }).hasAttribute("disabled")).toBe(false);
});

test("a sheet without a table says so, and the buttons work again", async () => {
  const book = new FakeExcel();
  book.addSheet("说明", [["这里不是任务分工表"]]);
  render(<App host={new ExcelHost({ run: book.run, requirements: ALL_SETS })} strings={zh} />);
  await act(async () => {
    fireEvent.click(screen.getByRole("button", { name: "检查本表" }));
  });
  expect((await screen.findByTestId("pane-error")).textContent).toContain("没有找到任务分工表");
  expect(screen.getByRole("button", { name: "检查本表" }).hasAttribute("disabled")).toBe(false);
});

test("language: Chinese for zh tags and when nothing is known, English for other tags", () => {
  expect([pickLanguage("zh-CN"), pickLanguage("zh-TW"), pickLanguage(undefined), pickLanguage("en-US"), pickLanguage("fr-FR")]).toEqual([
    "zh",
    "zh",
    "zh",
    "en",
    "en",
  ]);
});
