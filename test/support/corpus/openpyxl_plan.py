# A plan written by openpyxl, as scripts in offices make them: the task table with its merges,
# a note on the title, a bar chart and a table (ListObject) on a 统计 sheet.
# Usage: python3 openpyxl_plan.py PLAN.json OUT.xlsx — PLAN.json: {"sheet", "values", "merges"}.
import json, sys
from openpyxl import Workbook
from openpyxl.chart import BarChart, Reference
from openpyxl.comments import Comment
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.table import Table, TableStyleInfo

plan = json.load(open(sys.argv[1], encoding="utf-8"))
wb = Workbook()
ws = wb.active
ws.title = plan["sheet"]
for r, row in enumerate(plan["values"], start=1):
    for c, v in enumerate(row, start=1):
        if v is not None:
            ws.cell(row=r, column=c, value=v)
for m in plan["merges"]:
    ws.merge_cells(start_row=m["top"] + 1, start_column=m["left"] + 1, end_row=m["bottom"] + 1, end_column=m["right"] + 1)
ws["A1"].comment = Comment("请各单位周五前反馈", "办公室")
stats = wb.create_sheet("统计")
stats.append(["单位", "任务数"])
for unit, n in [("县财政局", 3), ("县教育局", 2), ("县卫健局", 4)]:
    stats.append([unit, n])
table = Table(displayName="任务统计", ref="A1:B4")
table.tableStyleInfo = TableStyleInfo(name="TableStyleMedium2", showRowStripes=True)
stats.add_table(table)
chart = BarChart()
chart.title = "各单位任务数"
chart.add_data(Reference(stats, min_col=2, min_row=1, max_row=4), titles_from_data=True)
chart.set_categories(Reference(stats, min_col=1, min_row=2, max_row=4))
stats.add_chart(chart, "D2")
wb.save(sys.argv[2])
