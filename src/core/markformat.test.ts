import { isMarkRuleFormula, MARK_RULE_FORMULA, toolNoteBlock, withoutToolNote, withToolNote } from "./markformat";

describe("mark rule formula", () => {
  it("is recognised as Excel, LibreOffice and an .xlsx part write it, and nothing else is", () => {
    expect(isMarkRuleFormula(MARK_RULE_FORMULA)).toBe(true);
    expect(isMarkRuleFormula(`=${MARK_RULE_FORMULA}`)).toBe(true);
    expect(isMarkRuleFormula("N(&quot;taskplan&quot;)=0")).toBe(true);
    expect(isMarkRuleFormula('n( "taskplan" ) = 0')).toBe(true);
    expect(isMarkRuleFormula('ISNUMBER(SEARCH("牵头",F5))')).toBe(false);
    expect(isMarkRuleFormula('N("taskplanX")=0')).toBe(false);
  });
});

describe("tool text in notes", () => {
  const block = toolNoteBlock(["完成时间“及时公开”表述不明确", "缺少责任单位"]);

  it("is a header line and one bullet line per explanation", () => {
    expect(block).toBe("任务分工助手：\n• 完成时间“及时公开”表述不明确\n• 缺少责任单位");
    expect(toolNoteBlock(["Vague deadline"], "en")).toBe("Task Breakdown Assistant:\n• Vague deadline");
  });

  it("comes off a note that held nothing else", () => {
    expect(withoutToolNote(block)).toEqual({ text: null, found: true });
  });

  it("comes off leaving the user's own note exactly as it was", () => {
    const user = "原稿：请县政府办核实\n（第二行）";
    expect(withoutToolNote(withToolNote(user, block))).toEqual({ text: user, found: true });
  });

  it("keeps a reply typed into the tool's note on a line of its own", () => {
    const replied = `${block}\n县政府办回复：已明确由县政务中心牵头。`;
    expect(withoutToolNote(replied)).toEqual({ text: "县政府办回复：已明确由县政务中心牵头。", found: true });
  });

  it("removes blocks in either language and leaves a note without one untouched", () => {
    const both = withToolNote(withToolNote("备注", block), toolNoteBlock(["Vague"], "en"));
    expect(withoutToolNote(both).text).toBe("备注");
    expect(withoutToolNote("任务分工助手的说明：无")).toEqual({ text: "任务分工助手的说明：无", found: false });
  });
});
