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

function artefactDraft(cell: string, row: number, found: readonly TextArtefact[]): Draft {
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

const IN_PROSE = { unitList: false };
const IN_UNIT_LIST = { unitList: true };

/** One cell of row `r`; `shared`: the same cell of the task row before (a merged cell it shares
 * with this row was checked there). */
function checkCell(
  out: Draft[],
  r: PlanRow,
  cell: string | undefined,
  shared: string | undefined,
  text: string,
  opts: { unitList: boolean },
): void {
  if (!cell || !text || cell === shared) return;
  const found = findTextArtefacts(text, opts);
  if (found.length) out.push(artefactDraft(cell, r.row, found));
}

export default defineRule({
  id: "text-artefact",
  severity: "info",
  label: { zh: "拼音、空格等文字残留", en: "Text artefacts (pinyin, stray spaces …)" },
  check(plan) {
    const out: Draft[] = [];
    // Called for every row of a long plan: no closure or option object per row.
    for (let i = 0; i < plan.rows.length; i++) {
      const r = plan.rows[i];
      const previous = i > 0 ? plan.rows[i - 1].cells : undefined;
      checkCell(out, r, r.cells.requirement, previous?.requirement, r.requirement, IN_PROSE);
      checkCell(out, r, r.cells.units, previous?.units, r.unitText, IN_UNIT_LIST);
    }
    return out;
  },
});
