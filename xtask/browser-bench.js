// The widget's browser figures, for `cargo xtask bench`:
//   node browser-bench.js CHROME SITE_URL WORKSHOP_FILES COLD_RUNS INP_RUNS [PARTS]
// PARTS (default cold,inp,workshop) picks which figures to take.
// SITE_URL serves dist/ (gzip where the client accepts it) from the xtask's static server.
// Drives headless Chromium over the DevTools protocol on a pipe (no extra npm package) and
// prints one row per figure on stdout: name TAB unit TAB target TAB value,value,... Figures are
// reported, never asserted.
"use strict";

const { spawn } = require("child_process");
const fs = require("fs");
const os = require("os");
const path = require("path");

// An old phone in a rural office: CPU 4x slower, 1.6 Mbps down, 150 ms round trip.
const SLOW_NETWORK = {
  offline: false,
  latency: 150,
  downloadThroughput: (1.6 * 1000 * 1000) / 8,
  uploadThroughput: (0.75 * 1000 * 1000) / 8,
};
const WAIT_LIMIT_MS = 120000;
const ROOT = "document.querySelector('partnership-assessment').shadowRoot";

// Records, from the first script of the page, when the first frame with an enabled control
// inside the widget is produced (performance.now() counts from the navigation start), and
// every Event Timing entry that belongs to an interaction.
const PROBE = `(() => {
  window.__paEvents = [];
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        if (e.interactionId) window.__paEvents.push([e.interactionId, e.duration, e.startTime]);
      }
    }).observe({ type: "event", durationThreshold: 16, buffered: true });
  } catch (e) {}
  const tick = () => {
    const host = document.querySelector("partnership-assessment");
    const root = host && host.shadowRoot;
    const control = (root && root.querySelector("button:not([disabled])")) ||
      document.querySelector("[data-bench-peer] input:not([disabled])");
    if (control) { window.__paReady = performance.now(); return; }
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  // Keeps the widget's wasm memory in sight, to read its size after the workshop merge.
  const keep = (result) => {
    const instance = result && (result.instance || result);
    if (instance && instance.exports && instance.exports.memory) window.__paMemory = instance.exports.memory;
    return result;
  };
  for (const name of ["instantiate", "instantiateStreaming"]) {
    const original = WebAssembly[name];
    WebAssembly[name] = function () { return original.apply(this, arguments).then(keep); };
  }
})();`;

class Chromium {
  constructor(executable) {
    this.profile = fs.mkdtempSync(path.join(os.tmpdir(), "pa-bench-"));
    this.process = spawn(
      executable,
      [
        "--headless=new",
        "--no-sandbox",
        "--remote-debugging-pipe",
        `--user-data-dir=${this.profile}`,
        "--disable-gpu",
        "--disable-component-update",
        "--disable-quic",
        "--no-first-run",
        "--no-default-browser-check",
        "--disable-background-timer-throttling",
        "--disable-renderer-backgrounding",
        "--window-size=1280,900",
        "about:blank",
      ],
      { stdio: ["ignore", "ignore", "ignore", "pipe", "pipe"] }
    );
    this.nextId = 1;
    this.pending = new Map();
    this.buffer = Buffer.alloc(0);
    this.process.stdio[4].on("data", (chunk) => {
      this.buffer = Buffer.concat([this.buffer, chunk]);
      let end;
      while ((end = this.buffer.indexOf(0)) >= 0) {
        const message = JSON.parse(this.buffer.subarray(0, end).toString("utf8"));
        this.buffer = this.buffer.subarray(end + 1);
        const waiting = message.id && this.pending.get(message.id);
        if (waiting) {
          this.pending.delete(message.id);
          if (message.error) waiting.reject(new Error(`${waiting.method}: ${message.error.message}`));
          else waiting.resolve(message.result);
        }
      }
    });
  }

  send(method, params = {}, sessionId = undefined) {
    const id = this.nextId++;
    const message = { id, method, params };
    if (sessionId) message.sessionId = sessionId;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject, method });
      this.process.stdio[3].write(JSON.stringify(message) + "\0");
    });
  }

  // A fresh browser context (no cache, no storage) with one page, attached.
  async newPage() {
    const { browserContextId } = await this.send("Target.createBrowserContext");
    const { targetId } = await this.send("Target.createTarget", {
      url: "about:blank",
      browserContextId,
    });
    const { sessionId } = await this.send("Target.attachToTarget", { targetId, flatten: true });
    const page = new Page(this, sessionId, browserContextId);
    await page.send("Page.enable");
    await page.send("Network.enable");
    await page.send("Network.setCacheDisabled", { cacheDisabled: true });
    await page.send("Emulation.setDeviceMetricsOverride", {
      width: 1280,
      height: 900,
      deviceScaleFactor: 1,
      mobile: false,
    });
    await page.send("Page.addScriptToEvaluateOnNewDocument", { source: PROBE });
    return page;
  }

  async close() {
    try {
      await Promise.race([this.send("Browser.close"), sleep(5000)]);
    } catch (e) {}
    const exited = new Promise((resolve) => this.process.once("exit", resolve));
    this.process.kill();
    await Promise.race([exited, sleep(5000)]);
    try {
      fs.rmSync(this.profile, { recursive: true, force: true, maxRetries: 3 });
    } catch (e) {}
  }
}

class Page {
  constructor(browser, sessionId, contextId) {
    this.browser = browser;
    this.sessionId = sessionId;
    this.contextId = contextId;
  }

  send(method, params = {}) {
    return this.browser.send(method, params, this.sessionId);
  }

  async eval(expression) {
    const { result, exceptionDetails } = await this.send("Runtime.evaluate", {
      expression,
      returnByValue: true,
      awaitPromise: true,
    });
    if (exceptionDetails) {
      throw new Error(`${expression}: ${JSON.stringify(exceptionDetails).slice(0, 400)}`);
    }
    return result.value;
  }

  async waitFor(what, expression) {
    const started = Date.now();
    for (;;) {
      const value = await this.eval(expression);
      if (value !== undefined && value !== null && value !== false) return value;
      if (Date.now() - started > WAIT_LIMIT_MS) throw new Error(`timed out waiting for ${what}`);
      await sleep(20);
    }
  }

  // A real click: the mouse moves, presses and releases at (x, y) in CSS pixels.
  async click([x, y]) {
    await this.send("Input.dispatchMouseEvent", { type: "mouseMoved", x, y });
    await this.send("Input.dispatchMouseEvent", {
      type: "mousePressed", x, y, button: "left", clickCount: 1,
    });
    await this.send("Input.dispatchMouseEvent", {
      type: "mouseReleased", x, y, button: "left", clickCount: 1,
    });
  }

  // Two frames later, whatever the last input changed has been painted.
  async painted() {
    await this.eval("new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))");
  }

  async close() {
    await this.browser.send("Target.disposeBrowserContext", { browserContextId: this.contextId });
  }
}

function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

// From navigation to the first frame with an enabled control in the widget.
async function coldStart(browser, url, throttled) {
  const page = await browser.newPage();
  try {
    if (throttled) {
      await page.send("Network.emulateNetworkConditions", SLOW_NETWORK);
      await page.send("Emulation.setCPUThrottlingRate", { rate: 4 });
    }
    await page.send("Page.navigate", { url });
    return await page.waitFor("the first control", "window.__paReady");
  } finally {
    await page.close();
  }
}

// The centre of the button whose text is `label`, scrolled into view, or null.
function buttonAt(label) {
  return `(() => {
    const b = [...${ROOT}.querySelectorAll("button")].find((b) => b.textContent.trim() === ${JSON.stringify(label)});
    if (!b) return null;
    b.scrollIntoView({ block: "center" });
    const r = b.getBoundingClientRect();
    return [r.x + r.width / 2, r.y + r.height / 2];
  })()`;
}

// Which screen shows: its heading and its progress line, which names the page of a part
// asked over several (the heading alone stays the same from page to page). Next answers
// nothing, so the line changes on Next only by its page or part.
const SCREEN_KEY = `(() => {
  const h = ${ROOT}.querySelector("h2");
  const p = ${ROOT}.querySelector("#pa-progress-text");
  return h ? h.textContent + "|" + (p ? p.textContent : "") : null;
})()`;

// The first radio group without an answer on this screen: picks an option by the group's
// position (every option occurs), scrolls it into view and returns where its label is.
const NEXT_ANSWER = `(() => {
  const root = ${ROOT};
  const groups = new Map();
  for (const r of root.querySelectorAll("input[type=radio]")) {
    if (!groups.has(r.name)) groups.set(r.name, []);
    groups.get(r.name).push(r);
  }
  let n = 0;
  for (const [name, radios] of groups) {
    n += 1;
    if (radios.some((r) => r.checked)) continue;
    const pick = radios[(n * 3 + 1) % radios.length];
    const target = pick.closest("label") || root.querySelector('label[for="' + pick.id + '"]') || pick;
    target.scrollIntoView({ block: "center" });
    const box = target.getBoundingClientRect();
    window.__paPick = pick;
    return [box.x + Math.min(box.width / 2, 24), box.y + box.height / 2];
  }
  return null;
})()`;

// The whole assessment answered by real clicks; returns the duration of each answer
// click's interaction as the Event Timing API reports it.
async function scriptedRun(browser, url, rate) {
  const page = await browser.newPage();
  try {
    await page.send("Page.navigate", { url });
    await page.waitFor("the first control", "window.__paReady");
    await page.send("Emulation.setCPUThrottlingRate", { rate });
    await page.click(await page.waitFor("the start button", buttonAt("Start the full assessment")));
    await page.painted();
    // When each click was sent (page clock) and whether it answered a question.
    const clicks = [];
    const clickAt = async (at, answer) => {
      clicks.push({ t0: await page.eval("performance.now()"), answer });
      await page.click(at);
    };
    let screens = 0;
    for (;;) {
      const at = await page.eval(NEXT_ANSWER);
      if (at) {
        await clickAt(at, true);
        await page.waitFor("the answer to be checked", "window.__paPick.checked");
        await page.painted();
        continue;
      }
      const next = await page.eval(buttonAt("Next"));
      if (next) {
        const screen = await page.eval(SCREEN_KEY);
        await clickAt(next, false);
        await page.waitFor("the next screen", `${SCREEN_KEY} !== ${JSON.stringify(screen)}`);
        await page.painted();
        screens += 1;
        if (screens > 50) throw new Error("more than 50 screens: the script is lost");
        continue;
      }
      break;
    }
    const finish = await page.eval(buttonAt("See my results"));
    if (finish) {
      await clickAt(finish, false);
      await page.painted();
    }
    await sleep(500);
    await page.send("Emulation.setCPUThrottlingRate", { rate: 1 });
    // Event Timing entries of one interaction share its id; the interaction lasts as long
    // as its longest entry and belongs to the last click sent before it started.
    // Interactions under the 16 ms threshold report nothing: they count as 16 ms.
    const events = await page.eval("window.__paEvents");
    const byInteraction = new Map();
    for (const [id, duration, startTime] of events) {
      const seen = byInteraction.get(id) || { duration: 0, startTime };
      byInteraction.set(id, {
        duration: Math.max(seen.duration, duration),
        startTime: Math.min(seen.startTime, startTime),
      });
    }
    const perClick = clicks.map(() => 16);
    for (const { duration, startTime } of byInteraction.values()) {
      let k = -1;
      for (let i = 0; i < clicks.length; i += 1) if (clicks[i].t0 <= startTime) k = i;
      if (k >= 0) perClick[k] = Math.max(perClick[k], duration);
    }
    const answerDurations = perClick.filter((_, i) => clicks[i].answer).sort((a, b) => a - b);
    return {
      answers: answerDurations.length,
      screens,
      p50: percentile(answerDurations, 0.5),
      p95: percentile(answerDurations, 0.95),
      worstAll: Math.max(...perClick),
    };
  } finally {
    await page.close();
  }
}

// The assessment's screens as the widget shows them (title, and each radio question's
// legend and options), for an equivalent SurveyJS form.
async function structure(browser, url) {
  const page = await browser.newPage();
  try {
    await page.send("Page.navigate", { url });
    await page.waitFor("the first control", "window.__paReady");
    await page.click(await page.waitFor("the start button", buttonAt("Start the full assessment")));
    const screens = [];
    for (;;) {
      const heading = await page.waitFor("a heading", `${ROOT}.querySelector("h2") && ${ROOT}.querySelector("h2").textContent`);
      screens.push(await page.eval(`(() => {
        const root = ${ROOT};
        const groups = new Map();
        for (const r of root.querySelectorAll("input[type=radio]")) {
          if (!groups.has(r.name)) {
            const set = r.closest("fieldset");
            const legend = set && set.querySelector("legend");
            groups.set(r.name, { title: legend ? legend.textContent.trim() : "", choices: [] });
          }
          const label = r.closest("label") || root.querySelector('label[for="' + r.id + '"]');
          groups.get(r.name).choices.push(label ? label.textContent.trim() : r.value);
        }
        return { title: ${JSON.stringify(heading)}, questions: [...groups.values()] };
      })()`));
      const next = await page.eval(buttonAt("Next"));
      if (!next) break;
      const screen = await page.eval(SCREEN_KEY);
      await page.click(next);
      await page.waitFor("the next screen", `${SCREEN_KEY} !== ${JSON.stringify(screen)}`);
      if (screens.length > 50) throw new Error("more than 50 screens: the script is lost");
    }
    return screens.filter((s) => s.questions.length > 0);
  } finally {
    await page.close();
  }
}

// Writes the SurveyJS peer into the served folder: the same screens and questions as one
// SurveyJS form (survey-core and survey-js-ui as pinned in package.json), gzip beside each.
function writePeer(siteDir, nodeModules, screens) {
  const zlib = require("zlib");
  const form = {
    showQuestionNumbers: "off",
    pages: screens.map((screen, i) => ({
      name: `part${i}`,
      title: screen.title,
      elements: screen.questions.map((q, j) => ({
        type: "radiogroup",
        name: `q${i}_${j}`,
        title: q.title || `Question ${j + 1}`,
        choices: q.choices,
      })),
    })),
  };
  const files = {
    "survey.core.min.js": fs.readFileSync(path.join(nodeModules, "survey-core/survey.core.min.js")),
    "survey-js-ui.min.js": fs.readFileSync(path.join(nodeModules, "survey-js-ui/survey-js-ui.min.js")),
    "survey-core.min.css": fs.readFileSync(path.join(nodeModules, "survey-core/survey-core.min.css")),
    "peer-form.js": Buffer.from(
      `var survey = new Survey.Model(${JSON.stringify(form)});\n` +
        `survey.render(document.getElementById("peer"));\n`
    ),
    "peer.html": Buffer.from(`<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>SurveyJS peer</title>
<link rel="stylesheet" href="survey-core.min.css">
<script src="survey.core.min.js"></script>
<script src="survey-js-ui.min.js"></script>
</head><body><main><h1>Thinking about a partnership?</h1>
<div id="peer" data-bench-peer></div>
<script src="peer-form.js"></script>
</main></body></html>
`),
  };
  for (const [name, bytes] of Object.entries(files)) {
    fs.writeFileSync(path.join(siteDir, name), bytes);
    fs.writeFileSync(path.join(siteDir, name + ".gz"), zlib.gzipSync(bytes, { level: 9 }));
  }
  return form.pages.reduce((n, p) => n + p.elements.length, 0);
}

// Opens workshop mode, drops the 500 files in, waits for the merged table, collects
// garbage and reads the page's memory: the JS heap plus array buffers (the wasm memory).
async function workshopMemory(browser, url, filesJson) {
  const page = await browser.newPage();
  try {
    await page.send("Page.navigate", { url });
    await page.waitFor("the first control", "window.__paReady");
    await page.click(await page.waitFor("the workshop button", buttonAt("Open workshop mode")));
    // Workshop mode's own script is loaded on demand: wait for its screen, not the start
    // page's file input. The time to load it is not part of the merge figure.
    await page.waitFor("the workshop screen", `${ROOT}.querySelector(".pa-ws input[type=file]")`);
    await page.send("HeapProfiler.enable");
    await page.send("HeapProfiler.collectGarbage");
    const before = await page.send("Runtime.getHeapUsage");
    const merged = await page.eval(`(async () => {
      const files = ${filesJson};
      const input = ${ROOT}.querySelector(".pa-ws input[type=file]");
      const data = new DataTransfer();
      for (const [name, text] of files) data.items.add(new File([text], name, { type: "application/json" }));
      const started = performance.now();
      input.files = data.files;
      input.dispatchEvent(new Event("change", { bubbles: true }));
      for (;;) {
        await new Promise((r) => requestAnimationFrame(r));
        const rows = ${ROOT}.querySelectorAll("table.pa-ws-files tbody tr").length;
        if (rows === files.length) return performance.now() - started;
        if (performance.now() - started > 60000) return -rows;
      }
    })()`);
    if (merged < 0) throw new Error(`the workshop showed ${-merged} of the files`);
    await page.send("HeapProfiler.collectGarbage");
    const after = await page.send("Runtime.getHeapUsage");
    const wasm = await page.eval("window.__paMemory ? window.__paMemory.buffer.byteLength : 0");
    return {
      mergeMs: merged,
      heapBytes: after.usedSize,
      heapGrowthBytes: after.usedSize - before.usedSize,
      wasmBytes: wasm,
    };
  } finally {
    await page.close();
  }
}

function percentile(sorted, p) {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
}

async function main() {
  const [chrome, url, filesPath, coldText, inpText, partsText] = process.argv.slice(2);
  const parts = (partsText || "cold,inp,workshop").split(",");
  const coldRuns = Math.max(1, Number(coldText) || 7);
  const inpRuns = Math.max(1, Number(inpText) || 3);
  const filesJson = fs.readFileSync(filesPath, "utf8");
  const browser = new Chromium(chrome);
  const rows = [];
  const row = (name, unit, values, target = "") => rows.push({ name, unit, values, target });
  try {
    await browser.send("Target.getTargets");
    // One unmeasured load first: the OS file cache and Chromium's own start-up.
    await coldStart(browser, url, false);
    // The SurveyJS peer, when the xtask says where to write it and the packages are there.
    const siteDir = process.env.PA_BENCH_SITE_DIR;
    const nodeModules = process.env.PA_BENCH_NODE_MODULES;
    let peerUrl = null;
    if (parts.includes("cold") && siteDir && nodeModules && fs.existsSync(path.join(nodeModules, "survey-js-ui"))) {
      const questions = writePeer(siteDir, nodeModules, await structure(browser, url));
      peerUrl = new URL("peer.html", url).href;
      process.stderr.write(`SurveyJS peer: ${questions} questions\n`);
      await coldStart(browser, peerUrl, false);
    }
    if (parts.includes("cold")) {
      const cold = [];
      const coldSlow = [];
      const peer = [];
      const peerSlow = [];
      for (let i = 0; i < coldRuns; i += 1) {
        // Interleaved, so a busy moment on the machine hits both alike.
        cold.push(await coldStart(browser, url, false));
        coldSlow.push(await coldStart(browser, url, true));
        if (peerUrl) {
          peer.push(await coldStart(browser, peerUrl, false));
          peerSlow.push(await coldStart(browser, peerUrl, true));
        }
      }
      row("cold start to first control", "ms", cold);
      row("cold start, 4x CPU, 1.6 Mbps/150 ms", "ms", coldSlow);
      if (peerUrl) {
        row("SurveyJS peer cold start", "ms", peer);
        row("SurveyJS peer, 4x CPU, 1.6 Mbps/150 ms", "ms", peerSlow);
        // Each throttled run against the peer's run next to it, in per cent.
        row("throttled start, ours / peer", "%", coldSlow.map((t, i) => (100 * t) / peerSlow[i]), "45");
      }
    }
    if (parts.includes("inp")) {
      for (const rate of [1, 4]) {
        const runs = [];
        for (let i = 0; i < inpRuns; i += 1) runs.push(await scriptedRun(browser, url, rate));
        const clicks = `${runs[0].answers} answers`;
        row(`INP p50, ${clicks}, ${rate}x CPU`, "ms", runs.map((r) => r.p50));
        row(`INP p95, ${clicks}, ${rate}x CPU`, "ms", runs.map((r) => r.p95), rate === 4 ? "40" : "");
        row(`worst interaction, ${rate}x CPU`, "ms", runs.map((r) => r.worstAll));
      }
    }
    if (parts.includes("workshop")) {
      const memory = [];
      for (let i = 0; i < inpRuns; i += 1) memory.push(await workshopMemory(browser, url, filesJson));
      row("workshop: 500 files dropped to table shown", "ms", memory.map((m) => m.mergeMs));
      row("workshop: wasm memory after merge", "KB", memory.map((m) => m.wasmBytes / 1024));
      row("workshop: JS heap after merge", "KB", memory.map((m) => m.heapBytes / 1024));
      row("workshop: JS heap growth by merge", "KB", memory.map((m) => m.heapGrowthBytes / 1024));
    }
  } finally {
    await browser.close();
  }
  for (const r of rows) {
    const values = r.values.map((v) => v.toFixed(1)).join(",");
    process.stdout.write(`${r.name}\t${r.unit}\t${r.target}\t${values}\n`);
  }
}

main().catch((error) => {
  console.error(error && error.stack ? error.stack : error);
  process.exit(1);
});
