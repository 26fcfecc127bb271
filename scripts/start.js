// `npm start`: sideload the add-in into desktop Excel (Windows, macOS) through
// office-addin-debugging, which also installs the development certificate and starts the dev
// server. Linux has no desktop Excel: say how to see the product there instead.
const { spawn } = require("child_process");

if (process.platform === "win32" || process.platform === "darwin") {
  const bin = process.platform === "win32" ? "npx.cmd" : "npx";
  const child = spawn(bin, ["office-addin-debugging", "start", "manifest.xml", "desktop", "--app", "excel"], {
    stdio: "inherit",
    shell: process.platform === "win32",
  });
  child.on("exit", (code) => process.exit(code ?? 1));
} else {
  console.log(
    "Linux 上没有桌面版 Excel：运行 `npm run dev-server` 后在浏览器打开 http://localhost:3000/ 使用网页版，或使用命令行 `npx taskplan check 计划.xlsx`。 / No desktop Excel on Linux: run `npm run dev-server` and open http://localhost:3000/ for the browser page, or use the CLI (`npx taskplan check plan.xlsx`).",
  );
}
