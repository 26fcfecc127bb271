// Files webpack inlines (asset/inline): importing one gives its data: URL.
declare module "*.xlsx" {
  const url: string;
  export default url;
}
