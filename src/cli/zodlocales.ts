// Zod costs a command-line run ~50 ms to load, and a run given no settings never uses it (the
// settings' defaults need no schema): before anything requires zod, its main module goes into
// Node's module cache as a stand-in that loads zod the first time an export is read.
// Every zod entry point (zod, zod/mini, zod/v4/core) also loads all of zod's ~60 locales, about a
// quarter of zod's load time. The CLI's messages are its own (zh/en) and zod's default English
// comes from its own en module, so none of the others is needed: before zod loads, its locale
// index goes into the module cache as one that loads a locale when read.
import { readdirSync } from "fs";
import Module from "module";
import { dirname, join } from "path";

/** Puts the stand-in for zod's main module in the module cache; does nothing once zod is loaded.
 * Its exports are read by name (`import { z } from "zod"` compiles to reads of `.z`). */
export function deferZod(): void {
  let main: string;
  try {
    main = require.resolve("zod");
  } catch {
    return;
  }
  if (require.cache[main]) return;
  let zod: Record<PropertyKey, unknown> | undefined;
  const load = (): Record<PropertyKey, unknown> => {
    if (!zod) {
      delete require.cache[main];
      deferZodLocales();
      zod = module.require(main) as Record<PropertyKey, unknown>;
    }
    return zod;
  };
  const standIn = new Module(main, module);
  standIn.filename = main;
  standIn.loaded = true;
  standIn.exports = new Proxy(
    {},
    {
      get: (_, key) => (key === "__esModule" ? true : load()[key]),
      has: (_, key) => key in load(),
      ownKeys: () => Reflect.ownKeys(load()),
      getOwnPropertyDescriptor: (_, key) => {
        const found = Reflect.getOwnPropertyDescriptor(load(), key);
        // A proxy may not call a property fixed that its own (empty) target lacks.
        return found && { ...found, configurable: true };
      },
    },
  );
  require.cache[main] = standIn;
}

/** Puts the lazy locale index in the module cache; does nothing once zod's own is loaded, or
 * when zod's files are laid out otherwise (then zod loads as it ships). */
export function deferZodLocales(): void {
  const dir = join(dirname(require.resolve("zod/package.json")), "v4", "locales");
  const index = join(dir, "index.cjs");
  if (require.cache[index]) return;
  let files: string[];
  try {
    files = readdirSync(dir).filter((f) => f.endsWith(".cjs") && f !== "index.cjs");
  } catch {
    return;
  }
  if (files.length === 0) return;
  const lazy = new Module(index, module);
  const locales = Object.defineProperty({}, "__esModule", { value: true });
  for (const file of files) {
    // zh-CN.cjs is exported as zhCN, as zod's own index names it.
    const name = file.slice(0, -".cjs".length).replace(/-(\w)/g, (_, c: string) => c);
    Object.defineProperty(locales, name, {
      enumerable: true,
      get: () => {
        const loaded = lazy.require(`./${file}`) as { __esModule?: boolean; default?: unknown };
        return loaded.__esModule ? loaded.default : loaded;
      },
    });
  }
  lazy.filename = index;
  lazy.loaded = true;
  lazy.exports = locales;
  require.cache[index] = lazy;
}
