// Base of every proxy object: a path (for measuring), a lazily bound target, loaded properties
// that throw when read before load and sync, as Office.js does.
import { utf8Bytes } from "../batch";
import type { FakeContext } from "./context";
import { OfficeError } from "./model";

/** Base of every proxy: a path for measuring, a lazily bound target, loaded properties. */
export class ProxyBase<T> {
  private bound: T | undefined;
  private boundDone = false;
  protected loaded = new Map<string, unknown>();
  constructor(
    readonly ctx: FakeContext,
    readonly path: string,
    private readonly bind: () => T,
  ) {}

  target(): T {
    if (!this.boundDone) {
      this.bound = this.bind();
      this.boundDone = true;
    }
    return this.bound as T;
  }

  protected read(name: string): unknown {
    void name;
    throw new OfficeError("InvalidArgument", `cannot load ${name} on ${this.path}`);
  }

  protected get(name: string): unknown {
    if (!this.loaded.has(name)) throw new Error(`PropertyNotLoaded: ${this.path}.${name} (load and sync first)`);
    return this.loaded.get(name);
  }

  protected set(name: string, value: unknown, write: (t: T) => void): void {
    this.ctx.push(this.path, name, [value], () => write(this.target()));
  }

  protected call(name: string, args: unknown[], apply: (t: T) => void): void {
    this.ctx.push(this.path, name, args, () => apply(this.target()));
  }

  private children = new Map<string, unknown>();
  /** Navigation properties return the same object on every access, as in Office.js. */
  protected memo<C>(name: string, make: () => C): C {
    if (!this.children.has(name)) this.children.set(name, make());
    return this.children.get(name) as C;
  }

  load(props: string | string[]): this {
    const names = (Array.isArray(props) ? props : props.split(",")).map((p) => p.trim()).filter(Boolean);
    let values: unknown[] = [];
    this.ctx.push(
      this.path,
      "load",
      names,
      () => (values = names.map((n) => this.loadOne(n))),
      () => utf8Bytes(JSON.stringify(values)),
    );
    return this;
  }

  /** Loads one property (or a collection's items) and returns what the response would carry. */
  protected loadOne(name: string): unknown {
    const value = this.read(name);
    this.loaded.set(name, value);
    return value;
  }
}

/** Null-object proxies: isNullObject becomes known at the next sync. */
export class NullableProxy<T> extends ProxyBase<T | null> {
  constructor(ctx: FakeContext, path: string, bind: () => T | null) {
    super(ctx, path, bind);
    ctx.push(path, "resolve", [], () => this.loaded.set("isNullObject", this.target() === null));
  }
  get isNullObject(): boolean {
    return this.get("isNullObject") as boolean;
  }
}

