/** @jest-environment jsdom */
// The page's 从工作要点生成分工表 with pasted text: seed 001 pasted into the box becomes its table,
// written, checked and marked, and handed to the page like an opened file.
import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import { readFileSync } from "fs";
import { join } from "path";
import { TextDecoder, TextEncoder } from "util";
import type { OpenedFile } from "../../src/web/FileOpen";

// jsdom lacks the text codecs every browser has; the file modules are loaded after they are set.
Object.assign(globalThis, { TextDecoder, TextEncoder });
const load = async () => ({ ...(await import("../../src/web/ImportPanel")), ...(await import("../../src/file/host")) });

const SEED = join(__dirname, "..", "..", "..", "shared", "seeds", "001_083bca08c54f1534.txt");

it("makes the table of a pasted 要点 and opens it in the page", async () => {
  const { ImportPanel, FileHost } = await load();
  const opened: OpenedFile[] = [];
  const onError = jest.fn();
  render(<ImportPanel lang="zh" onOpen={(f) => opened.push(f)} onError={onError} />);
  const make = screen.getByRole("button", { name: "生成分工表" });
  expect(make.hasAttribute("disabled")).toBe(true);
  fireEvent.change(screen.getByPlaceholderText(/粘贴工作要点全文/u), { target: { value: readFileSync(SEED, "utf8") } });
  fireEvent.click(make);
  await waitFor(() => expect(opened).toHaveLength(1), { timeout: 10_000 });
  expect(onError).not.toHaveBeenCalled();
  expect(opened[0].name).toBe("株洲市2020年政务公开工作要点责任分工.xlsx");
  const host = await FileHost.fromBytes(new Uint8Array(opened[0].data), opened[0].name);
  const { values } = await host.readSnapshot("责任分工");
  expect(values[0][0]).toBe("株洲市2020年政务公开工作要点责任分工");
  expect(values.length).toBe(2 + 19);
}, 60_000);

it("says why when the pasted text holds no task", async () => {
  const { ImportPanel } = await load();
  const onError = jest.fn();
  render(<ImportPanel lang="zh" onOpen={() => undefined} onError={onError} />);
  fireEvent.change(screen.getByPlaceholderText(/粘贴工作要点全文/u), { target: { value: "会议纪要\n与会同志讨论了工作。" } });
  fireEvent.click(screen.getByRole("button", { name: "生成分工表" }));
  await waitFor(() => expect(onError).toHaveBeenCalledTimes(1));
  expect(onError.mock.calls[0][0].code).toBe("no-table");
}, 60_000);
