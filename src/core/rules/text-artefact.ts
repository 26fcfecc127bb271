// Left-overs of copying a plan out of a web page or a PDF: pinyin glosses (關(guān)) and words broken
// by a space or a line break. The advice names only what was found.
import type { PlanRow } from "../model";
import { findTextArtefacts, type TextArtefact } from "../normalise";
import { defineRule, type Draft, type Text } from "./rule";
import { quote } from "./wording";

const KIND: Record<TextArtefact["kind"], { found: Text; remove: Text }> = {
  "pinyin-gloss": { found: { zh: "拼音注音", en: "pinyin glosses" }, remove: { zh: "拼音注音", en: "the pinyin glosses" } },
  "stray-space": { found: { zh: "多余空格", en: "stray spaces" }, remove: { zh: "多余空格", en: "the stray spaces" } },
  "line-break": { found: { zh: "多余换行", en: "stray line breaks" }, remove: { zh: "多余换行", en: "the stray line breaks" } },
};

function artefactDraft(cell: string, row: number, found: TextArtefact[]): Draft {
  const kinds = [...new Set(found.map((f) => f.kind))].map((k) => KIND[k]);
  const excerpts = found.slice(0, 3).map((f) => quote(f.excerpt));
  return {
    cell,
    row,
    message: {
      zh: `文字中有${kinds.map((k) => k.found.zh).join("和")}：${excerpts.join("、")}`,
      en: `The text has ${kinds.map((k) => k.found.en).join(" and ")}: ${excerpts.join(", ")}`,
    },
    suggestion: {
      zh: `删除${kinds.map((k) => k.remove.zh).join("和")}`,
      en: `Remove ${kinds.map((k) => k.remove.en).join(" and ")}`,
    },
  };
}

/** `previous`: the task row before; a merged cell it shares with this row was checked there. */
function checkRow(out: Draft[], r: PlanRow, previous: PlanRow | undefined): void {
  const check = (cell: string | undefined, shared: string | undefined, text: string, unitList: boolean) => {
    if (!cell || !text || cell === shared) return;
    const found = findTextArtefacts(text, { unitList });
    if (found.length) out.push(artefactDraft(cell, r.row, found));
  };
  check(r.cells.requirement, previous?.cells.requirement, r.requirement, false);
  check(r.cells.units, previous?.cells.units, r.unitText, true);
}

export default defineRule({
  id: "text-artefact",
  severity: "info",
  label: { zh: "拼音、空格等文字残留", en: "Text artefacts (pinyin, stray spaces …)" },
  check(plan) {
    const out: Draft[] = [];
    plan.rows.forEach((r, i) => checkRow(out, r, plan.rows[i - 1]));
    return out;
  },
});
