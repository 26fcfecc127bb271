import { readPlan } from "./index";
import type { CellValue, Rect, SheetSnapshot } from "./schema";

// Small timetables whose column labels the reader knows few of or none (issue #9): the header is
// the row of short labels under the title, and every row under it is a row of the table — never a
// row of data that looks like the rows above it. Invented names, the layout of the published ones.

function sheet(values: CellValue[][], merges: Rect[] = []): SheetSnapshot {
  return { sheet: "表1", origin: { row: 0, col: 0 }, values, dateCells: [], merges };
}
const titleAcross: Rect = { top: 0, left: 0, bottom: 0, right: 3 };

describe("a check timetable of towns, days, seats and villages", () => {
  const simplified: CellValue[][] = [
    ["东岗镇", "7月23日", "东岗", "芦村、庄头、红旗、新明、李家"],
    ["北埠镇", "7月28日", "北埠", "花园、东窑、茅庄、致和、彭城、仙桥、泉口、连山"],
    ["开发区", "7月22日", "河口", "三村、陇东、洪家、九村、河口"],
    ["西湖镇", "7月24日", "西湖", "桥头、长岭、梅林、前进"],
    ["南溪镇", "7月25日", "南溪", "溪口、上庄、下庄、杨湾、石门"],
    ["青山镇", "7月26日", "青山", "岭下、竹园、塘坊、青山"],
    ["白沙镇", "7月27日", "白沙", "沙洲、新港、鲁村、洋坑、马头"],
    ["临江镇", "7月29日", "临江", "江边、渡口、柳树、金桥、湖滨、三元、龙泉、东山、新华、光明"],
    ["石桥镇", "7月30日", "石桥", "石桥、后村、大塘、高岭"],
    ["龙湾镇", "7月31日", "龙湾", "龙湾、湾头、西岭、新塘、周庄"],
  ];
  const traditional: CellValue[][] = [
    ["東崗鎮", "7月23日", "東崗", "蘆村、莊頭、紅旗、新明、李家"],
    ["北埠鎮", "7月28日", "北埠", "花園、東窯、茅莊、致和、彭城、仙橋、泉口、連山"],
    ["開發區", "7月22日", "河口", "三村、隴東、洪家、九村、河口"],
    ["西湖鎮", "7月24日", "西湖", "橋頭、長嶺、梅林、前進"],
    ["南溪鎮", "7月25日", "南溪", "溪口、上莊、下莊、楊灣、石門"],
    ["青山鎮", "7月26日", "青山", "嶺下、竹園、塘坊、青山"],
    ["白沙鎮", "7月27日", "白沙", "沙洲、新港、魯村、洋坑、馬頭"],
    ["臨江鎮", "7月29日", "臨江", "江邊、渡口、柳樹、金橋、湖濱、三元、龍泉、東山、新華、光明"],
    ["石橋鎮", "7月30日", "石橋", "石橋、後村、大塘、高嶺"],
    ["龍灣鎮", "7月31日", "龍灣", "龍灣、灣頭、西嶺、新塘、周莊"],
  ];
  const timetable = (title: string, labels: string[], rows: CellValue[][]) => sheet([[title, null, null, null], labels, ...rows], [titleAcross]);

  const cases: [string, string, string[], CellValue[][]][] = [
    ["simplified, labels spaced out", "各镇考核时间安排表", ["集镇(区)", "时 间", "集 镇", "行 政 村"], simplified],
    ["simplified, labels unspaced", "各镇考核时间安排表", ["集镇（区）", "时间", "集镇", "行政村"], simplified],
    ["traditional, labels spaced out", "各鎮考核時間安排表", ["集鎮(區)", "時 間", "集 鎮", "行 政 村"], traditional],
    ["traditional, labels unspaced", "各鎮考核時間安排表", ["集鎮（區）", "時間", "集鎮", "行政村"], traditional],
  ];

  it.each(cases)("heads the table with the labels under the title and reads every town (%s, 5 to 10 rows)", (_, title, labels, rows) => {
    for (let n = 5; n <= rows.length; n++) {
      const plan = readPlan(timetable(title, labels, rows.slice(0, n)));
      expect({ n, header: plan.info.headerRows }).toEqual({ n, header: [2] });
      expect(plan.rows.map((r) => r.row)).toEqual(Array.from({ length: n }, (_, i) => i + 3));
      expect(plan.rows[0].deadline.text).toBe("7月23日");
    }
  });
});

describe("an acceptance plan of groups, each checking towns on several days", () => {
  // 组别 and 参加验收人员 merged down over each group's rows: under a group's first row the next
  // row shows only a day and a town, its first cells empty.
  const plan = (labels: string[], groups: [string, string, [string, string][]][], merged: boolean): SheetSnapshot => {
    const values: CellValue[][] = [["某区农村环境整治办对各示范乡镇进行验收工作方案", null, null, null], labels];
    const merges: Rect[] = [titleAcross];
    for (const [group, members, visits] of groups) {
      const top = values.length;
      visits.forEach(([day, town], i) => values.push(i === 0 ? [group, members, day, town] : [null, null, day, town]));
      const bottom = values.length - 1;
      if (merged) merges.push({ top, left: 0, bottom, right: 0 }, { top, left: 1, bottom, right: 1 });
    }
    return sheet(values, merges);
  };
  const simplifiedLabels = ["组别", "参加验收人员", "验收时间", "验收乡镇"];
  const traditionalLabels = ["組別", "參加驗收人員", "驗收時間", "驗收鄉鎮(zhèn)"];
  const simplifiedVisits: [string, string][][] = [
    [
      ["7月20日", "雷锋镇"],
      ["7月22日", "白箬铺镇"],
    ],
    [
      ["7月20日", "乌山镇"],
      ["7月21日", "黄金镇"],
      ["7月22日", "高塘岭镇"],
    ],
  ];
  const traditionalVisits: [string, string][][] = [
    [
      ["7月20日", "雷鋒鎮"],
      ["7月22日", "白箬(ruò)鋪鎮"],
    ],
    [
      ["7月20日", "烏山鎮"],
      ["7月21日", "黃金鎮"],
      ["7月22日", "高塘嶺鎮"],
    ],
  ];
  const cases: [string, string[], string[], [string, string][][]][] = [
    ["simplified, a leader marked", simplifiedLabels, ["张某(组长)王某 李某 赵某", "谢某(组长)李某 周某 侯某"], simplifiedVisits],
    ["simplified, names alone", simplifiedLabels, ["张某 王某 李某 赵某", "谢某 李某 周某 侯某"], simplifiedVisits],
    ["traditional with pinyin, a leader marked", traditionalLabels, ["張某(組長)王某 李某 趙某", "謝某(組長)李某 周某 侯某"], traditionalVisits],
    ["traditional with pinyin, names alone", traditionalLabels, ["張某 王某 李某 趙某", "謝某 李某 周某 侯某"], traditionalVisits],
  ];

  it.each(cases)("heads the table with the labels under the title and reads both groups' every day (%s)", (_, labels, members, visits) => {
    for (const merged of [true, false]) {
      const read = readPlan(plan(labels, [["一", members[0], visits[0]], ["二", members[1], visits[1]]], merged));
      expect({ merged, header: read.info.headerRows }).toEqual({ merged, header: [2] });
      expect(read.rows.map((r) => r.row)).toEqual([3, 4, 5, 6, 7]);
      expect(read.rows[0].deadline.text).toBe("7月20日");
    }
  });
});

describe("a split of sown areas among towns, copied from a mirror site that glosses characters in pinyin", () => {
  // 乡镇(农场) | 可种植面积 | 2023年小麦任务面积 | 备注 over one row per town and a 合计 row, no task or
  // deadline column: the mirror republishes it in traditional characters, some followed by their
  // pinyin in brackets. A gloss makes a label three times as long; the labels still head the table.
  const towns: [string, string, string][] = [
    ["東坡鄉(xiāng)", "8.44", "0.91"],
    ["紅石鎮(zhèn)", "32.01", "3.89"],
    ["柳河鎮(zhèn)", "21.50", "2.30"],
    ["西營鄉(xiāng)", "18.20", "1.70"],
    ["南灘農(nóng)場", "12.60", "1.20"],
    ["沙井子鎮(zhèn)", "27.35", "2.95"],
    ["青林鄉(xiāng)", "15.08", "1.44"],
  ];
  const title = "某縣2023年小麥種植任務(wù)分解表";
  const labelSets: [string, string[]][] = [
    ["every label glossed", ["鄉(xiāng)鎮(zhèn)(農(nóng)場)", "可種植面積", "2023年小麥任務(wù)面積", "備注"]],
    ["the 乡镇 label glossed only", ["鄉(xiāng)鎮(zhèn)(農(nóng)場)", "可種植面積", "2023年小麥任務面積", "備注"]],
    ["the gloss of 任务 only", ["鄉鎮(農場)", "可種植面積", "2023年小麥任務(wù)面積", "備注"]],
  ];
  const split = (labels: string[], rows: [string, string, string][]): SheetSnapshot =>
    sheet(
      [[title, null, null, null], labels, ...rows.map(([town, area, task]): CellValue[] => [town, area, task, null]), ["合計", "209.43", null, null]],
      [titleAcross],
    );

  it.each(labelSets)("heads the table with the glossed labels and reads every town, the first too (%s, 3 to 7 towns)", (_, labels) => {
    for (let n = 3; n <= towns.length; n++) {
      const plan = readPlan(split(labels, towns.slice(0, n)));
      expect({ n, header: plan.info.headerRows }).toEqual({ n, header: [2] });
      expect(plan.rows.map((r) => r.row)).toEqual(Array.from({ length: n }, (_, i) => i + 3));
      expect(plan.rows[0].units.map((u) => u.name)).toEqual(["东坡乡"]);
      expect(plan.info.columns.remark).toBe("D");
    }
  });

  it("keeps the title as the sheet shows it, glosses and all", () => {
    expect(readPlan(split(labelSets[0][1], towns)).title).toBe(title);
  });
});
