// Jest reporter printing the fidelity table from test/fidelity.test.ts: feature × operation,
// kept or lost, one row per feature of each corpus book, then each book's "every other part
// byte-identical" and clear(check(x)) = x. Run: npm run fidelity-table.
const OPERATIONS = ["check --out", "clear", "split --out"];

class FidelityReporter {
  onRunComplete(_contexts, results) {
    const rows = new Map();
    const cell = (row, op, status) => {
      if (!rows.has(row)) rows.set(row, {});
      rows.get(row)[op] = status === "passed" ? "kept" : status === "failed" ? "LOST" : "-";
    };
    for (const file of results.testResults) {
      for (const t of file.testResults) {
        const feature = /^(.+?): (.+) × (check --out|clear|split --out)$/.exec(t.title);
        if (feature) cell(`${feature[1]}: ${feature[2]}`, feature[3], t.status);
        const parts = /^(check --out|clear|split --out): every part it need not change is byte-identical$/.exec(t.title);
        if (parts) cell(`${t.ancestorTitles.at(-1)}: every other part byte-identical`, parts[1], t.status);
        if (t.title === "clear(check(x)) equals x, part for part") cell(`${t.ancestorTitles.at(-1)}: clear(check(x)) = x`, "clear", t.status);
      }
    }
    if (rows.size === 0) return;
    const header = ["feature", ...OPERATIONS];
    const table = [...rows].map(([name, ops]) => [name, ...OPERATIONS.map((op) => ops[op] ?? "")]);
    const width = (s) => [...s].reduce((w, ch) => w + (ch.charCodeAt(0) > 0x2e7f ? 2 : 1), 0);
    const widths = header.map((h, i) => Math.max(width(h), ...table.map((r) => width(r[i]))));
    const line = (cells) => cells.map((c, i) => c + " ".repeat(widths[i] - width(c))).join("  ");
    const kept = table.reduce((n, r) => n + r.slice(1).filter((c) => c === "kept").length, 0);
    const total = table.reduce((n, r) => n + r.slice(1).filter((c) => c !== "").length, 0);
    process.stdout.write(
      [``, `Fidelity: ${kept} of ${total} kept`, line(header), widths.map((w) => "-".repeat(w)).join("  "), ...table.map(line), ``].join("\n"),
    );
  }
}

module.exports = FidelityReporter;
