// What every WorkbookHost must do, whatever it writes to: one suite, run on each host through a
// factory that builds a workbook from a seed fixture and answers a few questions about it. A host
// joins by one line in hosts.test.ts; nothing here knows any host's insides.
import { planMarks } from "../../src/core";
import { generate } from "../../src/core/generate/usecase";
import type { Progress, WorkbookHost } from "../../src/core/host";
import type { SheetSnapshot } from "../../src/core/schema";
import { findingsByTask, resultsSheet } from "../../src/core/report";
import { clearMarks, validate } from "../../src/core/usecases";
import { fixtureIds, fixtureLayout, loadFixture } from "../support/fixtures";

/** A workbook holding one plan sheet, seen through its host and through the workbook itself. */
export interface ContractWorkbook {
  host: WorkbookHost;
  /** The user writes a note on a cell (A1). */
  addUserNote(sheet: string, address: string, text: string): Promise<void>;
  /** Every note (or comment) on a sheet: A1 → text. */
  notes(sheet: string): Promise<Map<string, string>>;
  /** The user types `text` into a cell. */
  setCell(sheet: string, address: string, text: string): Promise<void>;
  /** The user adds a tab of their own, with `text` in A1. */
  addUserSheet(name: string, text: string): Promise<void>;
  /** A cell's shown value, as text ("" when empty). */
  cell(sheet: string, address: string): Promise<string>;
  /** Names of the sheets, in order. */
  sheetNames(): Promise<string[]>;
}

/** Builds a workbook whose sheets are `snapshot` and then `more` (values and merges), e.g. in memory or as a file. */
export type HostFactory = (snapshot: SheetSnapshot, ...more: SheetSnapshot[]) => Promise<ContractWorkbook>;

const key = (m: { top: number; left: number; bottom: number; right: number }) => `${m.top},${m.left},${m.bottom},${m.right}`;

function seed(id: string): SheetSnapshot {
  return fixtureLayout(loadFixture(id)).snapshot;
}

export function hostContract(name: string, factory: HostFactory): void {
  describe(`host contract: ${name}`, () => {
    test.each(fixtureIds())("%s reads back as laid out, merged areas exactly", async (id) => {
      const snapshot = seed(id);
      const { host } = await factory(snapshot);
      const read = await host.readSnapshot(snapshot.sheet);
      expect(read.values).toEqual(snapshot.values);
      expect(read.merges.map(key).sort()).toEqual(snapshot.merges.map(key).sort());
    });

    test("the snapshot names the workbook as the host knows it (a source of the plan year)", async () => {
      const snapshot = seed("seed-003");
      const { host } = await factory(snapshot);
      expect((await host.readSnapshot(snapshot.sheet)).workbook).toBe(host.name);
    });

    test("marks round trip: checking marks every finding's cell, clearing takes every mark away", async () => {
      const snapshot = seed("seed-003");
      const book = await factory(snapshot);
      const { report } = await validate(book.host, snapshot.sheet);
      const marks = planMarks(report).marks;
      expect(marks.length).toBeGreaterThan(0);
      const notes = await book.notes(snapshot.sheet);
      for (const m of marks) expect(notes.get(m.address)).toBe(m.note);
      // Checking again replaces the marks, never stacks them.
      await validate(book.host, snapshot.sheet);
      expect(await book.notes(snapshot.sheet)).toEqual(notes);
      expect(await clearMarks(book.host, snapshot.sheet)).toBe(marks.length);
      expect((await book.notes(snapshot.sheet)).size).toBe(0);
      expect(await clearMarks(book.host, snapshot.sheet)).toBe(0);
    });

    test("a user's notes keep their text through checking and clearing", async () => {
      const snapshot = seed("seed-003");
      const book = await factory(snapshot);
      const { report } = await validate(book.host, snapshot.sheet);
      const [marked] = planMarks(report).marks;
      await clearMarks(book.host, snapshot.sheet);
      await book.addUserNote(snapshot.sheet, marked.address, "请办公室核实");
      await book.addUserNote(snapshot.sheet, "A1", "标题由秘书科确定");
      await validate(book.host, snapshot.sheet);
      expect((await book.notes(snapshot.sheet)).get(marked.address)).toContain("请办公室核实");
      await clearMarks(book.host, snapshot.sheet);
      expect(await book.notes(snapshot.sheet)).toEqual(new Map([[marked.address, "请办公室核实"], ["A1", "标题由秘书科确定"]]));
    });

    test("tabs regenerate in place; the user's own tab is never touched", async () => {
      const snapshot = seed("seed-002");
      const book = await factory(snapshot);
      await book.addUserSheet("我的汇总", "自己做的表");
      const first = await generate(book.host, snapshot.sheet);
      expect(first.created.length).toBeGreaterThan(1);
      const second = await generate(book.host, snapshot.sheet);
      expect(second.created).toEqual(first.created);
      const names = await book.sheetNames();
      expect(names.filter((n) => first.created.includes(n))).toHaveLength(first.created.length);
      expect(names.length).toBe(2 + first.created.length);
      expect(await book.cell("我的汇总", "A1")).toBe("自己做的表");
      expect(await book.cell(first.created[1], "A1")).toBe(first.tabs.tabs[1].title);
    });

    test("a check writes the 检查结果 sheet, the next check replaces it, clearing takes it away", async () => {
      const snapshot = seed("seed-003");
      const book = await factory(snapshot);
      const { report, plan } = await validate(book.host, snapshot.sheet);
      const spec = resultsSheet(report, plan, "zh");
      expect(await book.sheetNames()).toEqual([snapshot.sheet, "检查结果"]);
      expect(await book.cell("检查结果", "A1")).toBe(spec.title);
      expect(await book.cell("检查结果", "B2")).toBe("任务");
      const first = findingsByTask(report, plan)[0];
      expect([await book.cell("检查结果", "A3"), await book.cell("检查结果", "C3"), await book.cell("检查结果", "E3")]).toEqual([
        first.task!.seq,
        first.message,
        first.cell,
      ]);
      expect((await book.host.listSheets()).find((s) => s.name === "检查结果")).toMatchObject({ generated: false, results: spec.mark });
      await validate(book.host, snapshot.sheet);
      expect(await book.sheetNames()).toEqual([snapshot.sheet, "检查结果"]);
      await clearMarks(book.host, snapshot.sheet);
      expect(await book.sheetNames()).toEqual([snapshot.sheet]);
    });

    test.each([["in sheet order", false], ["last first", true]])(
      "two plans checked: each has its own 检查结果 sheet, and clearing them %s takes away each its own and its marks",
      async (_, reversed) => {
        const plans = [seed("seed-000"), fixtureLayout(loadFixture("seed-003"), "分工二").snapshot];
        const book = await factory(plans[0], plans[1]);
        const marks = new Map<string, number>();
        for (const p of plans) marks.set(p.sheet, planMarks((await validate(book.host, p.sheet)).report).marks.length);
        expect([...marks.values()].every((n) => n > 0)).toBe(true);
        const results = ["检查结果", "检查结果~2"];
        expect(await book.sheetNames()).toEqual([...plans.map((p) => p.sheet), ...results]);
        const order = reversed ? [1, 0] : [0, 1];
        for (const [done, i] of order.entries()) {
          expect(await clearMarks(book.host, plans[i].sheet)).toBe(marks.get(plans[i].sheet));
          expect((await book.notes(plans[i].sheet)).size).toBe(0);
          const left = order.slice(done + 1).map((j) => results[j]);
          expect(await book.sheetNames()).toEqual([...plans.map((p) => p.sheet), ...left]);
        }
      },
    );

    test("a 检查结果 sheet the user wrote in is theirs: kept aside by the next check, left by clearing", async () => {
      const snapshot = seed("seed-003");
      const book = await factory(snapshot);
      await validate(book.host, snapshot.sheet);
      await book.setCell("检查结果", "D3", "已整改，见3月12日函");
      await validate(book.host, snapshot.sheet);
      expect(await book.sheetNames()).toEqual([snapshot.sheet, "检查结果（已修改）", "检查结果"]);
      expect(await book.cell("检查结果（已修改）", "D3")).toBe("已整改，见3月12日函");
      expect((await book.host.listSheets()).find((s) => s.name === "检查结果（已修改）")?.results).toBeUndefined();
      await clearMarks(book.host, snapshot.sheet);
      expect(await book.sheetNames()).toEqual([snapshot.sheet, "检查结果（已修改）"]);
    });

    test("checking a tab this tool wrote says what it is instead of marking it", async () => {
      const snapshot = seed("seed-003");
      const book = await factory(snapshot);
      const { created } = await generate(book.host, snapshot.sheet);
      const department = created.find((n) => n !== "分表目录" && n !== "共同任务")!;
      await expect(validate(book.host, department)).rejects.toMatchObject({ code: "generated-tab", zh: expect.stringContaining(`“${department}”是本工具生成的分表`) });
      expect((await book.notes(department)).size).toBe(0);
      await validate(book.host, snapshot.sheet);
      await expect(validate(book.host, "检查结果")).rejects.toMatchObject({ code: "generated-tab" });
    });

    test("progress runs from 0 to 1 and never goes back", async () => {
      const snapshot = seed("seed-002");
      const book = await factory(snapshot);
      for (const run of [
        (p: (x: Progress) => void) => validate(book.host, snapshot.sheet, {}, p),
        (p: (x: Progress) => void) => generate(book.host, snapshot.sheet, {}, p),
      ]) {
        const seen: number[] = [];
        await run((x) => seen.push(x.fraction));
        expect(seen.length).toBeGreaterThan(2);
        expect(seen.every((f, i) => f >= 0 && f <= 1 && (i === 0 || f >= seen[i - 1]))).toBe(true);
        expect(seen[seen.length - 1]).toBe(1);
      }
    });
  });
}
