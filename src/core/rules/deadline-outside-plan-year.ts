// A dated deadline before the plan year, or after the months of grace that follow it.
import { memo } from "../memo";
import { DEFAULT_GRACE_MONTHS, isOutsidePlanYear } from "../planyear";
import { defineRule, draftsOf } from "./rule";
import { quote } from "./wording";

export default defineRule({
  id: "deadline-outside-plan-year",
  severity: "warning",
  label: { zh: "完成时间不在计划年度内", en: "Deadline outside the plan year" },
  check(plan) {
    const year = plan.planYear;
    if (year === null) return [];
    // A plan over a school year or its autumn term runs into the summer after its plan year (to
    // July 2021 for 2020-2021学年 and for 2020年秋季学期).
    const grace = Math.max(DEFAULT_GRACE_MONTHS, plan.nextYearMonths);
    const outside = memo((date) => isOutsidePlanYear(date, year, grace));
    return draftsOf(plan.rows, (r) => {
      const { deadline: d, cells } = r;
      if (!cells.deadline || d.class !== "date" || !d.date || !outside(d.date)) return null;
      const written = d.text.trim() || d.date;
      return {
        cell: cells.deadline,
        row: r.row,
        message: { zh: `完成时间${quote(written)}不在${year}年度内`, en: `Deadline ${quote(written)} is outside the plan year ${year}` },
        suggestion: { zh: "核实完成时间是否有误", en: "Check whether the deadline is right" },
      };
    });
  },
});
