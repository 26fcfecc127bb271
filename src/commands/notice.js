// ES5: the small dialog the ribbon buttons open to say what they did or what went wrong. The text
// comes in the query string and is shown as text, never as HTML.
/* eslint-disable @typescript-eslint/no-unused-vars -- ES5 has no catch clause without a binding */
(function () {
  "use strict";
  function param(name) {
    var m = new RegExp("[?&]" + name + "=([^&]*)").exec(String(window.location.search));
    return m ? decodeURIComponent(m[1].replace(/\+/g, " ")) : "";
  }
  document.getElementById("zh").appendChild(document.createTextNode(param("zh")));
  document.getElementById("en").appendChild(document.createTextNode(param("en")));
  document.getElementById("close").onclick = function () {
    try {
      Office.context.ui.messageParent("close");
    } catch (e) {
      window.close();
    }
  };
  if (window.Office && Office.onReady) Office.onReady(function () {});
})();
