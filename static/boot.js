// Tells users of old phones why nothing appears, instead of leaving a blank page.
// Runs before the app; the app removes #boot once it has mounted.
(function () {
  "use strict";
  var ZH = "这个浏览器太旧，无法运行计算器（不支持 WebAssembly）。请更新浏览器，或换用微信以外的浏览器再试。";
  var EN = "This browser is too old to run the calculator (no WebAssembly). Please update it or try another browser.";
  var FAIL_ZH = "计算器没能加载完。请检查网络后刷新页面。";
  var FAIL_EN = "The calculator did not finish loading. Check the connection and reload the page.";
  function show(zh, en, cls) {
    var boot = document.getElementById("boot");
    if (!boot) return; // the app is already running
    if (cls && boot.className.indexOf("boot-error") >= 0) return; // an error stays shown
    boot.className = cls || "boot boot-error";
    var msgs = boot.querySelectorAll(".boot-msg");
    if (msgs.length === 2) {
      msgs[0].textContent = zh;
      msgs[1].textContent = en;
    }
  }
  // "Loading…" is written here, not in the HTML: with JavaScript off only <noscript> speaks.
  document.addEventListener("DOMContentLoaded", function () { show("正在加载…", "Loading…", "boot"); });
  if (typeof WebAssembly !== "object" || typeof WebAssembly.instantiate !== "function") {
    document.addEventListener("DOMContentLoaded", function () { show(ZH, EN); });
    return;
  }
  // A script, stylesheet or wasm file that fails to load while #boot is still shown.
  window.addEventListener("error", function (e) {
    var t = e.target;
    if (t && t !== window && (t.tagName === "SCRIPT" || t.tagName === "LINK")) show(FAIL_ZH, FAIL_EN);
  }, true);
  window.addEventListener("unhandledrejection", function () { show(FAIL_ZH, FAIL_EN); });
})();
