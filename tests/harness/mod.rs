//! The browser-test harness: a headless Chromium with a fresh profile, driven over CDP.
//!
//! Tests find elements the way people do, by accessible role and name (the accessibility
//! tree pierces shadow roots), click and type with real input events, and read what the
//! page logged and requested. `cargo xtask test` sets the environment:
//! `CHROME` (the browser), `PA_DIST` (the built dist/), `PA_AXE` (axe-core) and
//! `PA_ARTIFACTS` (where screenshots go).

#![allow(dead_code)] // each test file uses a different part of the harness

#[path = "../../xtask/src/static_server.rs"]
mod static_server;

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use chromiumoxide::browser::{Browser, BrowserConfig};
use chromiumoxide::cdp::browser_protocol::accessibility::QueryAxTreeParams;
use chromiumoxide::cdp::browser_protocol::dom::{
    BackendNodeId, FocusParams, GetContentQuadsParams, GetDocumentParams, ResolveNodeParams,
    ScrollIntoViewIfNeededParams,
};
use chromiumoxide::cdp::browser_protocol::emulation::SetDeviceMetricsOverrideParams;
use chromiumoxide::cdp::browser_protocol::input::{
    DispatchKeyEventParams, DispatchKeyEventType, InsertTextParams,
};
use chromiumoxide::cdp::browser_protocol::log::{EventEntryAdded, LogEntryLevel};
use chromiumoxide::cdp::browser_protocol::network::{
    EmulateNetworkConditionsByRuleParams, EnableParams as NetworkEnableParams,
    EventRequestWillBeSent, NetworkConditions, OverrideNetworkStateParams,
};
use chromiumoxide::cdp::browser_protocol::page::CaptureScreenshotFormat;
use chromiumoxide::cdp::js_protocol::runtime::{
    CallFunctionOnParams, ConsoleApiCalledType, EvaluateParams, EventConsoleApiCalled,
    EventExceptionThrown,
};
use chromiumoxide::handler::viewport::Viewport;
use chromiumoxide::layout::Point;
use chromiumoxide::page::{Page, ScreenshotParams};
use futures_util::StreamExt;
use serde::de::DeserializeOwned;
use tokio::task::JoinHandle;

pub use static_server::StaticServer;

/// How long any wait for the page may take before the test fails with a clear message.
const WAIT_LIMIT: Duration = Duration::from_secs(20);

/// Paths the harness needs, from the environment `cargo xtask test` sets.
pub struct TestEnvironment {
    pub chrome: PathBuf,
    pub dist: PathBuf,
    pub axe: PathBuf,
    pub artifacts: PathBuf,
}

impl TestEnvironment {
    pub fn from_env() -> TestEnvironment {
        let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
        let var = |name: &str| {
            std::env::var_os(name)
                .filter(|v| !v.is_empty())
                .map(PathBuf::from)
        };
        let chrome = var("CHROME").unwrap_or_else(|| PathBuf::from("/usr/bin/chromium"));
        let dist = var("PA_DIST").unwrap_or_else(|| root.join("dist"));
        let axe = var("PA_AXE").unwrap_or_else(|| root.join("node_modules/axe-core/axe.min.js"));
        let artifacts = var("PA_ARTIFACTS").unwrap_or_else(|| root.join("test-artifacts"));
        assert!(
            chrome.is_file(),
            "no browser at {}: run the browser tests through `cargo xtask test`, or set CHROME",
            chrome.display()
        );
        assert!(
            dist.join("partnership-assessment.js").is_file(),
            "no built widget in {}: run `cargo xtask dist` first (cargo xtask test does)",
            dist.display()
        );
        TestEnvironment {
            chrome,
            dist,
            axe,
            artifacts,
        }
    }
}

/// A folder under the system temp dir, removed when dropped.
pub struct ScratchDir(PathBuf);

impl ScratchDir {
    pub fn new(purpose: &str) -> ScratchDir {
        static COUNTER: AtomicU32 = AtomicU32::new(0);
        let n = COUNTER.fetch_add(1, Ordering::SeqCst);
        let dir = std::env::temp_dir().join(format!("pa-{purpose}-{}-{n}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).expect("create a scratch folder");
        ScratchDir(dir)
    }

    pub fn path(&self) -> &Path {
        &self.0
    }
}

impl Drop for ScratchDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// A copy of dist/ plus extra test pages, served on a free loopback port.
pub struct Site {
    pub server: StaticServer,
    pub root: ScratchDir,
}

impl Site {
    /// Serves dist/ as built, with `extra_pages` (`(file name, contents)`) beside it.
    pub fn serve(env: &TestEnvironment, extra_pages: &[(&str, &str)]) -> Site {
        Site::serve_with_headers(env, extra_pages, Vec::new())
    }

    /// As [`Site::serve`], adding `(url path, header, value)` response headers.
    pub fn serve_with_headers(
        env: &TestEnvironment,
        extra_pages: &[(&str, &str)],
        headers: Vec<(String, String, String)>,
    ) -> Site {
        let root = ScratchDir::new("site");
        for entry in std::fs::read_dir(&env.dist).expect("read dist/").flatten() {
            if entry.path().is_file() {
                std::fs::copy(entry.path(), root.path().join(entry.file_name()))
                    .expect("copy a dist file");
            }
        }
        for (name, contents) in extra_pages {
            std::fs::write(root.path().join(name), contents).expect("write a test page");
        }
        let server = StaticServer::start_with_headers(root.path(), 0, headers)
            .expect("serve the test site on loopback");
        Site { server, root }
    }

    pub fn url(&self, path: &str) -> String {
        self.server.url(path)
    }

    /// The origin every request of a test must stay within.
    pub fn origin(&self) -> String {
        format!("http://{}", self.server.address())
    }
}

/// What the page did that a test may want to assert about.
#[derive(Default, Debug, Clone)]
pub struct PageLog {
    /// Every request the page started, as `METHOD url`.
    pub requests: Vec<String>,
    pub console_errors: Vec<String>,
    pub page_errors: Vec<String>,
}

/// One node found in the accessibility tree.
#[derive(Debug, Clone)]
pub struct Found {
    pub backend_node_id: BackendNodeId,
    pub role: String,
    pub name: String,
}

/// How long Chromium may take to start before one launch attempt is abandoned.
const LAUNCH_LIMIT: Duration = Duration::from_secs(90);

fn browser_config(env: &TestEnvironment, profile: &Path) -> BrowserConfig {
    BrowserConfig::builder()
        .chrome_executable(&env.chrome)
        .new_headless_mode()
        .no_sandbox()
        .user_data_dir(profile)
        .viewport(Viewport {
            width: 1280,
            height: 900,
            ..Viewport::default()
        })
        // chromiumoxide writes the leading `--` itself: "--disable-gpu" here would reach
        // Chromium as "----disable-gpu", which it ignores.
        .args([
            "disable-gpu",
            "disable-component-update",
            "disable-quic",
            "no-first-run",
            "disable-domain-reliability",
            "no-pings",
        ])
        .launch_timeout(LAUNCH_LIMIT)
        .build()
        .expect("a valid browser configuration")
}

/// A headless Chromium with one page, and everything it logged.
pub struct Session {
    browser: Browser,
    handler: JoinHandle<()>,
    listeners: Vec<JoinHandle<()>>,
    pub page: Page,
    log: Arc<Mutex<PageLog>>,
    artifacts: PathBuf,
    _profile: ScratchDir,
}

impl Session {
    /// Starts Chromium with a fresh profile and a blank page already recording.
    pub async fn start(env: &TestEnvironment) -> Session {
        // A cold machine can take a while to start Chromium the first time (font caches,
        // a fresh profile, another browser starting beside it): allow a generous start-up
        // and one more try before failing.
        let mut attempts_left = 2;
        let (browser, mut handler, profile) = loop {
            attempts_left -= 1;
            // A fresh profile each time: a failed start may still hold the last one's lock.
            let profile = ScratchDir::new("profile");
            match Browser::launch(browser_config(env, profile.path())).await {
                Ok((browser, handler)) => break (browser, handler, profile),
                Err(e) if attempts_left > 0 => {
                    eprintln!("Chromium did not start ({e}); trying once more");
                }
                Err(e) => panic!("start {}: {e}", env.chrome.display()),
            }
        };
        let handler = tokio::spawn(async move { while handler.next().await.is_some() {} });
        let page = browser
            .new_page("about:blank")
            .await
            .expect("open a blank page");
        let log = Arc::new(Mutex::new(PageLog::default()));
        let listeners = record(&page, &log).await;
        Session {
            browser,
            handler,
            listeners,
            page,
            log,
            artifacts: env.artifacts.clone(),
            _profile: profile,
        }
    }

    /// Cuts the page off from every network; file:// still loads.
    pub async fn go_offline(&self) {
        // An empty pattern matches every request.
        let everything = NetworkConditions::new("", 0.0, -1.0, -1.0);
        self.page
            .execute(EmulateNetworkConditionsByRuleParams::new(
                true,
                vec![everything],
            ))
            .await
            .expect("cut the network");
        self.page
            .execute(OverrideNetworkStateParams::new(true, 0.0, -1.0, -1.0))
            .await
            .expect("tell the page it is offline");
    }

    /// Sets the viewport width in CSS pixels (for example 320 for a small phone).
    pub async fn set_width(&self, width: i64) {
        self.page
            .execute(SetDeviceMetricsOverrideParams::new(
                width,
                900,
                1.0,
                width < 600,
            ))
            .await
            .expect("set the viewport");
    }

    pub async fn open(&self, url: &str) {
        self.page
            .goto(url)
            .await
            .unwrap_or_else(|e| panic!("open {url}: {e}"));
    }

    /// Everything recorded so far.
    pub fn log(&self) -> PageLog {
        self.log.lock().map(|l| l.clone()).unwrap_or_default()
    }

    /// Fails the test if the page logged an error or threw.
    pub fn assert_no_errors(&self) {
        let log = self.log();
        assert!(
            log.console_errors.is_empty(),
            "console errors: {:#?}",
            log.console_errors
        );
        assert!(
            log.page_errors.is_empty(),
            "uncaught page errors: {:#?}",
            log.page_errors
        );
    }

    /// Fails the test if any request went anywhere but `allowed_prefixes`.
    pub fn assert_requests_stay_within(&self, allowed_prefixes: &[&str]) {
        let log = self.log();
        let strays: Vec<&String> = log
            .requests
            .iter()
            .filter(|r| {
                let url = r.split_once(' ').map(|(_, u)| u).unwrap_or(r);
                !allowed_prefixes.iter().any(|p| url.starts_with(p))
            })
            .collect();
        assert!(
            strays.is_empty(),
            "requests left {allowed_prefixes:?}: {strays:#?}"
        );
    }

    /// Evaluates JavaScript (awaiting a promise) and returns its JSON value.
    pub async fn eval<T: DeserializeOwned>(&self, expression: &str) -> T {
        let params = EvaluateParams::builder()
            .expression(expression)
            .await_promise(true)
            .return_by_value(true)
            .build()
            .expect("evaluate parameters");
        let result = self
            .page
            .evaluate_expression(params)
            .await
            .unwrap_or_else(|e| panic!("evaluate `{expression}`: {e}"));
        result
            .into_value()
            .unwrap_or_else(|e| panic!("the value of `{expression}`: {e}"))
    }

    /// The nodes with this accessible role and name, shadow roots included.
    pub async fn query(&self, role: &str, name: &str) -> Vec<Found> {
        let document = self
            .page
            .execute(GetDocumentParams::builder().depth(0).build())
            .await
            .expect("get the document");
        let params = QueryAxTreeParams::builder()
            .backend_node_id(document.result.root.backend_node_id)
            .role(role)
            .accessible_name(name)
            .build();
        let nodes = match self.page.execute(params).await {
            Ok(response) => response.result.nodes.clone(),
            Err(_) => return Vec::new(), // the document is being replaced: ask again later
        };
        nodes
            .into_iter()
            .filter(|n| !n.ignored)
            .filter_map(|n| {
                Some(Found {
                    backend_node_id: n.backend_dom_node_id?,
                    role: role.to_string(),
                    name: name.to_string(),
                })
            })
            .collect()
    }

    /// Waits until exactly one node has this role and name, and returns it.
    pub async fn find(&self, role: &str, name: &str) -> Found {
        let started = Instant::now();
        loop {
            let mut found = self.query(role, name).await;
            if found.len() == 1 {
                return found.remove(0);
            }
            if started.elapsed() > WAIT_LIMIT {
                self.screenshot(&format!("not-found-{role}")).await;
                panic!(
                    "expected one {role} named {name:?}, found {} after {WAIT_LIMIT:?}; log: {:#?}",
                    found.len(),
                    self.log()
                );
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// Waits until a JavaScript condition holds.
    pub async fn wait_until(&self, what: &str, condition: &str) {
        let started = Instant::now();
        while !self.eval::<bool>(&format!("Boolean({condition})")).await {
            if started.elapsed() > WAIT_LIMIT {
                panic!(
                    "waited {WAIT_LIMIT:?} for {what} ({condition}); log: {:#?}",
                    self.log()
                );
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// Clicks the centre of a node with real mouse events, as a person would.
    pub async fn click(&self, node: &Found) {
        self.page
            .execute(
                ScrollIntoViewIfNeededParams::builder()
                    .backend_node_id(node.backend_node_id)
                    .build(),
            )
            .await
            .expect("scroll into view");
        let quads = self
            .page
            .execute(
                GetContentQuadsParams::builder()
                    .backend_node_id(node.backend_node_id)
                    .build(),
            )
            .await
            .expect("get the node's position");
        let quad = quads
            .result
            .quads
            .first()
            .unwrap_or_else(|| panic!("{} {:?} is not visible", node.role, node.name));
        let corners = quad.inner();
        let x = (corners[0] + corners[2] + corners[4] + corners[6]) / 4.0;
        let y = (corners[1] + corners[3] + corners[5] + corners[7]) / 4.0;
        self.page.click(Point { x, y }).await.expect("click");
    }

    /// Finds by role and name, then clicks.
    pub async fn click_on(&self, role: &str, name: &str) {
        let node = self.find(role, name).await;
        self.click(&node).await;
    }

    pub async fn focus(&self, node: &Found) {
        self.page
            .execute(
                FocusParams::builder()
                    .backend_node_id(node.backend_node_id)
                    .build(),
            )
            .await
            .expect("focus");
    }

    /// Types text into whatever has focus, as an input method would.
    pub async fn type_text(&self, text: &str) {
        self.page
            .execute(InsertTextParams::new(text))
            .await
            .expect("type text");
    }

    /// Presses and releases one key by name ("Tab", "Enter", " ", "ArrowDown", ...).
    pub async fn press(&self, key: &str) {
        self.press_with_modifiers(key, 0).await;
    }

    /// As [`Session::press`] with Shift held (for Shift+Tab).
    pub async fn press_shifted(&self, key: &str) {
        self.press_with_modifiers(key, 8).await;
    }

    async fn press_with_modifiers(&self, key: &str, modifiers: i64) {
        let definition = chromiumoxide::keys::get_key_definition(key)
            .unwrap_or_else(|| panic!("no key called {key:?}"));
        let mut down = DispatchKeyEventParams::builder()
            .key(definition.key)
            .code(definition.code)
            .windows_virtual_key_code(definition.key_code)
            .native_virtual_key_code(definition.key_code)
            .modifiers(modifiers);
        let text = definition
            .text
            .or((definition.key.len() == 1).then_some(definition.key));
        let down_type = match text {
            Some(text) => {
                down = down.text(text);
                DispatchKeyEventType::KeyDown
            }
            None => DispatchKeyEventType::RawKeyDown,
        };
        let up = down.clone().r#type(DispatchKeyEventType::KeyUp);
        for event in [down.r#type(down_type), up] {
            self.page
                .execute(event.build().expect("key event"))
                .await
                .expect("press a key");
        }
    }

    /// The rendered text of a node (`innerText`, or `textContent` for non-elements).
    pub async fn text_of(&self, node: &Found) -> String {
        let object = self
            .page
            .execute(
                ResolveNodeParams::builder()
                    .backend_node_id(node.backend_node_id)
                    .build(),
            )
            .await
            .expect("resolve the node");
        let object_id = object
            .result
            .object
            .object_id
            .clone()
            .expect("a node object");
        let call = CallFunctionOnParams::builder()
            .object_id(object_id)
            .function_declaration("function () { return this.innerText ?? this.textContent; }")
            .return_by_value(true)
            .build()
            .expect("call parameters");
        let result = self.page.execute(call).await.expect("read text");
        result
            .result
            .result
            .value
            .clone()
            .and_then(|v| v.as_str().map(str::to_string))
            .unwrap_or_default()
    }

    /// Runs axe-core over the whole page, shadow roots included, and returns the violations
    /// as readable lines (`rule: help (targets)`).
    pub async fn axe_violations(&self, axe_script: &Path) -> Vec<String> {
        let source = std::fs::read_to_string(axe_script).unwrap_or_else(|e| {
            panic!(
                "read axe-core at {}: {e} (cargo xtask test installs it)",
                axe_script.display()
            )
        });
        let _: serde_json::Value = self
            .eval(&format!("(function () {{ {source}\n; return true; }})()"))
            .await;
        self.eval(
            "axe.run(document, { resultTypes: ['violations'] }).then(function (r) {
               return r.violations.map(function (v) {
                 return v.id + ': ' + v.help + ' (' +
                   v.nodes.map(function (n) { return JSON.stringify(n.target); }).join(', ') + ')';
               });
             })",
        )
        .await
    }

    /// Saves a full-page PNG under the artifacts folder, for people to look at.
    pub async fn screenshot(&self, name: &str) -> PathBuf {
        let _ = std::fs::create_dir_all(&self.artifacts);
        let path = self.artifacts.join(format!("{name}.png"));
        let params = ScreenshotParams::builder()
            .format(CaptureScreenshotFormat::Png)
            .full_page(true)
            .build();
        if let Ok(png) = self.page.screenshot(params).await {
            let _ = std::fs::write(&path, png);
        }
        path
    }

    /// Lets pending events arrive before a test reads the log.
    pub async fn settle(&self) {
        let _: bool = self
            .eval("new Promise(function (r) { requestAnimationFrame(function () { setTimeout(function () { r(true); }, 200); }); })")
            .await;
    }

    pub async fn close(mut self) {
        let _ = self.browser.close().await;
        let _ = self.browser.wait().await;
        for listener in &self.listeners {
            listener.abort();
        }
        self.handler.abort();
    }
}

/// Starts recording requests, console errors and uncaught errors of `page`.
async fn record(page: &Page, log: &Arc<Mutex<PageLog>>) -> Vec<JoinHandle<()>> {
    page.execute(NetworkEnableParams::default())
        .await
        .expect("enable network events");
    page.enable_log().await.expect("enable log events");
    page.enable_runtime().await.expect("enable runtime events");

    let mut tasks = Vec::new();
    let mut requests = page
        .event_listener::<EventRequestWillBeSent>()
        .await
        .expect("listen for requests");
    let sink = Arc::clone(log);
    tasks.push(tokio::spawn(async move {
        while let Some(event) = requests.next().await {
            if let Ok(mut log) = sink.lock() {
                log.requests
                    .push(format!("{} {}", event.request.method, event.request.url));
            }
        }
    }));

    let mut console = page
        .event_listener::<EventConsoleApiCalled>()
        .await
        .expect("listen for console calls");
    let sink = Arc::clone(log);
    tasks.push(tokio::spawn(async move {
        while let Some(event) = console.next().await {
            if matches!(
                event.r#type,
                ConsoleApiCalledType::Error | ConsoleApiCalledType::Assert
            ) {
                let text: Vec<String> = event
                    .args
                    .iter()
                    .map(|a| {
                        a.value
                            .as_ref()
                            .map(|v| v.to_string())
                            .or(a.description.clone())
                            .unwrap_or_default()
                    })
                    .collect();
                if let Ok(mut log) = sink.lock() {
                    log.console_errors.push(text.join(" "));
                }
            }
        }
    }));

    let mut entries = page
        .event_listener::<EventEntryAdded>()
        .await
        .expect("listen for log entries");
    let sink = Arc::clone(log);
    tasks.push(tokio::spawn(async move {
        while let Some(event) = entries.next().await {
            if event.entry.level == LogEntryLevel::Error
                && let Ok(mut log) = sink.lock()
            {
                log.console_errors
                    .push(format!("{:?}: {}", event.entry.source, event.entry.text));
            }
        }
    }));

    let mut exceptions = page
        .event_listener::<EventExceptionThrown>()
        .await
        .expect("listen for exceptions");
    let sink = Arc::clone(log);
    tasks.push(tokio::spawn(async move {
        while let Some(event) = exceptions.next().await {
            let details = &event.exception_details;
            let description = details
                .exception
                .as_ref()
                .and_then(|e| e.description.clone())
                .unwrap_or_default();
            if let Ok(mut log) = sink.lock() {
                log.page_errors
                    .push(format!("{} {description}", details.text));
            }
        }
    }));
    tasks
}

// ----------------------------------------------------------------------------------------
// Checking exported files against their JSON Schemas, with the pinned ajv from
// package.json (Draft 2020-12, the standard formats and the integer formats schemars
// writes), so a test validates against the
// whole schema rather than a hand-picked part of it.

/// Validates `document` against the JSON Schema in the file `schema`; the error lists every
/// place the document breaks the schema.
pub fn validate_against_schema(schema: &Path, document: &[u8]) -> Result<(), String> {
    let node_modules = Path::new(env!("CARGO_MANIFEST_DIR")).join("node_modules");
    let scratch = ScratchDir::new("schema-check");
    let document_path = scratch.path().join("document.json");
    std::fs::write(&document_path, document).map_err(|e| format!("write document: {e}"))?;
    let script = "const [schemaPath, docPath] = process.argv.slice(1);\
        const Ajv = require('ajv/dist/2020').default;\
        const addFormats = require('ajv-formats').default;\
        const fs = require('fs');\
        const ajv = new Ajv({ allErrors: true, strict: false });\
        addFormats(ajv);\
        const integer = (lo, hi) => ({ type: 'number',\
          validate: (x) => Number.isInteger(x) && x >= lo && x <= hi });\
        ajv.addFormat('uint8', integer(0, 255));\
        ajv.addFormat('int8', integer(-128, 127));\
        ajv.addFormat('uint32', integer(0, 4294967295));\
        const validate = ajv.compile(JSON.parse(fs.readFileSync(schemaPath, 'utf8')));\
        const ok = validate(JSON.parse(fs.readFileSync(docPath, 'utf8')));\
        if (!ok) { console.error(JSON.stringify(validate.errors, null, 1)); process.exit(1); }";
    let output = std::process::Command::new("node")
        .arg("-e")
        .arg(script)
        .arg(schema)
        .arg(&document_path)
        .env("NODE_PATH", &node_modules)
        .output()
        .map_err(|e| format!("cannot run node: {e}"))?;
    if output.status.success() {
        Ok(())
    } else {
        Err(String::from_utf8_lossy(&output.stderr).into_owned())
    }
}

/// Waits (up to 20 s) for a finished download with this extension in `dir`. Chromium may
/// create the file before it has written it, so a file counts only once it is non-empty
/// and its size has stayed the same across two looks.
pub async fn wait_for_download(dir: &Path, extension: &str) -> PathBuf {
    let started = Instant::now();
    let mut last: Option<(PathBuf, u64)> = None;
    loop {
        let found = std::fs::read_dir(dir).ok().and_then(|entries| {
            entries
                .flatten()
                .map(|e| e.path())
                .find(|p| p.extension().is_some_and(|e| e == extension))
        });
        if let Some(file) = found {
            let size = std::fs::metadata(&file).map(|m| m.len()).unwrap_or(0);
            if size > 0 && last.as_ref() == Some(&(file.clone(), size)) {
                return file;
            }
            last = Some((file, size));
        }
        assert!(
            started.elapsed() < Duration::from_secs(20),
            "no finished download arrived in {}",
            dir.display()
        );
        tokio::time::sleep(Duration::from_millis(150)).await;
    }
}

// ----------------------------------------------------------------------------------------
// What every browser-test file needs around downloads and accessibility.

impl Session {
    /// Lets the page download into a fresh folder, which is returned (and removed when
    /// dropped). Pair with [`wait_for_download`].
    pub async fn allow_downloads(&self) -> ScratchDir {
        use chromiumoxide::cdp::browser_protocol::browser::{
            SetDownloadBehaviorBehavior, SetDownloadBehaviorParams,
        };
        let downloads = ScratchDir::new("downloads");
        self.page
            .execute(
                SetDownloadBehaviorParams::builder()
                    .behavior(SetDownloadBehaviorBehavior::Allow)
                    .download_path(downloads.path().display().to_string())
                    .build()
                    .expect("download parameters"),
            )
            .await
            .expect("allow downloads");
        downloads
    }

    /// Runs axe-core once the page has settled and fails with every violation found,
    /// naming the `screen` it was on.
    pub async fn assert_no_axe_violations(&self, axe_script: &Path, screen: &str) {
        self.settle().await;
        let violations = self.axe_violations(axe_script).await;
        assert!(
            violations.is_empty(),
            "axe-core violations on the {screen} screen: {violations:#?}"
        );
    }
}
