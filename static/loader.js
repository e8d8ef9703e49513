(function partnershipAssessmentLoader() {
  /*
   * Partnership Assessment: the loader.
   *
   * One classic script a page includes with a deferred script element whose src is
   * partnership-assessment.js (see EMBEDDING.md).
   * It carries the wasm-bindgen glue, the widget stylesheet, the WebAssembly module
   * (deflated, then base64) and the offline page around it, so it works from any host,
   * from file:// and under a strict CSP (script-src 'self' 'wasm-unsafe-eval'): no fetch,
   * no inline script, no style attributes.
   * It defines <partnership-assessment>; each element gets its own shadow root and app,
   * and nothing is ever added to the page outside the element's shadow root (so a page
   * saved with "Save page as" holds no copy of the widget to show twice).
   * The whole file is this one function, called at once: "Save for offline use" rebuilds
   * the file byte for byte from the function's own source, without any request.
   * `cargo xtask dist` fills the four slots below.
   */
  "use strict";

  var TAG = "partnership-assessment";
  if (typeof customElements === "undefined") {
    return;
  }
  // The script may be included twice (for example on a page saved with "Save page as"):
  // the first copy already serves every element.
  if (customElements.get(TAG)) {
    return;
  }

  /*@@WASM_BINDGEN_GLUE@@*/

  var WASM_DEFLATE_BASE64 = "@@WASM_DEFLATE_BASE64@@";
  var WIDGET_CSS = "@@WIDGET_CSS@@";
  // The offline page before and after its inline script.
  var OFFLINE_PAGE = "@@OFFLINE_PAGE@@";

  // Drafts live under this key, plus ":" and the storage-key attribute when there is one.
  var DRAFT_KEY = "partnership-assessment:draft:v1";
  // The block an offline copy carries its answers in (JSON, never executed).
  var CARRIED_SELECTOR = 'script[type="application/json"][data-partnership-assessment="answers"]';
  var SCRIPT_END = "\u003c/script>";

  function decodeBase64(text) {
    if (typeof Uint8Array.fromBase64 === "function") {
      return Uint8Array.fromBase64(text);
    }
    var binary = atob(text);
    var bytes = new Uint8Array(binary.length);
    for (var i = 0; i < binary.length; i += 1) {
      bytes[i] = binary.charCodeAt(i);
    }
    return bytes;
  }

  // The browser's own inflater: no network, no extra code in this file.
  function inflate(bytes) {
    var stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("deflate-raw"));
    return new Response(stream).arrayBuffer();
  }

  // One module instance serves every element on the page; each element gets its own app.
  var starting = null;
  function start() {
    if (starting === null) {
      if (typeof WebAssembly === "undefined" || typeof DecompressionStream === "undefined") {
        starting = Promise.reject(new Error("WebAssembly or DecompressionStream is missing"));
        return starting;
      }
      starting = inflate(decodeBase64(WASM_DEFLATE_BASE64)).then(function (wasm) {
        return wasm_bindgen({ module_or_path: wasm });
      });
    }
    return starting;
  }

  // A constructed stylesheet adopted by the shadow root: not subject to style-src, and
  // host CSS cannot reach inside.
  var sheet = null;
  function widgetSheet() {
    if (sheet === null) {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(WIDGET_CSS);
    }
    return sheet;
  }

  function showFailure(mountPoint, error) {
    console.error("Partnership Assessment could not start:", error);
    var message = document.createElement("p");
    message.className = "pa-failure";
    message.setAttribute("role", "alert");
    message.textContent =
      "Sorry, the Partnership Assessment could not start in this browser. " +
      "Please try an up-to-date version of Firefox, Chrome, Edge or Safari.";
    mountPoint.replaceChildren(message);
  }

  // ---- Attributes: each is checked here, and a bad value gets a warning and a fallback.

  function warn(element, message) {
    console.warn(
      "Partnership Assessment (<" + TAG + (element.id ? ' id="' + element.id + '"' : "") +
        ">): " + message
    );
  }

  // Only English exists so far: any language tag is accepted, anything but English
  // shows English with a warning.
  function checkLanguage(element) {
    var lang = element.getAttribute("lang");
    if (lang === null || lang === "") {
      return;
    }
    if (!/^[a-z]{2,3}(-[a-z0-9]{1,8})*$/i.test(lang)) {
      warn(element, 'lang="' + lang + '" is not a language tag such as "en" or "en-GB"; showing English.');
    } else if (lang.split("-")[0].toLowerCase() !== "en") {
      warn(element, 'lang="' + lang + '": that language is not available yet; showing English.');
    }
  }

  // The stylesheet reads the attribute itself (:host([theme=...])): light is the fallback.
  function checkTheme(element) {
    var theme = element.getAttribute("theme");
    if (theme !== null && !/^(light|dark|auto)$/.test(theme)) {
      warn(element, 'theme="' + theme + '" is not one of light, dark or auto; using light.');
    }
  }

  // The instrument ids the engine knows (a unit test in src/host.rs keeps them in step).
  var INSTRUMENT_IDS = ["readiness", "barriers", "timing", "depth", "partners", "reflection"];
  function instruments(element) {
    var list = element.getAttribute("instruments") || "";
    var ids = list.split(/[\s,]+/).filter(Boolean);
    var unknown = ids.filter(function (id) {
      return INSTRUMENT_IDS.indexOf(id) < 0;
    });
    if (unknown.length > 0) {
      warn(
        element,
        'instruments="' + list + '" names ' + unknown.join(", ") +
          (unknown.length === 1 ? " that is" : " that are") + " not an instrument (" +
          (unknown.length === ids.length ? "offering every instrument" : "offering the others") +
          "). Known ids: " + INSTRUMENT_IDS.join(", ") + "."
      );
    }
    return list;
  }

  function organization(element) {
    var name = element.getAttribute("organization") || "";
    if (Array.from(name.trim()).length > 200) {
      warn(element, "organization is longer than 200 characters; only the first 200 are used.");
    }
    return name;
  }

  // Keys taken by elements on this page, so no two share a draft.
  var usedKeys = Object.create(null);
  function storageKey(element) {
    var name = element.getAttribute("storage-key");
    if (name !== null && !/^[A-Za-z0-9._-]{1,64}$/.test(name)) {
      warn(
        element,
        'storage-key="' + name + '" may only use letters, digits, ".", "_" and "-" ' +
          "(at most 64); using the default key."
      );
      name = null;
    }
    var wanted = name === null ? "" : name;
    var key = wanted;
    for (var n = 2; key in usedKeys; n += 1) {
      key = wanted + "~" + n;
    }
    if (key !== wanted) {
      warn(
        element,
        (wanted === "" ? "several widgets on this page have no storage-key" :
          'another widget on this page already uses storage-key="' + wanted + '"') +
          ', so this one keeps its draft under "' + key + '". Give each widget its own ' +
          "storage-key so every draft stays with its widget when the page changes."
      );
    }
    usedKeys[key] = true;
    return key === "" ? DRAFT_KEY : DRAFT_KEY + ":" + key;
  }

  // Each widget is a region landmark; from the second on a page, its name says which one,
  // so screen reader users can tell them apart (landmarks must be unique).
  var widgetCount = 0;
  function regionName() {
    widgetCount += 1;
    return widgetCount === 1 ? "" : "Partnership Assessment " + widgetCount;
  }

  // The answers an offline copy carries go to the first widget that starts.
  var carriedTaken = false;
  function takeCarried() {
    if (carriedTaken) {
      return "";
    }
    carriedTaken = true;
    var block = document.querySelector(CARRIED_SELECTOR);
    return block === null ? "" : block.textContent;
  }

  // ---- "Save for offline use": this very file, rebuilt from its own source.

  function ownScript() {
    return "(" + partnershipAssessmentLoader.toString() + ")();\n";
  }

  function offlinePage(answers) {
    var carried =
      answers === "" ? "" :
        '\u003cscript type="application/json" data-partnership-assessment="answers">' +
        // "<" only occurs inside JSON strings, where \u003c means the same.
        answers.replace(/</g, "\\u003c") + SCRIPT_END + "\n";
    return OFFLINE_PAGE[0] + carried + "\u003cscript>" + ownScript() + SCRIPT_END + OFFLINE_PAGE[1];
  }

  // ---- The element.

  var widgets = new WeakMap();
  var readiness = new WeakMap();

  function whenReady(element) {
    return readiness.get(element) ||
      Promise.reject(new Error("The Partnership Assessment element is not on the page yet."));
  }

  class PartnershipAssessmentElement extends HTMLElement {
    connectedCallback() {
      // Moving an element in the page must not start a second app inside it.
      if (this.shadowRoot !== null) {
        return;
      }
      var element = this;
      checkLanguage(element);
      checkTheme(element);
      var key = storageKey(element);
      var prefill = organization(element);
      var offered = instruments(element);
      var region = regionName();
      var root = this.attachShadow({ mode: "open" });
      root.adoptedStyleSheets = [widgetSheet()];
      var mountPoint = document.createElement("div");
      mountPoint.className = "pa-root";
      // The language actually shown, whatever the element says.
      mountPoint.lang = "en";
      root.appendChild(mountPoint);
      function notify(kind, json) {
        element.dispatchEvent(
          new CustomEvent(TAG + ":" + kind, { detail: JSON.parse(json), bubbles: true, composed: true })
        );
      }
      var ready = start().then(
        function () {
          var widget = wasm_bindgen.mount(
            mountPoint, key, prefill, offered, region, takeCarried(), notify, offlinePage
          );
          widgets.set(element, widget);
          return widget;
        },
        function (error) {
          showFailure(mountPoint, error);
          throw error;
        }
      );
      // Only callers of reset() and load() hear about a failed start, through their promise.
      ready.catch(function () {});
      readiness.set(element, ready);
    }

    // The current results document (an object), or null before the widget has started.
    get result() {
      var widget = widgets.get(this);
      return widget ? JSON.parse(widget.result()) : null;
    }

    // Starts over and forgets this element's draft.
    reset() {
      return whenReady(this).then(function (widget) {
        try {
          widget.reset();
        } catch (message) {
          throw new Error(String(message));
        }
      });
    }

    // Opens a results document (a JSON string or the parsed object). A document the
    // engine refuses rejects with its message and changes nothing.
    load(json) {
      var text;
      try {
        text = typeof json === "string" ? json : JSON.stringify(json);
      } catch (error) {
        return Promise.reject(error);
      }
      if (typeof text !== "string") {
        return Promise.reject(
          new TypeError("load() takes a results document, as a JSON string or an object.")
        );
      }
      return whenReady(this).then(function (widget) {
        try {
          widget.load(text);
        } catch (message) {
          throw new Error(String(message));
        }
      });
    }
  }

  customElements.define(TAG, PartnershipAssessmentElement);
})();
