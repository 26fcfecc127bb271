// Built as Microsoft's Office-Addin-TaskPane-React template builds: the task pane and the ribbon
// commands as two entries, their pages from html-webpack-plugin, the assets and the manifest
// copied with the development URL replaced by the production one. The browser page (exceljs,
// the grid) is a separate chunk loaded only when Office is absent.
const path = require("path");

const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");

const urlDev = "https://localhost:3000/";
// Where the built files are served from in production; set TASKPLAN_URL when deploying.
const urlProd = process.env.TASKPLAN_URL || "https://taskplan.example.org/";

/**
 * Office needs https with a trusted certificate. office-addin-dev-certs makes and installs one on
 * Windows and macOS; where it cannot (Linux, CI) the server falls back to http, which is enough
 * for the browser page.
 */
async function devServerTransport() {
  try {
    const devCerts = require("office-addin-dev-certs");
    const { ca, key, cert } = await devCerts.getHttpsServerOptions();
    return { type: "https", options: { ca, key, cert } };
  } catch (e) {
    console.warn(`无法创建开发证书，改用 http / No dev certificate (${e.message}); serving over http`);
    return { type: "http" };
  }
}

/** Office's CDN, as every add-in loads it unless built for an isolated network. */
const OFFICE_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
/**
 * `npm run build -- --env offline`: office.js and the Excel host files it loads beside itself,
 * copied from @microsoft/office-js into dist/office-js/, for networks (政务外网) that cannot reach
 * Microsoft's CDN. Only Excel's files, no debug builds.
 */
const OFFICE_JS_SKIPPED = ["**/*.debug.js", "**/office-vsdoc.js", "**/*.d.ts", "**/{access,onenote,outlook,powerpoint,project,visio,word}*"];

module.exports = async (env, options) => {
  const dev = options.mode === "development";
  const serving = Boolean(env.WEBPACK_SERVE);
  const offline = Boolean(env.offline);
  const officeJs = offline ? "office-js/office.js" : OFFICE_CDN;
  const officeOrigin = offline ? "" : " https://appsforoffice.microsoft.com";
  return {
    devtool: dev ? "source-map" : false,
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].[contenthash:8].js",
      chunkFilename: "[name].[contenthash:8].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: {
              transpileOnly: true,
              configFile: path.resolve(__dirname, "tsconfig.json"),
              // ES modules, so that import() becomes a chunk of its own.
              compilerOptions: { module: "esnext", moduleResolution: "bundler", sourceMap: dev },
            },
          },
        },
        // The sample plan, inlined into a chunk of its own: 使用示例 works from file:// too, where
        // a page may fetch nothing.
        { test: /\.xlsx$/, type: "asset/inline" },
        { test: /\.(png|jpg|jpeg|gif|ico)$/, type: "asset/resource", generator: { filename: "assets/[name][ext]" } },
      ],
    },
    optimization: {
      splitChunks: {
        chunks: "async",
      },
    },
    performance: {
      // The browser page's chunk (exceljs) is big by nature and loaded only in that mode.
      assetFilter: (file) => /^(taskpane|commands)\./.test(file),
      maxEntrypointSize: 1_600_000,
      maxAssetSize: 1_600_000,
    },
    plugins: [
      // The same pane twice: taskpane.html (the manifest's page) loads office.js and falls back
      // to the browser page outside Office; index.html is the browser page alone, which asks no
      // host but its own for anything.
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
        loadsOffice: true,
        officeJs,
        officeOrigin,
      }),
      new HtmlWebpackPlugin({
        filename: "index.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
        loadsOffice: false,
        officeJs,
        officeOrigin,
      }),
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: "./src/commands/commands.html",
        chunks: ["commands"],
        // Run as soon as loaded, after office.js: the buttons' handlers are associated at once.
        scriptLoading: "blocking",
        officeJs,
        officeOrigin,
      }),
      new HtmlWebpackPlugin({
        filename: "notice.html",
        template: "./src/commands/notice.html",
        chunks: [],
        officeJs,
        officeOrigin,
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          // ES5 scripts, shipped as written (never through the TypeScript build).
          { from: "src/bootstrap/bootstrap.js", to: "bootstrap.js" },
          { from: "src/commands/notice.js", to: "notice.js" },
          ...(offline
            ? [{ from: "node_modules/@microsoft/office-js/dist", to: "office-js", globOptions: { ignore: OFFICE_JS_SKIPPED } }]
            : []),
          {
            from: "manifest*.xml",
            to: "[name][ext]",
            transform(content) {
              return dev ? content : content.toString().replace(new RegExp(urlDev, "g"), urlProd);
            },
          },
        ],
      }),
    ],
    devServer: serving
      ? {
          hot: true,
          headers: { "Access-Control-Allow-Origin": "*" },
          server: await devServerTransport(),
          port: Number(process.env.npm_package_config_dev_server_port || 3000),
          static: { directory: path.resolve(__dirname, "dist") },
        }
      : undefined,
  };
};
