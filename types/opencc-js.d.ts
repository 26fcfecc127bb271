// opencc-js ships types only for its root entry; the t2cn entry (traditional→simplified
// dictionaries only, a third of the size) has the same Converter API.
declare module "opencc-js/t2cn" {
  export function Converter(options: { from: "t" | "tw" | "twp" | "hk" | "jp"; to: "cn" }): (text: string) => string;
}
