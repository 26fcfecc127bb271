// The sheet as a spreadsheet-like grid: column letters, row numbers, merged cells, and this
// tool's marks in the fill colours Excel shows. Rows are virtualised (react-window) so a 10k-row
// plan scrolls smoothly; the header row and the row numbers stay in place while scrolling.
import { useCallback, useEffect, useImperativeHandle, useMemo, useRef, useState, type CSSProperties, type Ref } from "react";
import { List, type RowComponentProps } from "react-window";
import { a1, columnLetter, parseA1 } from "../core/address";
import { SEVERITY_FILL, type Mark, type MarkPlan, type SheetSnapshot } from "../core/schema";
import { buildGridModel, type GridModel } from "./gridModel";

export interface SheetGridHandle {
  /** Scrolls the cell (or the merge holding it) into the middle of the view, highlights and focuses it. */
  scrollTo(address: string): void;
}

export interface SheetGridProps {
  snapshot: SheetSnapshot;
  marks: MarkPlan | null;
  ref?: Ref<SheetGridHandle>;
}

const ROW_H = 40;
const HEADER_H = 24;
const ROWNUM_W = 52;
const TIP_ID = "sheet-grid-tip";
const LINE = "1px solid #e0e0e0";
const FONT = '13px "Segoe UI", "Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", sans-serif';

interface Cell {
  row: number;
  col: number;
}

interface Tip {
  mark: Mark;
  x: number;
  y: number;
}

interface RowProps {
  model: GridModel;
  highlight: Cell | null;
  /** First row react-window has mounted: merges whose anchor row is above it are drawn from here. */
  firstMounted: number;
  showTip: (mark: Mark, el: HTMLElement) => void;
  hideTip: () => void;
}

const headerCell: CSSProperties = {
  position: "absolute",
  top: 0,
  height: HEADER_H,
  lineHeight: `${HEADER_H}px`,
  textAlign: "center",
  background: "#f3f3f3",
  color: "#555",
  borderRight: LINE,
  borderBottom: "1px solid #c8c8c8",
  boxSizing: "border-box",
  fontSize: 12,
};

const rowHeader: CSSProperties = {
  position: "sticky",
  left: 0,
  zIndex: 2,
  width: ROWNUM_W,
  height: ROW_H,
  lineHeight: `${ROW_H}px`,
  textAlign: "center",
  background: "#f3f3f3",
  color: "#555",
  borderRight: "1px solid #c8c8c8",
  borderBottom: LINE,
  boxSizing: "border-box",
  fontSize: 12,
};

function GridRow({ index, style, model, highlight, firstMounted, showTip, hideTip }: RowComponentProps<RowProps>) {
  const cells = [];
  for (let col = 0; col < model.colCount; col++) {
    const span = model.mergeAt(index, col);
    let rows = 1;
    let cols = 1;
    if (span) {
      const isAnchor = span.top === index && span.left === col;
      // A merge whose anchor row has scrolled out of the mounted range is drawn from the first mounted row.
      const isStandIn = span.left === col && span.top < firstMounted && index === firstMounted;
      if (!isAnchor && !isStandIn) continue;
      rows = span.top + span.rows - index;
      cols = span.cols;
    }
    const anchorRow = span ? span.top : index;
    const mark = model.markAt(anchorRow, col);
    const address = a1(anchorRow, col);
    const text = model.text(anchorRow, col);
    const lit = highlight !== null && highlight.row === anchorRow && highlight.col === col;
    const width = model.lefts[col + cols - 1] + model.widths[col + cols - 1] - model.lefts[col];
    const cellStyle: CSSProperties = {
      position: "absolute",
      left: ROWNUM_W + model.lefts[col],
      top: 0,
      width,
      height: rows * ROW_H,
      zIndex: rows > 1 ? 1 : undefined,
      padding: "3px 6px",
      boxSizing: "border-box",
      borderRight: LINE,
      borderBottom: LINE,
      background: mark ? `#${SEVERITY_FILL[mark.severity]}` : "#fff",
      outline: lit ? "2px solid #0f6cbd" : undefined,
      outlineOffset: -2,
      overflow: "hidden",
      whiteSpace: "pre-wrap",
      wordBreak: "break-all",
      lineHeight: "17px",
      textAlign: cols > 1 && rows === 1 ? "center" : undefined,
      fontWeight: cols > 2 ? 600 : undefined,
    };
    cells.push(
      <div
        key={col}
        role="gridcell"
        aria-colindex={col + 2}
        data-address={address}
        data-severity={mark?.severity}
        data-highlight={lit ? "true" : undefined}
        tabIndex={mark || lit ? 0 : -1}
        title={mark ? undefined : text.length > 20 ? text : undefined}
        aria-describedby={mark ? TIP_ID : undefined}
        style={cellStyle}
        onMouseEnter={mark ? (e) => showTip(mark, e.currentTarget) : undefined}
        onMouseLeave={mark ? hideTip : undefined}
        onFocus={mark ? (e) => showTip(mark, e.currentTarget) : undefined}
        onBlur={mark ? hideTip : undefined}
      >
        {/* Tall merged cells keep their text in view while their rows scroll past. */}
        <div style={rows > 2 ? { position: "sticky", top: HEADER_H + 3 } : undefined}>{text}</div>
      </div>,
    );
  }
  return (
    <div role="row" aria-rowindex={index + 2} style={{ ...style, width: ROWNUM_W + model.totalWidth }}>
      <div role="rowheader" style={rowHeader}>
        {index + 1}
      </div>
      {cells}
    </div>
  );
}

export function SheetGrid({ snapshot, marks, ref }: SheetGridProps) {
  const model = useMemo(() => buildGridModel(snapshot, marks), [snapshot, marks]);
  const [scroller, setScroller] = useState<HTMLDivElement | null>(null);
  const [highlight, setHighlight] = useState<Cell | null>(null);
  const [firstMounted, setFirstMounted] = useState(0);
  const [tip, setTip] = useState<Tip | null>(null);
  const pendingFocus = useRef<string | null>(null);

  const showTip = useCallback((mark: Mark, el: HTMLElement) => {
    const r = el.getBoundingClientRect();
    setTip({ mark, x: r.left, y: r.bottom + 4 });
  }, []);
  const hideTip = useCallback(() => setTip(null), []);

  const reveal = useCallback(
    (address: string, el: HTMLDivElement) => {
      const at = parseA1(address);
      if (!at) return;
      const span = model.mergeAt(at.row, at.col);
      const cell = span ? { row: span.top, col: span.left } : at;
      if (cell.row >= model.rowCount || cell.col >= model.colCount) return;
      const top = HEADER_H + cell.row * ROW_H;
      el.scrollTop = Math.max(0, top - (el.clientHeight - ROW_H) / 2);
      // Horizontally, the least scroll that shows the cell: the columns around it stay put.
      const left = model.lefts[cell.col];
      const right = left + model.widths[cell.col];
      const viewWidth = el.clientWidth - ROWNUM_W;
      if (left < el.scrollLeft) el.scrollLeft = Math.max(0, left - 24);
      else if (right > el.scrollLeft + viewWidth) el.scrollLeft = Math.min(left - 24, right - viewWidth + 24);
      pendingFocus.current = a1(cell.row, cell.col);
      setHighlight(cell);
    },
    [model],
  );

  // A cell asked for before the grid's element exists is shown as soon as it does.
  const pendingReveal = useRef<string | null>(null);
  useImperativeHandle(
    ref,
    () => ({
      scrollTo(address: string) {
        if (scroller) reveal(address, scroller);
        else pendingReveal.current = address;
      },
    }),
    [reveal, scroller],
  );
  useEffect(() => {
    if (scroller && pendingReveal.current) {
      reveal(pendingReveal.current, scroller);
      pendingReveal.current = null;
    }
  }, [reveal, scroller]);

  // Focus the highlighted cell: now, when its row is already mounted (no scroll needed, or one
  // within the rows react-window keeps)...
  useEffect(() => {
    const address = pendingFocus.current;
    const el = address ? scroller?.querySelector<HTMLElement>(`[data-address="${address}"]`) : null;
    if (el) {
      pendingFocus.current = null;
      el.focus({ preventScroll: true });
    }
  }, [highlight, scroller]);

  // ...else once react-window has mounted its row.
  const onRowsRendered = useCallback(
    (_visible: { startIndex: number; stopIndex: number }, all: { startIndex: number; stopIndex: number }) => {
      setFirstMounted(all.startIndex);
      const address = pendingFocus.current;
      const el = address ? scroller?.querySelector<HTMLElement>(`[data-address="${address}"]`) : null;
      if (el) {
        pendingFocus.current = null;
        el.focus({ preventScroll: true });
      }
    },
    [scroller],
  );

  const rowProps = useMemo(
    () => ({ model, highlight, firstMounted, showTip, hideTip }),
    [model, highlight, firstMounted, showTip, hideTip],
  );

  const letters = [];
  for (let col = 0; col < model.colCount; col++) {
    letters.push(
      <div
        key={col}
        role="columnheader"
        style={{ ...headerCell, left: ROWNUM_W + model.lefts[col], width: model.widths[col] }}
      >
        {columnLetter(col)}
      </div>,
    );
  }

  return (
    <div
      ref={setScroller}
      role="grid"
      aria-label={snapshot.sheet}
      aria-rowcount={model.rowCount + 1}
      aria-colcount={model.colCount + 1}
      data-testid="sheet-grid"
      // Reachable by Tab before any cell is marked, so the arrow keys can scroll the sheet.
      tabIndex={0}
      style={{
        position: "relative",
        overflow: "auto",
        height: "100%",
        width: "100%",
        font: FONT,
        color: "#242424",
        background: "#fafafa",
        scrollPaddingTop: HEADER_H,
        scrollPaddingLeft: ROWNUM_W,
      }}
    >
      <div
        role="row"
        aria-rowindex={1}
        style={{ position: "sticky", top: 0, zIndex: 3, height: HEADER_H, width: ROWNUM_W + model.totalWidth }}
      >
        {letters}
        <div role="columnheader" style={{ ...headerCell, position: "sticky", left: 0, zIndex: 1, width: ROWNUM_W }} />
      </div>
      <List
        scrollElement={scroller}
        rowCount={model.rowCount}
        rowHeight={ROW_H}
        rowComponent={GridRow}
        rowProps={rowProps}
        overscanCount={6}
        onRowsRendered={onRowsRendered}
        style={{ width: ROWNUM_W + model.totalWidth }}
      />
      {tip && (
        <div
          id={TIP_ID}
          role="tooltip"
          style={{
            position: "fixed",
            left: tip.x,
            top: tip.y,
            zIndex: 10,
            maxWidth: 360,
            padding: "6px 8px",
            background: "#242424",
            color: "#fff",
            borderRadius: 4,
            whiteSpace: "pre-wrap",
            fontSize: 12,
            lineHeight: "18px",
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
