// Bench output: a titled table with aligned columns (numbers right-aligned).
export function printTable(title: string, header: string[], rows: string[][]): void {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (/^[\d.,×-]+$/.test(c) ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join("  ");
  process.stdout.write(
    [`\n${title}`, line(header), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)].join("\n") + "\n",
  );
}
