#!/usr/bin/env node
// Compiled by `npm run build:cli` (run by `npm install` through `prepare`).
require("../lib/cli/index.js").main(process.argv);
