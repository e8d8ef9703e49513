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
  // The block naming an offline copy (a JSON string, its own random id): each copy keeps
  // its own draft, even when every file on the computer shares one storage (file://).
  var COPY_SELECTOR = 'script[type="application/json"][data-partnership-assessment="copy"]';
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

  // Which offline copy this page is: the id the copy carries; for a copy saved before
  // copies had ids, a name made from its place on the computer; "" on a website.
  var copyName = null;
  function thisCopy() {
    if (copyName !== null) {
      return copyName;
    }
    copyName = "";
    var block = document.querySelector(COPY_SELECTOR);
    var id = "";
    try {
      id = block === null ? "" : JSON.parse(block.textContent);
    } catch (error) {
      id = "";
    }
    if (typeof id === "string" && /^[A-Za-z0-9-]{8,64}$/.test(id)) {
      copyName = "copy-" + id;
    } else if (location.protocol === "file:") {
      // FNV-1a of the file's path: stable while the file stays where it is.
      var path = decodeURIComponent(location.pathname);
      var hash = 0x811c9dc5;
      for (var i = 0; i < path.length; i += 1) {
        hash ^= path.charCodeAt(i);
        hash = Math.imul(hash, 0x01000193) >>> 0;
      }
      copyName = "file-" + hash.toString(16);
    }
    return copyName;
  }

  function newCopyId() {
    if (typeof crypto !== "undefined" && typeof crypto.randomUUID === "function") {
      return crypto.randomUUID();
    }
    var bytes = new Uint8Array(16);
    crypto.getRandomValues(bytes);
    return Array.from(bytes, function (b) {
      return (b + 256).toString(16).slice(1);
    }).join("");
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
    var copy = thisCopy();
    var base = copy === "" ? DRAFT_KEY : DRAFT_KEY + ":" + copy;
    return key === "" ? base : base + ":" + key;
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
    // A copy carrying answers gets its own id, so its draft never mixes with another
    // copy's and its answers are offered. A blank copy stays this very file, byte for
    // byte: its draft follows its place on the computer (see thisCopy).
    var copy = answers === "" ? "" :
      '\u003cscript type="application/json" data-partnership-assessment="copy">"' +
      newCopyId() + '"' + SCRIPT_END + "\n";
    return OFFLINE_PAGE[0] + copy + carried + "\u003cscript>" + ownScript() + SCRIPT_END +
      OFFLINE_PAGE[1];
  }

  // ---- The element.

  var widgets = new WeakMap();
  var readiness = new WeakMap();
  var queues = new WeakMap();

  // A WebAssembly crash stops every widget on the page (they share one module): from then
  // on the element's API refuses at once and touches nothing, least of all a draft.
  var crashed = false;
  window.addEventListener("error", function (event) {
    if (typeof WebAssembly !== "undefined" && event.error instanceof WebAssembly.RuntimeError) {
      crashed = true;
    }
  });

  // The widget of an element once it has started; a promise made at the first call, even
  // before the element is on the page, so early calls wait instead of failing.
  function readyOf(element) {
    var entry = readiness.get(element);
    if (!entry) {
      entry = {};
      entry.promise = new Promise(function (resolve, reject) {
        entry.resolve = resolve;
        entry.reject = reject;
      });
      entry.promise.catch(function () {});
      readiness.set(element, entry);
    }
    return entry;
  }

  // Runs `task(widget)` once the widget has started and every earlier call on the same
  // element has settled: calls settle in the order they were made.
  function enqueue(element, task) {
    var previous = queues.get(element) || Promise.resolve();
    var next = previous
      .catch(function () {})
      .then(function () {
        return readyOf(element).promise;
      })
      .then(function (widget) {
        if (crashed) {
          throw new Error(
            "The Partnership Assessment stopped working on this page and must be reloaded. " +
              "Nothing was changed."
          );
        }
        return task(widget);
      });
    queues.set(element, next);
    return next;
  }

  // What load() was given, as the bytes of a results file: a JSON string (or String
  // object), a Blob or File, an ArrayBuffer or typed array, or the parsed object.
  function documentBytes(input) {
    if (typeof input === "string" || input instanceof String) {
      return Promise.resolve(new TextEncoder().encode(String(input)));
    }
    if (typeof Blob !== "undefined" && input instanceof Blob) {
      return input.arrayBuffer().then(function (buffer) {
        return new Uint8Array(buffer);
      });
    }
    if (input instanceof ArrayBuffer) {
      return Promise.resolve(new Uint8Array(input));
    }
    if (ArrayBuffer.isView(input)) {
      return Promise.resolve(new Uint8Array(input.buffer, input.byteOffset, input.byteLength));
    }
    var text;
    try {
      text = input !== null && typeof input === "object" ? JSON.stringify(input) : undefined;
    } catch (error) {
      return Promise.reject(error);
    }
    if (typeof text !== "string") {
      return Promise.reject(
        new TypeError(
          "load() takes a results document: a JSON string, a File or Blob, bytes, or the " +
            "parsed object."
        )
      );
    }
    return Promise.resolve(new TextEncoder().encode(text));
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
      var entry = readyOf(element);
      start().then(
        function () {
          var widget = wasm_bindgen.mount(
            mountPoint, key, prefill, offered, region, takeCarried(), notify, offlinePage
          );
          widgets.set(element, widget);
          // Only callers of reset() and load() hear about a failed start, through their
          // promise.
          entry.resolve(widget);
        },
        function (error) {
          showFailure(mountPoint, error);
          entry.reject(error);
        }
      );
    }

    // The current results document (an object), or null before the widget has started.
    get result() {
      var widget = widgets.get(this);
      return widget ? JSON.parse(widget.result()) : null;
    }

    // Starts over: the screen, the answers in memory and everything this element keeps on
    // the device, together; or rejects and changes nothing. Waits for the widget to start
    // and for earlier calls to settle.
    reset() {
      return enqueue(this, function (widget) {
        try {
          widget.reset();
        } catch (message) {
          throw new Error(String(message));
        }
      });
    }

    // Opens a results document (see documentBytes for what it may be), at once and without
    // asking, even over unsaved answers: the page decides (see EMBEDDING.md). A document
    // the engine refuses rejects with its message and changes nothing.
    load(input) {
      var bytes = documentBytes(input);
      bytes.catch(function () {});
      return enqueue(this, function (widget) {
        return bytes.then(function (data) {
          try {
            widget.load(data);
          } catch (message) {
            throw new Error(String(message));
          }
        });
      });
    }
  }

  customElements.define(TAG, PartnershipAssessmentElement);
})();
