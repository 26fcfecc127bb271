// The sheet as a spreadsheet-like grid, modelled on Excel: column letters and row numbers, merged
// cells, this tool's marks in the fill colours Excel shows, the table's header rows and 序号 column
// frozen (as the core read them), a cell cursor moved by the keyboard, and the selected cell's
// whole text in a formula bar above. Rows are virtualised (react-window) so a 100k-row plan
// scrolls; a cell reaches assistive technology through ARIA grid semantics with a roving tabindex.
import { useCallback, useEffect, useImperativeHandle, useLayoutEffect, useMemo, useRef, useState, type CSSProperties, type KeyboardEvent, type MouseEvent, type ReactElement, type ReactNode, type Ref } from "react";
import { List, type RowComponentProps } from "react-window";
import { a1, columnLetter, parseA1 } from "../core/address";
import type { Mark, MarkPlan, Severity, SheetSnapshot } from "../core/schema";
import { SEVERITY_LOOK } from "../core/severitylook";
import { FONT_PX, PAD_X, TALL_LINES, WRAP_LINES, anchorOf, columnLefts, fitWidths, moveCursor, sheetLayout, withMarks, type CellPos, type GridModel, type TableShape } from "./gridModel";
import { SeverityGlyph } from "../taskpane/SeverityIcon";
import { FORMULA_MARK_ID, FormulaBar, MarkLegend, type GridLang } from "./gridChrome";

export interface SheetGridHandle {
  /** Scrolls the cell (or the merge holding it) into the middle of the view, selects and focuses it. */
  scrollTo(address: string): void;
}

export interface SheetGridProps {
  snapshot: SheetSnapshot;
  marks: MarkPlan | null;
  /** The core's reading of the sheet's table: its header rows and 序号 column are frozen. */
  table: TableShape | null;
  lang: GridLang;
  ref?: Ref<SheetGridHandle>;
}

const LINE_H = 20;
const HEADER_H = 26;
const TIP_ID = "sheet-grid-tip";
const LINE = "1px solid #e0e0e0";
const HEAD_LINE = "1px solid #c8c8c8";
const HEAD_BG = "#f3f3f3";
const HEAD_BG_ACTIVE = "#d6e4f5";
const CURSOR = "#0f6cbd";
/** Narrower than this, rows hold one line of text: more rows fit, the formula bar shows the rest. */
const NARROW_GRID = 600;
const FONT = `${FONT_PX}px "Segoe UI", "Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", sans-serif`;

/** Who put the cursor where it is: nobody yet (nothing drawn), the pane, a check, or the user. */
type CursorSource = "pane" | "check" | "user";

interface Cursor {
  /** The position walked to (keeps its row or column across merges); the selected cell is its anchor. */
  at: CellPos;
  by: CursorSource | null;
}

interface Tip {
  mark: Mark;
  x: number;
  y: number;
}

/** Everything a row needs to draw, shared by the drawn-apart rows and react-window's. */
interface RowProps {
  model: GridModel;
  widths: number[];
  lefts: number[];
  totalWidth: number;
  rowH: number;
  rownumW: number;
  /** The selected cell (a merge's anchor) and whether it is drawn as selected. */
  selected: CellPos;
  cursorShown: boolean;
  highlight: boolean;
  /** The first row drawn in this block: merges from above it are drawn from here. */
  clipTop: number;
  /** Height of the frozen rows: tall merges keep their text below them. */
  stickyTextTop: number;
  tipAddress: string | null;
  showTip: (mark: Mark, el: HTMLElement) => void;
  hideTip: () => void;
}

const cellBase: CSSProperties = {
  position: "absolute",
  top: 0,
  padding: `3px ${PAD_X}px`,
  boxSizing: "border-box",
  borderRight: LINE,
  borderBottom: LINE,
  overflow: "hidden",
  lineHeight: `${LINE_H}px`,
};

const headBase: CSSProperties = {
  position: "absolute",
  top: 0,
  textAlign: "center",
  color: "#555",
  borderRight: LINE,
  borderBottom: HEAD_LINE,
  boxSizing: "border-box",
  overflow: "hidden",
};

/** Text clamped to the lines the cell has room for, ending in an ellipsis. */
function clamped(text: string, lines: number): CSSProperties {
  return lines <= 1
    ? { whiteSpace: "pre", overflow: "hidden", textOverflow: "ellipsis" }
    : {
        display: "-webkit-box",
        WebkitBoxOrient: "vertical",
        WebkitLineClamp: lines,
        overflow: "hidden",
        whiteSpace: "pre-wrap",
        wordBreak: text.length > 40 ? "break-all" : "normal",
      };
}

function drawRow(row: number, style: CSSProperties, p: RowProps): ReactElement {
  const { model, widths, lefts, rowH, rownumW, selected } = p;
  const frozenCols = model.frozen.cols;
  const header = model.frozen.header;
  const inHeader = header !== null && row >= header.top && row <= header.bottom;
  const frozenCells: ReactNode[] = [];
  const cells: ReactNode[] = [];
  for (let col = 0; col < model.colCount; col++) {
    const span = model.mergeAt(row, col);
    let rows = 1;
    let cols = 1;
    if (span) {
      const isAnchor = span.top === row && span.left === col;
      // A merge whose anchor row is above this block (scrolled out, or in the frozen rows) is drawn from its first row here.
      const isStandIn = span.left === col && span.top < p.clipTop && row === p.clipTop;
      if (!isAnchor && !isStandIn) continue;
      rows = span.top + span.rows - row;
      cols = span.cols;
    }
    const anchorRow = span ? span.top : row;
    const mark = model.markAt(anchorRow, col);
    const address = a1(anchorRow, col);
    const text = model.text(anchorRow, col);
    const isSelected = selected.row === anchorRow && selected.col === col;
    const last = col + cols - 1;
    const width = lefts[last] + widths[last] - lefts[col];
    const frozen = last < frozenCols;
    const height = rows * rowH;
    const lines = Math.max(1, Math.floor((height - 7) / LINE_H));
    const severity: Severity | undefined = mark?.severity;
    const cellStyle: CSSProperties = {
      ...cellBase,
      left: rownumW + lefts[col],
      width,
      height,
      zIndex: rows > 1 ? 1 : undefined,
      background: severity ? `#${SEVERITY_LOOK[severity].fill}` : "#fff",
      outline: isSelected && p.cursorShown ? `2px solid ${CURSOR}` : undefined,
      outlineOffset: -2,
      textAlign: cols > 1 && rows === 1 ? "center" : undefined,
      fontWeight: inHeader || cols > 2 ? 600 : undefined,
      paddingRight: severity ? PAD_X + 14 : PAD_X,
    };
    const content = <div style={clamped(text, rows > 2 ? Math.min(lines, TALL_LINES) : lines)}>{text}</div>;
    const describedBy = p.tipAddress === address ? TIP_ID : isSelected && mark ? FORMULA_MARK_ID : undefined;
    const cell = (
      <div
        key={col}
        role={inHeader ? "columnheader" : "gridcell"}
        aria-colindex={col + 2}
        aria-colspan={cols > 1 ? cols : undefined}
        aria-rowspan={rows > 1 ? rows : undefined}
        aria-selected={isSelected}
        data-address={address}
        data-severity={severity}
        data-highlight={isSelected && p.highlight ? "true" : undefined}
        tabIndex={isSelected ? 0 : -1}
        aria-describedby={describedBy}
        style={cellStyle}
        onMouseEnter={mark ? (e) => p.showTip(mark, e.currentTarget) : undefined}
        onMouseLeave={mark ? p.hideTip : undefined}
        onFocus={mark ? (e) => p.showTip(mark, e.currentTarget) : undefined}
        onBlur={mark ? p.hideTip : undefined}
      >
        {severity && <SeverityGlyph severity={severity} style={{ position: "absolute", top: 3, right: 2, width: 14, height: 14 }} />}
        {/* Tall merged cells keep their text in view while their rows scroll past. */}
        {rows > 2 ? <div style={{ position: "sticky", top: p.stickyTextTop + 3 }}>{content}</div> : content}
      </div>
    );
    (frozen ? frozenCells : cells).push(cell);
  }
  const rowSelected = selected.row === row;
  return (
    <div key={row} role="row" aria-rowindex={row + 2} style={{ ...style, width: rownumW + p.totalWidth, height: rowH }}>
      {cells}
      {/* The row number and the frozen columns stay at the left edge while the sheet scrolls sideways. */}
      <div style={{ position: "sticky", left: 0, zIndex: 2, width: rownumW + (frozenCols ? lefts[frozenCols - 1] + widths[frozenCols - 1] : 0), height: rowH }}>
        <div
          role="rowheader"
          aria-colindex={1}
          style={{ ...headBase, left: 0, width: rownumW, height: rowH, lineHeight: `${rowH}px`, borderRight: HEAD_LINE, borderBottom: LINE, background: rowSelected && p.cursorShown ? HEAD_BG_ACTIVE : HEAD_BG }}
        >
          {row + 1}
        </div>
        {frozenCells}
      </div>
    </div>
  );
}

function GridRow({ index, style, ...p }: RowComponentProps<RowProps & { first: number }>) {
  return drawRow(p.first + index, style, p);
}

/** Rows drawn apart from the virtualised list: the title above the table, and its frozen header. */
function RowBlock({ from, to, p, style }: { from: number; to: number; p: RowProps; style: CSSProperties }) {
  const rows: ReactNode[] = [];
  for (let row = from; row < to; row++) rows.push(drawRow(row, { position: "absolute", left: 0, top: (row - from) * p.rowH }, { ...p, clipTop: from }));
  return (
    <div role="rowgroup" style={{ ...style, width: p.rownumW + p.totalWidth, height: (to - from) * p.rowH }}>
      {rows}
    </div>
  );
}

/** Keeps an element's inner size in state, so layout follows the window. */
function useInnerSize(el: HTMLElement | null): { width: number; height: number } {
  const [size, setSize] = useState({ width: 0, height: 0 });
  useLayoutEffect(() => {
    if (!el) return;
    const read = () => setSize((s) => (s.width === el.clientWidth && s.height === el.clientHeight ? s : { width: el.clientWidth, height: el.clientHeight }));
    read();
    const observer = new ResizeObserver(read);
    observer.observe(el);
    return () => observer.disconnect();
  }, [el]);
  return size;
}

export function SheetGrid({ snapshot, marks, table, lang, ref }: SheetGridProps) {
  const layout = useMemo(() => sheetLayout(snapshot, table), [snapshot, table]);
  const model = useMemo(() => withMarks(layout, marks), [layout, marks]);
  const [scroller, setScroller] = useState<HTMLDivElement | null>(null);
  const view = useInnerSize(scroller);
  const rownumW = Math.max(40, String(model.rowCount).length * 9 + 16);
  const widths = useMemo(() => (view.width ? fitWidths(layout.widths, view.width - rownumW) : layout.widths), [layout, view.width, rownumW]);
  const { lefts, total: totalWidth } = useMemo(() => columnLefts(widths), [widths]);
  const rowH = (view.width && view.width < NARROW_GRID ? 1 : WRAP_LINES) * LINE_H + 7;
  const header = model.frozen.header;
  const frozenRowsH = header ? (header.bottom - header.top + 1) * rowH : 0;
  const frozenW = model.frozen.cols ? lefts[model.frozen.cols - 1] + widths[model.frozen.cols - 1] : 0;

  // Before anything is chosen, the Tab stop is the first task cell right of the frozen columns.
  const [cursor, setCursor] = useState<Cursor>(() => ({
    at: { row: Math.min(model.bodyStart, model.rowCount - 1), col: Math.min(model.frozen.cols, model.colCount - 1) },
    by: null,
  }));
  const selected = useMemo(() => anchorOf(model, cursor.at), [model, cursor.at]);
  const [mounted, setMounted] = useState({ start: 0, stop: -1 });
  const [tip, setTip] = useState<Tip | null>(null);
  const pendingFocus = useRef(false);

  const showTip = useCallback((mark: Mark, el: HTMLElement) => {
    const r = el.getBoundingClientRect();
    // Beside the cell, where there is room, so the rows under it stay readable.
    const right = r.right + 300 <= window.innerWidth;
    setTip({ mark, x: right ? r.right + 4 : Math.max(4, r.left - 304), y: r.top });
  }, []);
  const hideTip = useCallback(() => setTip(null), []);

  /** Scrolls so the cell is in the part of the view the frozen panes leave: to the middle, or the least scroll. */
  const bringIntoView = useCallback(
    (cell: CellPos, el: HTMLDivElement, centre: boolean) => {
      const span = model.mergeAt(cell.row, cell.col);
      const inFrozenRows = header !== null && cell.row >= header.top && cell.row <= header.bottom;
      if (!inFrozenRows) {
        const top = cell.row * rowH;
        const bottom = top + (span ? span.top + span.rows - cell.row : 1) * rowH;
        const reserved = cell.row < model.bodyStart ? 0 : frozenRowsH;
        const viewH = el.clientHeight - HEADER_H;
        if (centre) el.scrollTop = Math.max(0, top - reserved - (viewH - reserved - rowH) / 2);
        else if (top < el.scrollTop + reserved) el.scrollTop = top - reserved;
        else if (top + rowH > el.scrollTop + viewH) el.scrollTop = Math.min(top - reserved, bottom - viewH);
      }
      if (cell.col >= model.frozen.cols) {
        const last = span ? span.left + span.cols - 1 : cell.col;
        const left = lefts[cell.col];
        const right = lefts[last] + widths[last];
        const viewW = el.clientWidth - rownumW;
        if (left < el.scrollLeft + frozenW) el.scrollLeft = Math.max(0, left - frozenW);
        else if (right > el.scrollLeft + viewW) el.scrollLeft = Math.min(left - frozenW, right - viewW);
      }
    },
    [model, header, rowH, frozenRowsH, lefts, widths, rownumW, frozenW],
  );

  const pendingScroll = useRef<{ centre: boolean } | null>(null);
  const go = useCallback(
    (at: CellPos, by: CursorSource, how: { centre: boolean; focus: boolean }) => {
      if (at.row >= model.rowCount || at.col >= model.colCount) return;
      pendingScroll.current = { centre: how.centre };
      pendingFocus.current = how.focus;
      setCursor({ at, by });
    },
    [model],
  );
  // Scrolled once the cursor is drawn: the view is measured as it is with the new cell selected.
  useLayoutEffect(() => {
    const request = pendingScroll.current;
    if (!request || !scroller) return;
    pendingScroll.current = null;
    bringIntoView(selected, scroller, request.centre);
  }, [cursor, selected, scroller, bringIntoView]);

  // A cell asked for before the grid's element exists is shown as soon as it does.
  const pendingReveal = useRef<string | null>(null);
  const reveal = useCallback(
    (address: string) => {
      const at = parseA1(address);
      if (at) go(at, "pane", { centre: true, focus: true });
    },
    [go],
  );
  useImperativeHandle(
    ref,
    () => ({
      scrollTo(address: string) {
        if (scroller) reveal(address);
        else pendingReveal.current = address;
      },
    }),
    [reveal, scroller],
  );
  useEffect(() => {
    if (scroller && pendingReveal.current) {
      reveal(pendingReveal.current);
      pendingReveal.current = null;
    }
  }, [reveal, scroller]);

  // After a check the view goes to the first finding, as Excel's 定位 would; the pane keeps focus.
  // Marks present when the grid opens (another sheet shown again) leave the view alone.
  const marksShown = useRef(marks);
  useEffect(() => {
    if (!scroller || !view.height || marks === marksShown.current) return;
    marksShown.current = marks;
    const first = model.firstMark;
    if (first) go({ row: first.row, col: first.col }, "check", { centre: true, focus: false });
  }, [marks, model, scroller, view.height, go]);

  const focusSelected = useCallback(() => {
    if (!pendingFocus.current || !scroller) return;
    const el = scroller.querySelector<HTMLElement>(`[data-address="${a1(selected.row, selected.col)}"]`);
    if (el) {
      pendingFocus.current = false;
      el.focus({ preventScroll: true });
    }
  }, [scroller, selected.row, selected.col]);
  // Focus the selected cell now when its row is drawn, else once react-window has drawn it.
  useEffect(focusSelected, [focusSelected, cursor]);
  const onRowsRendered = useCallback(
    (_visible: { startIndex: number; stopIndex: number }, all: { startIndex: number; stopIndex: number }) => {
      setMounted({ start: model.bodyStart + all.startIndex, stop: model.bodyStart + all.stopIndex });
      focusSelected();
    },
    [model.bodyStart, focusSelected],
  );

  const pageRows = Math.max(1, Math.floor((view.height - HEADER_H - frozenRowsH) / rowH) - 1);
  const onKeyDown = useCallback(
    (e: KeyboardEvent<HTMLDivElement>) => {
      // Keys typed in anything but a cell or the grid itself (none today) are not the cursor's.
      if (e.altKey || (e.target !== e.currentTarget && !(e.target as HTMLElement).hasAttribute("data-address"))) return;
      const next = moveCursor(model, cursor.at, { key: e.key, ctrl: e.ctrlKey || e.metaKey, pageRows });
      if (!next) return;
      e.preventDefault();
      go(next, "user", { centre: false, focus: true });
    },
    [model, cursor.at, pageRows, go],
  );
  const onClick = useCallback(
    (e: MouseEvent<HTMLDivElement>) => {
      const address = (e.target as HTMLElement).closest("[data-address]")?.getAttribute("data-address");
      const at = address ? parseA1(address) : null;
      if (at) go(at, "user", { centre: false, focus: true });
    },
    [go],
  );

  const rowProps: RowProps = useMemo(
    () => ({
      model,
      widths,
      lefts,
      totalWidth,
      rowH,
      rownumW,
      selected,
      cursorShown: cursor.by !== null,
      highlight: cursor.by === "pane",
      clipTop: Math.max(mounted.start, model.bodyStart),
      stickyTextTop: HEADER_H + frozenRowsH,
      tipAddress: tip?.mark.address ?? null,
      showTip,
      hideTip,
    }),
    [model, widths, lefts, totalWidth, rowH, rownumW, selected, cursor.by, mounted.start, frozenRowsH, tip, showTip, hideTip],
  );
  const listProps = useMemo(() => ({ ...rowProps, first: model.bodyStart }), [rowProps, model.bodyStart]);

  // With the selected cell's row not drawn (scrolled far away), the grid itself takes the Tab stop.
  const selectedDrawn = selected.row < model.bodyStart || (selected.row >= mounted.start && selected.row <= mounted.stop);

  const counts = useMemo(() => {
    const c: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
    for (const m of marks?.marks ?? []) c[m.severity]++;
    return c;
  }, [marks]);

  const letters: ReactNode[] = [];
  const frozenLetters: ReactNode[] = [];
  for (let col = 0; col < model.colCount; col++) {
    const active = cursor.by !== null && col >= selected.col && col < selected.col + (model.mergeAt(selected.row, selected.col)?.cols ?? 1);
    (col < model.frozen.cols ? frozenLetters : letters).push(
      <div
        key={col}
        role="columnheader"
        aria-colindex={col + 2}
        style={{ ...headBase, left: rownumW + lefts[col], width: widths[col], height: HEADER_H, lineHeight: `${HEADER_H}px`, background: active ? HEAD_BG_ACTIVE : HEAD_BG }}
      >
        {columnLetter(col)}
      </div>,
    );
  }

  const selectedSpan = model.mergeAt(selected.row, selected.col);
  const selectedAddress = selectedSpan
    ? `${a1(selectedSpan.top, selectedSpan.left)}:${a1(selectedSpan.top + selectedSpan.rows - 1, selectedSpan.left + selectedSpan.cols - 1)}`
    : a1(selected.row, selected.col);

  return (
    <div style={{ display: "flex", flexDirection: "column", height: "100%", width: "100%", font: FONT, color: "#242424" }}>
      <MarkLegend counts={counts} lang={lang} />
      <FormulaBar address={selectedAddress} text={model.text(selected.row, selected.col)} mark={model.markAt(selected.row, selected.col)} lang={lang} />
      <div
        ref={setScroller}
        role="grid"
        aria-label={snapshot.sheet}
        aria-rowcount={model.rowCount + 1}
        aria-colcount={model.colCount + 1}
        data-testid="sheet-grid"
        tabIndex={selectedDrawn ? -1 : 0}
        onKeyDown={onKeyDown}
        onClick={onClick}
        // Sized by the page alone (contain), so a change in the pane beside it does not lay out
        // every drawn cell again: on a 10k-row check that layout alone took 40–60 ms.
        style={{ position: "relative", overflow: "auto", flex: 1, minHeight: 0, contain: "strict", background: "#fafafa", borderTop: HEAD_LINE, fontSize: FONT_PX }}
      >
        <div role="rowgroup" style={{ position: "sticky", top: 0, zIndex: 5, height: HEADER_H, width: rownumW + totalWidth }}>
          <div role="row" aria-rowindex={1} style={{ position: "relative", height: HEADER_H }}>
            {letters}
            <div style={{ position: "sticky", left: 0, zIndex: 1, width: rownumW + frozenW, height: HEADER_H }}>
              {/* The corner above the row numbers: drawn, but no header of anything. */}
              <div aria-hidden style={{ ...headBase, left: 0, width: rownumW, height: HEADER_H, background: HEAD_BG }} />
              {frozenLetters}
            </div>
          </div>
        </div>
        {header && header.top > 0 && <RowBlock from={0} to={header.top} p={rowProps} style={{ position: "relative" }} />}
        {header && <RowBlock from={header.top} to={model.bodyStart} p={rowProps} style={{ position: "sticky", top: HEADER_H, zIndex: 4 }} />}
        <List
          role="rowgroup"
          scrollElement={scroller}
          rowCount={model.rowCount - model.bodyStart}
          rowHeight={rowH}
          rowComponent={GridRow}
          rowProps={listProps}
          overscanCount={6}
          onRowsRendered={onRowsRendered}
          style={{ width: rownumW + totalWidth }}
        />
      </div>
      {tip && (
        <div
          id={TIP_ID}
          role="tooltip"
          style={{
            position: "fixed",
            left: tip.x,
            top: tip.y,
            zIndex: 10,
            width: 296,
            boxSizing: "border-box",
            padding: "6px 8px",
            background: "#242424",
            color: "#fff",
            borderRadius: 4,
            whiteSpace: "pre-wrap",
            fontSize: FONT_PX,
            lineHeight: "20px",
            boxShadow: "0 2px 8px rgba(0,0,0,.25)",
            pointerEvents: "none",
          }}
        >
          {`${tip.mark.address}\n${tip.mark.note}`}
        </div>
      )}
    </div>
  );
}
