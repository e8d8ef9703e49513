/*
 * Partnership Assessment: the loader.
 *
 * One classic script a page includes with a deferred script element whose src is
 * partnership-assessment.js (see EMBEDDING in the README).
 * It carries the wasm-bindgen glue, the widget stylesheet and the WebAssembly module
 * (deflated, then base64), so it works from any host, from file:// and under a strict CSP
 * (script-src 'self' 'wasm-unsafe-eval'): no fetch, no inline script, no style attributes.
 * It defines <partnership-assessment>; each element gets its own shadow root and app.
 * `cargo xtask dist` fills the three slots below.
 */
(function () {
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

  class PartnershipAssessmentElement extends HTMLElement {
    connectedCallback() {
      // Moving an element in the page must not start a second app inside it.
      if (this.shadowRoot !== null) {
        return;
      }
      var root = this.attachShadow({ mode: "open" });
      root.adoptedStyleSheets = [widgetSheet()];
      var mountPoint = document.createElement("div");
      mountPoint.className = "pa-root";
      root.appendChild(mountPoint);
      start().then(
        function () {
          wasm_bindgen.mount(mountPoint);
        },
        function (error) {
          showFailure(mountPoint, error);
        }
      );
    }
  }

  customElements.define(TAG, PartnershipAssessmentElement);
})();
