// Tells users of old phones why nothing appears, instead of leaving a blank page.
// Runs before the app; the app removes #boot once it has mounted.
(function () {
  "use strict";
  var ZH = "这个浏览器太旧，无法运行计算器（不支持 WebAssembly）。请更新浏览器，或换用微信以外的浏览器再试。";
  var EN = "This browser is too old to run the calculator (no WebAssembly). Please update it or try another browser.";
  var FAIL_ZH = "计算器没能加载完。请检查网络，再点下面的“重新加载”。";
  var FAIL_EN = "The calculator did not finish loading. Check the connection, then tap Reload below.";
  function show(zh, en, cls) {
    var boot = document.getElementById("boot");
    if (!boot) return; // the app is already running
    if (cls && boot.className.indexOf("boot-error") >= 0) return; // an error stays shown
    if (boot.getAttribute("data-too-old")) return; // and "too old" says why the rest failed
    if (zh === ZH) boot.setAttribute("data-too-old", "1");
    boot.className = cls || "boot boot-error";
    var msgs = boot.querySelectorAll(".boot-msg");
    if (msgs.length === 2) {
      msgs[0].textContent = zh;
      msgs[1].textContent = en;
    }
    // A download that failed: one tap loads the page again (what is typed is in the link).
    if (zh === FAIL_ZH && !document.getElementById("boot-retry")) {
      var retry = document.createElement("button");
      retry.id = "boot-retry";
      retry.type = "button";
      retry.textContent = "重新加载 Reload";
      retry.addEventListener("click", function () { location.reload(); });
      boot.appendChild(retry);
    }
  }
  // Care mode (large text, large targets), kept on this device: before the first paint.
  try { if (localStorage.getItem("hezuo.care") === "1") document.documentElement.className += " care"; } catch (e) { /* storage off */ }
  firstScreen();
  // "Loading…" is written here, not in the HTML: with JavaScript off only <noscript> speaks.
  // The household page's first screen says "Calculating…" itself.
  document.addEventListener("DOMContentLoaded", function () {
    if (!document.getElementById("first")) show("正在加载…", "Loading…", "boot");
  });
  if (typeof WebAssembly !== "object" || typeof WebAssembly.instantiate !== "function") {
    document.addEventListener("DOMContentLoaded", function () { show(ZH, EN); });
    return;
  }
  // A script, stylesheet or wasm file that fails to load while #boot is still shown, or the
  // loader failing (its download of the wasm: an uncaught error before the app has started).
  window.addEventListener("error", function (e) {
    var t = e.target;
    if (!t || t === window || t.tagName === "SCRIPT" || t.tagName === "LINK") show(FAIL_ZH, FAIL_EN);
  }, true);
  window.addEventListener("unhandledrejection", function () { show(FAIL_ZH, FAIL_EN); });
  // A browser without 'wasm-unsafe-eval' (Chrome < 97, Safari < 16) refuses to compile the
  // wasm under the page's Content-Security-Policy: that is a browser too old, not the network.
  document.addEventListener("securitypolicyviolation", function (e) {
    if (/eval/.test(e.blockedURI)) show(ZH, EN);
  });
  offline();

  // The household page's first screen (HTML rendered at build time in both languages, see
  // scripts/postbuild.mjs) until the app takes over. Before the first paint: the link's
  // language, else the remembered one (the app's rule). Once parsed: the other language's copy
  // is removed, the fields show the link's values, and what is typed there goes into the link
  // (and the tabs' links), which the app reads when it starts.
  function firstScreen() {
    // Opened without a scenario (the home-screen icon, a bare link): her last one, which the
    // app keeps on the device (hezuo.last), instead of the paper's example.
    if (!location.search && /\/(index\.html)?$/.test(location.pathname) && window.history && history.replaceState) {
      var last;
      try { last = localStorage.getItem("hezuo.last"); } catch (e) { last = null; }
      if (last && /^[^?#]+$/.test(last)) history.replaceState(history.state, "", location.pathname + "?" + last);
    }
    var query = window.URLSearchParams ? new URLSearchParams(location.search) : null;
    // A household link with a workshop step (links and QR codes made before the trainer's page
    // had its own) goes on to it at once, before the household page's download starts.
    if (query && query.has("step") && /\/(index\.html)?$/.test(location.pathname)) {
      location.replace("workshop.html" + location.search);
      return;
    }
    var lang = query && query.getAll("lang").pop();
    if (lang !== "zh" && lang !== "en") {
      try { lang = localStorage.getItem("hezuo.lang"); } catch (e) { lang = null; }
    }
    if (lang === "en") {
      document.documentElement.className += " en";
      document.documentElement.lang = "en";
    }
    document.addEventListener("DOMContentLoaded", function () {
      var first = document.getElementById("first");
      if (!first) return;
      var other = first.querySelector(lang === "en" ? ".first-zh" : ".first-en");
      if (other) other.parentNode.removeChild(other);
      if (!query || !window.history || !history.replaceState) return;
      var own = false;
      query.forEach(function (v, k) { if (k !== "lang" && k !== "unit") own = true; });
      if (own) first.querySelectorAll(".example-note").forEach(function (n) { n.remove(); });
      var inputs = first.querySelectorAll("input[name]");
      var tabs = first.querySelectorAll("a.tab");
      var bases = [];
      var i;
      for (i = 0; i < tabs.length; i++) bases.push(tabs[i].getAttribute("href"));
      // A unit, workshop step or screen in the link changes what the fields mean: they stay
      // empty rather than show a number the app would not.
      var unknown = query.has("unit") || query.has("step") || query.has("view") || query.has("from_coop");
      for (i = 0; i < inputs.length; i++) {
        var input = inputs[i];
        var value = query.getAll(input.name).pop();
        if (input.type === "checkbox") {
          if (value !== undefined) input.checked = value.replace(/\s/g, "") === "1";
        } else if (unknown || (input.name === "fund" && value === undefined && query.has("poor"))) {
          input.value = ""; // the fund's default follows the poor switch
        } else if (value !== undefined) {
          input.value = value;
        }
      }
      function typed(e) {
        var input = e.target;
        if (!input.name || !first.contains(input)) return;
        query.set(input.name, input.type === "checkbox" ? (input.checked ? "1" : "0") : input.value);
        var text = query.toString();
        history.replaceState(history.state, "", location.pathname + (text ? "?" + text : ""));
        for (var j = 0; j < tabs.length; j++) tabs[j].setAttribute("href", bases[j] + (text ? "&" + text : ""));
      }
      first.addEventListener("input", typed);
      first.addEventListener("change", typed);
    });
  }

  // Offline use: sw.js (written by scripts/postbuild.mjs for each build) keeps this build's
  // files. When a newer build is deployed, its worker waits and a button offers to reload;
  // only a click makes it take over, and the page then reloads at the same address, which
  // holds the whole scenario (the app writes it there 200 ms after typing pauses).
  function offline() {
    var sw = navigator.serviceWorker;
    if (!sw || !window.Promise) return;
    var asked = false;
    var lastInput = 0;
    function noted() { lastInput = Date.now(); }
    document.addEventListener("input", noted, true);
    document.addEventListener("change", noted, true);
    function reloadSoon() {
      // Give the app's 200 ms link rewrite time to run after the last keystroke.
      setTimeout(function () { location.reload(); }, Math.max(0, lastInput + 500 - Date.now()));
    }
    sw.addEventListener("controllerchange", function () {
      if (!asked) return; // the first install taking over, or another tab's update: no reload
      asked = false;
      reloadSoon();
    });
    function offer(worker) {
      if (document.getElementById("update")) return;
      var bar = document.createElement("div");
      bar.id = "update";
      bar.className = "update";
      bar.setAttribute("role", "status");
      document.body.appendChild(bar); // the live region first, then its content is announced
      var button = document.createElement("button");
      button.type = "button";
      var zh = document.createElement("span");
      zh.lang = "zh-CN";
      zh.textContent = "有新版本，点此更新";
      var en = document.createElement("span");
      en.lang = "en";
      en.textContent = "A new version is available — reload";
      button.appendChild(zh);
      button.appendChild(document.createTextNode(" / "));
      button.appendChild(en);
      button.addEventListener("click", function () {
        button.disabled = true;
        // The newest waiting worker: a later deploy may have replaced the one first offered.
        sw.getRegistration().then(function (reg) {
          var next = (reg && reg.waiting) || worker;
          // Another tab may have made it take over already: then only this page is old.
          if (next.state === "activating" || next.state === "activated") return reloadSoon();
          asked = true;
          next.postMessage("skipWaiting");
        }, reloadSoon);
      });
      bar.appendChild(button);
    }
    function watch(reg) {
      if (!reg) return; // registration refused without an error (e.g. workers blocked by policy)
      // A worker waiting from an earlier visit, or one that finishes installing now; with no
      // controller this is the first install, not an update.
      function track(worker) {
        if (!worker) return;
        worker.addEventListener("statechange", function () {
          if (worker.state === "installed" && sw.controller) offer(worker);
        });
      }
      if (reg.waiting && sw.controller) offer(reg.waiting);
      track(reg.installing);
      reg.addEventListener("updatefound", function () { track(reg.installing); });
    }
    // A page that loaded with no worker in control (a first visit) fetched its own files past
    // it: once a worker is active, it is handed their addresses to keep (the staff, trainer's
    // and tools pages' files, which it does not fetch at install), so the page opens offline.
    function handOver() {
      if (sw.controller || !window.performance || !performance.getEntriesByType) return;
      sw.ready.then(function (reg) {
        var loaded = performance.getEntriesByType("resource").map(function (e) { return e.name; });
        if (reg.active) reg.active.postMessage({ keep: [location.href].concat(loaded) });
      });
    }
    function register() {
      sw.register("sw.js").then(function (reg) {
        watch(reg);
        handOver();
      }, function () { /* offline or not allowed: the page still works */ });
    }
    if (document.readyState === "complete") register();
    else window.addEventListener("load", register);
  }
})();
