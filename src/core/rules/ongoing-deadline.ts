// Standing work (常态化工作, 持续推进): a deadline with no point at which progress can be checked.
import { memo } from "../memo";
import { defineRule, draftsOf, type Text } from "./rule";
import { quote } from "./wording";

const ADD_A_MILESTONE: Text = { zh: "补充阶段性完成节点", en: "Add a milestone date" };

export default defineRule({
  id: "ongoing-deadline",
  severity: "info",
  label: { zh: "长期性任务", en: "Ongoing task" },
  check(plan) {
    const message = memo((text): Text => ({
      zh: `完成时间${quote(text)}为长期性表述，未设阶段性节点`,
      en: `Deadline ${quote(text)} describes ongoing work with no milestone`,
    }));
    return draftsOf(plan.rows, (r) =>
      r.cells.deadline && r.deadline.class === "ongoing"
        ? { cell: r.cells.deadline, row: r.row, message: message(r.deadline.text), suggestion: ADD_A_MILESTONE }
        : null,
    );
  },
});
