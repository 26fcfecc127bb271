// ES5 on purpose: the first script of the pane and of the ribbon's function file, so that an old
// webview (Internet Explorer's Trident, used by Office 2016 / 2019) or an Excel without the API
// sets the add-in needs shows a message saying so and where the browser page is, instead of a
// blank pane or a silent button. Nothing here may use syntax or built-ins newer than ES5.
// On the pane's page it also loads office.js (named by its data-office-js attribute) without
// blocking the page, and tells the pane when it has loaded or failed (taskplanBoot.whenOffice),
// so that outside Office, or with Microsoft's CDN unreachable, the browser page shows at once.
/* eslint-disable @typescript-eslint/no-unused-vars -- ES5 has no catch clause without a binding */
(function () {
  "use strict";
  /** The oldest Excel API set every command needs (reading merged cells: ExcelApi 1.13). */
  var NEEDED_API = "1.13";
  /** How long the pane waits for office.js before showing the browser page. */
  var OFFICE_WAIT_MS = 2000;

  function browserPageAddress() {
    return String(window.location.href).replace(/[?#].*$/, "").replace(/[^/]*$/, "index.html");
  }

  /** The webview can run the bundles (ES2022: class static blocks, Object.hasOwn, Array.prototype.at). */
  function modernWebview() {
    if (/Trident\/|MSIE /.test(navigator.userAgent)) return false;
    return typeof Promise === "function" && typeof Object.hasOwn === "function" && typeof [].at === "function" && typeof globalThis === "object";
  }

  function missingApi() {
    try {
      var req = window.Office && Office.context && Office.context.requirements;
      return Boolean(req) && !req.isSetSupported("ExcelApi", NEEDED_API);
    } catch (e) {
      return true;
    }
  }

  function message(reason) {
    var page = browserPageAddress();
    var zh =
      reason === "webview"
        ? "此版本的 Office 使用的网页组件过旧（如 Office 2016 / 2019），无法运行本加载项。"
        : "此版本的 Excel 缺少本加载项需要的功能（需要 ExcelApi " + NEEDED_API + "，Office 2021、Microsoft 365 或网页版 Excel 具备）。";
    var en =
      reason === "webview"
        ? "This version of Office uses a web component too old for this add-in (as Office 2016 / 2019 do)."
        : "This version of Excel lacks what this add-in needs (ExcelApi " + NEEDED_API + ": Office 2021, Microsoft 365 or Excel on the web).";
    return {
      zh: zh + "请改用浏览器打开网页版：" + page + "（在浏览器中打开工作簿文件即可检查和生成分表），或使用命令行工具 taskplan。",
      en: en + " Open the browser page instead: " + page + " (open the workbook file there to check it and create tabs), or use the taskplan command-line tool.",
      page: page,
    };
  }

  /** Replaces the pane with the message (the pane's own root is hidden, not removed). */
  function showInPage(reason) {
    var m = message(reason);
    var root = document.getElementById("root");
    if (root) root.style.display = "none";
    var box = document.getElementById("taskplan-unsupported");
    if (!box) {
      box = document.createElement("div");
      box.id = "taskplan-unsupported";
      box.setAttribute("role", "alert");
      box.style.cssText = "padding:16px;font-size:14px;line-height:1.6;color:#201f1e";
      document.body.appendChild(box);
    }
    box.innerHTML = "";
    var title = document.createElement("h2");
    title.style.cssText = "font-size:16px;margin:0 0 8px";
    title.appendChild(document.createTextNode("任务分工助手无法在此运行 / Task Breakdown Assistant cannot run here"));
    box.appendChild(title);
    var zh = document.createElement("p");
    zh.appendChild(document.createTextNode(m.zh));
    box.appendChild(zh);
    var en = document.createElement("p");
    en.lang = "en";
    en.appendChild(document.createTextNode(m.en));
    box.appendChild(en);
    var link = document.createElement("a");
    link.href = m.page;
    link.target = "_blank";
    link.appendChild(document.createTextNode(m.page));
    box.appendChild(link);
  }

  /** Ribbon buttons: no page to write on, so the message opens in a small dialog. */
  function defineFallbackCommands(reason, names) {
    var m = message(reason);
    var notice = String(window.location.href).replace(/[?#].*$/, "").replace(/[^/]*$/, "notice.html");
    var url = notice + "?zh=" + encodeURIComponent(m.zh) + "&en=" + encodeURIComponent(m.en);
    for (var i = 0; i < names.length; i++) {
      window[names[i]] = function (event) {
        try {
          Office.context.ui.displayDialogAsync(url, { height: 30, width: 30 }, function () {
            if (event && event.completed) event.completed();
          });
        } catch (e) {
          if (event && event.completed) event.completed();
        }
      };
    }
  }

  /**
   * office.js arrived after the pane gave up on it and showed the browser page: inside Excel, load
   * the pane again (office.js now comes from the cache, in time). Once only, never in a loop.
   */
  function reloadIfExcel() {
    if (!window.Office || typeof Office.onReady !== "function") return;
    Office.onReady(function (info) {
      var key = "taskplan-office-late";
      if (!info || info.host !== Office.HostType.Excel) return;
      try {
        if (window.sessionStorage.getItem(key)) return;
        window.sessionStorage.setItem(key, "1");
      } catch (e) {
        return; // no storage: no way to stop a loop, so no reload
      }
      window.location.reload();
    });
  }

  var isCommands = document.documentElement.getAttribute("data-taskplan") === "commands";
  var officeUrl = document.currentScript ? document.currentScript.getAttribute("data-office-js") : null;
  var commandNames = ["validateSheet", "clearMarks", "generateTabs"];
  var forced = /[?&]taskplan-unsupported=(webview|api)/.exec(String(window.location.search));

  /** "none" (no office.js on this page), "loading", "loaded" or "failed". */
  var officeState = "none";
  var waiting = [];
  window.taskplanBoot = {
    modern: !forced && modernWebview(),
    /** Calls back once office.js has loaded (true) or failed to (false); at once without one. */
    whenOffice: function (callback) {
      if (officeState === "loading") waiting.push(callback);
      else callback(officeState === "loaded");
    },
    loadsOffice: Boolean(officeUrl),
  };
  function officeSettled(state) {
    if (officeState !== "loading") {
      if (state === "loaded") reloadIfExcel();
      return;
    }
    officeState = state;
    var callbacks = waiting;
    waiting = [];
    for (var i = 0; i < callbacks.length; i++) callbacks[i](state === "loaded");
    if (state === "loaded" && window.Office && typeof Office.onReady === "function") {
      Office.onReady(function (info) {
        if (info && info.host === Office.HostType.Excel && missingApi()) fail("api");
      });
    }
  }

  function fail(reason) {
    window.taskplanBoot.unsupported = reason;
    if (isCommands) defineFallbackCommands(reason, commandNames);
    else if (document.body) showInPage(reason);
    else document.addEventListener("DOMContentLoaded", function () { showInPage(reason); });
  }

  if (forced) {
    fail(forced[1]);
    return;
  }
  if (!window.taskplanBoot.modern) {
    fail("webview");
    return;
  }
  // A bundle the webview cannot parse still ends as a SyntaxError here.
  window.addEventListener("error", function (e) {
    if (e && e.error && e.error.name === "SyntaxError") fail("webview");
  });
  if (officeUrl) {
    officeState = "loading";
    // Outside Office, or with Microsoft's CDN unreachable (a browser may wait 40 s on it), the
    // pane shows the browser page instead; counted from here, so the page is up within 3 s.
    setTimeout(function () {
      if (officeState === "loading") officeSettled("failed");
    }, OFFICE_WAIT_MS);
    var script = document.createElement("script");
    script.src = officeUrl;
    script.async = true;
    script.onload = function () {
      officeSettled("loaded");
    };
    script.onerror = function () {
      officeSettled("failed");
    };
    document.head.appendChild(script);
  } else if (window.Office && typeof Office.onReady === "function") {
    // The ribbon's function file loads office.js itself, before this script.
    Office.onReady(function (info) {
      if (info && info.host === Office.HostType.Excel && missingApi()) fail("api");
    });
  }
})();
