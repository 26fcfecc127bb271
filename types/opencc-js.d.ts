// opencc-js ships types only for its root entry; the t2cn entry (traditional→simplified
// dictionaries only, a third of the size) has the same Converter API.
declare module "opencc-js/t2cn" {
  export function Converter(options: { from: "t" | "tw" | "twp" | "hk" | "jp"; to: "cn" }): (text: string) => string;
  /** "萬 万|與 与|…" (source, space, replacement; entries joined by "|"), or the pairs themselves. */
  export type DictLike = string | readonly (readonly [string, string])[];
  export type DictGroup = readonly DictLike[];
  /** A converter applying each group in turn; within a group the longest matching entry wins. */
  export function ConverterFactory(...dictGroups: DictGroup[]): (text: string) => string;
  /** The dictionaries each preset loads, applied chain link after chain link. */
  export const Locale: {
    configs: Record<string, { normalizationChain?: readonly DictGroup[]; conversionChain: readonly DictGroup[] }>;
  };
}
