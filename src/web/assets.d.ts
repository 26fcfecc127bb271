// Files webpack emits as assets (asset/resource): importing one gives its URL.
declare module "*.xlsx" {
  const url: string;
  export default url;
}
