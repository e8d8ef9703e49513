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
   * `cargo xtask dist` fills the slots below.
   *
   * Languages: English is compiled in. Each other language is a pack, a classic script
   * beside this one (partnership-assessment.<tag>.js) that adds its texts to
   * self.PartnershipAssessmentLanguages; it is loaded only when that language is chosen, and
   * an offline copy carries the pack of the language it was saved in. The catalogue is one
   * per page: every widget on a page speaks the same language.
   *
   * Workshop mode: this script's module leaves it out (most people never open it). Its own
   * script, partnership-assessment.workshop.js beside this one, holds the whole widget with
   * workshop mode and only sets self.PartnershipAssessmentWorkshop; it is loaded when a
   * facilitator opens workshop mode, and that widget then takes the element over (the
   * draft is written first). Offline copies carry it inline.
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
  // The languages offered, English first, and those written right to left.
  var LANGUAGES = "@@LANGUAGES@@".split(" ");
  var RIGHT_TO_LEFT = "@@RIGHT_TO_LEFT@@".split(" ");
  // What to say when the widget cannot start, in English (a pack carries its own).
  var CANNOT_START = "@@CANNOT_START@@";
  // Where this script was loaded from ("" when it is inline, in an offline copy): packs sit
  // beside it.
  var SCRIPT_SRC = (document.currentScript && document.currentScript.src) || "";
  var PACKS_GLOBAL = "PartnershipAssessmentLanguages";
  var WORKSHOP_GLOBAL = "PartnershipAssessmentWorkshop";
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

  // The module inflated by the browser's own inflater, as a response the browser compiles
  // while it is still being inflated (streaming compilation): no network, no extra code.
  function inflated(bytes) {
    var stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("deflate-raw"));
    return new Response(stream, { headers: { "Content-Type": "application/wasm" } });
  }

  // Instantiates a module from its glue's init function and its deflated base64 bytes;
  // resolves with the glue (its `mount`).
  function instantiate(bindgen, base64) {
    if (typeof WebAssembly === "undefined" || typeof DecompressionStream === "undefined") {
      return Promise.reject(new Error("WebAssembly or DecompressionStream is missing"));
    }
    return bindgen({ module_or_path: inflated(decodeBase64(base64)) }).then(function () {
      return bindgen;
    });
  }

  // One module instance serves every element on the page; each element gets its own app.
  var starting = null;
  function start() {
    if (starting === null) {
      starting = instantiate(wasm_bindgen, WASM_DEFLATE_BASE64);
    }
    return starting;
  }

  // A classic script beside this one (partnership-assessment<suffix>.js), added to the
  // document's head only while it loads: a page saved afterwards holds nothing of it.
  function loadBeside(suffix) {
    return new Promise(function (resolve, reject) {
      if (SCRIPT_SRC === "") {
        reject(new Error("this copy has no partnership-assessment" + suffix + ".js beside it"));
        return;
      }
      var script = document.createElement("script");
      script.src = SCRIPT_SRC.replace(/\.js(?=[?#]|$)/, suffix + ".js");
      script.async = true;
      script.onload = function () {
        script.remove();
        resolve(script.src);
      };
      script.onerror = function () {
        script.remove();
        reject(new Error("could not load " + script.src));
      };
      document.head.appendChild(script);
    });
  }

  // Workshop mode's script: at once when the page (an offline copy) carries it, else
  // loaded once from beside this one.
  var loadingWorkshop = null;
  function loadWorkshop() {
    if (self[WORKSHOP_GLOBAL]) {
      return Promise.resolve(self[WORKSHOP_GLOBAL]);
    }
    if (loadingWorkshop === null) {
      loadingWorkshop = loadBeside(".workshop").then(function (src) {
        if (!self[WORKSHOP_GLOBAL]) {
          throw new Error(src + " holds no workshop mode");
        }
        return self[WORKSHOP_GLOBAL];
      });
      loadingWorkshop.catch(function () {
        loadingWorkshop = null;
      });
    }
    return loadingWorkshop;
  }

  // The module with workshop mode, instantiated once for every element that opens it.
  var startingWorkshop = null;
  function startWorkshop() {
    if (startingWorkshop === null) {
      startingWorkshop = loadWorkshop().then(function (workshop) {
        return instantiate(workshop.glue(), workshop.wasm);
      });
      startingWorkshop.catch(function () {
        startingWorkshop = null;
      });
    }
    return startingWorkshop;
  }

  // Whether workshop mode can be had here: from beside this script, or carried inline.
  function workshopReachable() {
    return SCRIPT_SRC !== "" || Boolean(self[WORKSHOP_GLOBAL]);
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
    var pack = packs()[pageLanguage];
    message.textContent = (pack && pack.cannotStart) || CANNOT_START;
    mountPoint.replaceChildren(message);
  }

  // ---- Attributes: each is checked here, and a bad value gets a warning and a fallback.

  function warn(element, message) {
    console.warn(
      "Partnership Assessment (<" + TAG + (element.id ? ' id="' + element.id + '"' : "") +
        ">): " + message
    );
  }

  // ---- Languages.

  function packs() {
    if (!self[PACKS_GLOBAL]) {
      self[PACKS_GLOBAL] = {};
    }
    return self[PACKS_GLOBAL];
  }

  function primary(tag) {
    return String(tag || "").split("-")[0].toLowerCase();
  }

  // The languages this element may speak: the `languages` attribute (tags separated by
  // spaces or commas), else all. An inline copy cannot fetch a pack, so it offers English
  // and the packs it carries.
  function offeredLanguages(element) {
    var list = element.getAttribute("languages");
    var named = list === null ? LANGUAGES.slice() :
      list.split(/[\s,]+/).filter(Boolean).map(primary);
    var unknown = named.filter(function (tag) {
      return LANGUAGES.indexOf(tag) < 0;
    });
    if (list !== null && unknown.length > 0) {
      warn(element, 'languages="' + list + '" names ' + unknown.join(", ") +
        ", which this version does not offer. Offered: " + LANGUAGES.join(", ") + ".");
    }
    var offered = LANGUAGES.filter(function (tag) {
      return named.indexOf(tag) >= 0 && (SCRIPT_SRC !== "" || tag === "en" || packs()[tag]);
    });
    return offered.length > 0 ? offered : ["en"];
  }

  // The language to speak: the `lang` attribute, else the page's, else the browser's
  // preferred languages, else English (or the first offered). Returns [tag, locale], the
  // locale being the most specific tag the reader gave for that language (es-MX), for
  // numbers and dates.
  function chooseLanguage(element, offered) {
    var attribute = element.getAttribute("lang");
    if (attribute !== null && attribute !== "" &&
        !/^[a-z]{2,3}(-[a-z0-9]{1,8})*$/i.test(attribute)) {
      warn(element, 'lang="' + attribute + '" is not a language tag such as "es" or "es-MX".');
      attribute = null;
    } else if (attribute && offered.indexOf(primary(attribute)) < 0) {
      warn(element, 'lang="' + attribute + '" is not offered here (offered: ' +
        offered.join(", ") + "); choosing from the page and the browser instead.");
    }
    var wishes = [attribute, document.documentElement.lang]
      .concat(Array.from(navigator.languages || [navigator.language]));
    var chosen = null;
    for (var i = 0; i < wishes.length && chosen === null; i += 1) {
      if (wishes[i] && offered.indexOf(primary(wishes[i])) >= 0) {
        chosen = primary(wishes[i]);
      }
    }
    if (chosen === null) {
      chosen = offered.indexOf("en") >= 0 ? "en" : offered[0];
    }
    var locale = wishes.filter(function (w) {
      return w && primary(w) === chosen && /^[a-z]{2,3}(-[a-z0-9]{1,8})*$/i.test(w);
    })[0] || chosen;
    return [chosen, locale];
  }

  // The page's language: the first widget's choice, then what a switch chose.
  var pageLanguage = null;
  var pageLocale = "en";
  var loading = Object.create(null);

  // The pack of `tag`: at once when the page has it, else from the script beside this
  // one, loaded once. English has none.
  function loadPack(tag) {
    if (tag === "en") {
      return Promise.resolve({ texts: "", cannotStart: CANNOT_START });
    }
    if (packs()[tag]) {
      return Promise.resolve(packs()[tag]);
    }
    if (!loading[tag]) {
      if (SCRIPT_SRC === "") {
        return Promise.reject(new Error("this copy carries no " + tag + " texts"));
      }
      loading[tag] = loadBeside("." + tag).then(function (src) {
        if (!packs()[tag]) {
          throw new Error(src + " holds no " + tag + " texts");
        }
        return packs()[tag];
      });
      loading[tag].catch(function () {
        delete loading[tag];
      });
    }
    return loading[tag];
  }

  function markLanguage(mountPoint, tag) {
    mountPoint.lang = tag;
    mountPoint.dir = RIGHT_TO_LEFT.indexOf(tag) >= 0 ? "rtl" : "ltr";
  }

  // The stylesheet reads the attribute itself (:host([theme=...])): light is the fallback.
  function checkTheme(element) {
    var theme = element.getAttribute("theme");
    if (theme !== null && !/^(light|dark|auto)$/.test(theme)) {
      warn(element, 'theme="' + theme + '" is not one of light, dark or auto; using light.');
    }
  }

  // The instrument ids the engine knows (a unit test in src/host.rs keeps them in step).
  var INSTRUMENT_IDS = ["readiness", "barriers", "timing", "depth", "partners", "reflection", "health"];
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

  // Each widget is a region landmark; from the second on a page, its name says which one
  // (the widget numbers itself in its language), so screen reader users can tell them
  // apart (landmarks must be unique).
  var widgetCount = 0;
  function regionName() {
    widgetCount += 1;
    return widgetCount === 1 ? "" : String(widgetCount);
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

  // The pack of the language spoken now, as a script an offline copy carries inline.
  function packScript() {
    var pack = packs()[pageLanguage];
    if (pageLanguage === "en" || !pack) {
      return "";
    }
    // "<" is written \u003c, so nothing in the texts can end the script element.
    return "\u003cscript>(self." + PACKS_GLOBAL + "||(self." + PACKS_GLOBAL + "={}))[" +
      JSON.stringify(pageLanguage) + "]=" + JSON.stringify(pack).replace(/</g, "\\u003c") +
      ";" + SCRIPT_END + "\n";
  }

  // The offline page's head in the language spoken now: its lang, its direction and the
  // widget's name in that language as the title.
  function localHead(head, title) {
    if (pageLanguage === "en" || !title) {
      return head;
    }
    var dir = RIGHT_TO_LEFT.indexOf(pageLanguage) >= 0 ? "rtl" : "ltr";
    var escaped = String(title).replace(/&/g, "&amp;").replace(/</g, "&lt;");
    return head
      .replace('<html lang="en">', '<html lang="' + pageLanguage + '" dir="' + dir + '">')
      .replace(/<title>[^<]*<\/title>/, "<title>" + escaped + "</title>");
  }

  // Workshop mode's script as an offline copy carries it: the same text as the file
  // beside this one, rebuilt from the global it set.
  function workshopScript() {
    var workshop = self[WORKSHOP_GLOBAL];
    if (!workshop) {
      return "";
    }
    return "\u003cscript>self." + WORKSHOP_GLOBAL + "={glue:" + workshop.glue.toString() +
      ",wasm:" + JSON.stringify(workshop.wasm) + "};" + SCRIPT_END + "\n";
  }

  // An offline copy is the whole widget: workshop mode is loaded first when it can be (a
  // copy saved without a connection works in every way but workshop mode).
  function offlinePage(answers, title) {
    var workshop = self[WORKSHOP_GLOBAL] ? Promise.resolve() : loadWorkshop();
    return workshop.then(function () {}, function () {}).then(function () {
      return offlinePageNow(answers, title);
    });
  }

  function offlinePageNow(answers, title) {
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
    return localHead(OFFLINE_PAGE[0], title) + copy + carried + packScript() + workshopScript() +
      "\u003cscript>" + ownScript() + SCRIPT_END + OFFLINE_PAGE[1];
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
      .then(function () {
        // The widget now: the one that took the element over for workshop mode, if it did.
        var widget = widgets.get(element);
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
      checkTheme(element);
      var key = storageKey(element);
      var prefill = organization(element);
      var offered = instruments(element);
      var region = regionName();
      var root = this.attachShadow({ mode: "open" });
      root.adoptedStyleSheets = [widgetSheet()];
      var mountPoint = document.createElement("div");
      mountPoint.className = "pa-root";
      root.appendChild(mountPoint);
      var languages = offeredLanguages(element);
      var wanted = chooseLanguage(element, languages);
      if (pageLanguage !== null && wanted[0] !== pageLanguage) {
        warn(element, "another widget on this page already speaks " + pageLanguage +
          "; every widget on a page speaks the same language.");
        wanted = [pageLanguage, pageLocale];
      }
      pageLanguage = wanted[0];
      pageLocale = wanted[1];
      // The language actually shown, whatever the element says.
      markLanguage(mountPoint, "en");
      function loadLanguage(tag) {
        return loadPack(tag).then(function (pack) {
          pageLanguage = tag;
          pageLocale = chooseLanguage(element, [tag])[1];
          markLanguage(mountPoint, tag);
          return { pack: pack.texts, locale: pageLocale };
        });
      }
      var language = loadPack(pageLanguage).then(
        function (pack) {
          return [pageLanguage, pack.texts, pageLocale];
        },
        function (error) {
          warn(element, "showing English, because " + error.message + ".");
          pageLanguage = "en";
          return ["en", "", pageLocale];
        }
      );
      function notify(kind, json) {
        element.dispatchEvent(
          new CustomEvent(TAG + ":" + kind, { detail: JSON.parse(json), bubbles: true, composed: true })
        );
      }
      var carried = takeCarried();
      // Mounts an app of `bindgen`'s module in the language spoken now; `handed` (the
      // results document in progress, or "") when the module with workshop mode takes the
      // element over, else null.
      function mount(bindgen, handed) {
        var pack = pageLanguage === "en" ? null : packs()[pageLanguage];
        var texts = pack ? pack.texts : "";
        return bindgen.mount(
          mountPoint, key, prefill, offered, region, carried, notify, offlinePage,
          pack || pageLanguage === "en" ? pageLanguage : "en", texts, pageLocale,
          languages.join(" "), loadLanguage,
          handed === null && workshopReachable() ? openWorkshop : null, handed
        );
      }
      // The facilitator opened workshop mode: the module with it takes the element over
      // once it is ready (until then, and if it cannot load, this app carries on).
      function openWorkshop() {
        return startWorkshop().then(function (bindgen) {
          var before = widgets.get(element);
          var handed = before ? before.unmount() : "";
          try {
            widgets.set(element, mount(bindgen, handed));
          } catch (error) {
            showFailure(mountPoint, error);
            throw error;
          }
        });
      }
      var entry = readyOf(element);
      Promise.all([start(), language]).then(
        function (ready) {
          var spoken = ready[1];
          markLanguage(mountPoint, spoken[0]);
          var widget = mount(ready[0], null);
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
