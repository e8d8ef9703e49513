//! A headless Chromium with a fresh profile and one page, driven over CDP: finding nodes
//! by accessible role and name, real clicks and key presses, waiting, evaluating
//! JavaScript, reading the widget's shadow root, screenshots.

use std::path::{Path, PathBuf};
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
use chromiumoxide::cdp::browser_protocol::network::{
    EmulateNetworkConditionsByRuleParams, NetworkConditions, OverrideNetworkStateParams,
};
use chromiumoxide::cdp::browser_protocol::page::CaptureScreenshotFormat;
use chromiumoxide::cdp::js_protocol::runtime::{CallFunctionOnParams, EvaluateParams};
use chromiumoxide::handler::viewport::Viewport;
use chromiumoxide::layout::Point;
use chromiumoxide::page::{Page, ScreenshotParams};
use futures_util::StreamExt;
use serde::de::DeserializeOwned;
use tokio::task::JoinHandle;

use super::env::{ScratchDir, TestEnvironment};
use super::record::{PageLog, record};
use super::site::Site;

/// How long any wait for the page may take before the test fails with a clear message.
const WAIT_LIMIT: Duration = Duration::from_secs(20);

/// The first widget's shadow root, for JavaScript that reads inside it.
pub const ROOT: &str = "document.querySelector('partnership-assessment').shadowRoot";

/// The heading of the widget's first screen.
pub const START_HEADING: &str = "Before you start";

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

    /// Finds by role and name, clicks, then waits until a JavaScript condition holds.
    pub async fn click_then_wait_until(&self, role: &str, name: &str, what: &str, condition: &str) {
        self.click_on(role, name).await;
        self.wait_until(what, condition).await;
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

/// Another tab of a session's browser: the same profile, so the same storage, as two tabs
/// a person opened on one site.
pub struct Tab {
    pub page: Page,
    log: Arc<Mutex<PageLog>>,
    listeners: Vec<JoinHandle<()>>,
}

impl Session {
    /// Opens `url` in another tab of this browser, already recording.
    pub async fn open_tab(&self, url: &str) -> Tab {
        let page = self
            .browser
            .new_page("about:blank")
            .await
            .expect("open another tab");
        let log = Arc::new(Mutex::new(PageLog::default()));
        let listeners = record(&page, &log).await;
        page.goto(url)
            .await
            .expect("open the page in the other tab");
        Tab {
            page,
            log,
            listeners,
        }
    }
}

impl Tab {
    /// Evaluates JavaScript in this tab (awaiting a promise) and returns its JSON value.
    pub async fn eval<T: DeserializeOwned>(&self, expression: &str) -> T {
        let params = EvaluateParams::builder()
            .expression(expression)
            .await_promise(true)
            .return_by_value(true)
            .build()
            .expect("evaluate parameters");
        self.page
            .evaluate_expression(params)
            .await
            .unwrap_or_else(|e| panic!("evaluate `{expression}` in the other tab: {e}"))
            .into_value()
            .unwrap_or_else(|e| panic!("the value of `{expression}` in the other tab: {e}"))
    }

    /// Waits until a JavaScript condition holds in this tab.
    pub async fn wait_until(&self, what: &str, condition: &str) {
        let started = Instant::now();
        while !self.eval::<bool>(&format!("Boolean({condition})")).await {
            if started.elapsed() > WAIT_LIMIT {
                panic!(
                    "waited {WAIT_LIMIT:?} in the other tab for {what} ({condition}); log: {:#?}",
                    self.log.lock().map(|l| l.clone()).unwrap_or_default()
                );
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// Fails the test if this tab logged an error or threw.
    pub fn assert_no_errors(&self) {
        let log = self.log.lock().map(|l| l.clone()).unwrap_or_default();
        assert!(log.console_errors.is_empty(), "{:#?}", log.console_errors);
        assert!(log.page_errors.is_empty(), "{:#?}", log.page_errors);
    }
}

// ----------------------------------------------------------------------------------------
// The widget on the demo page, read through the first element's shadow root.

/// Starts a browser on the demo page and waits for the widget's first screen.
pub async fn open_widget(env: &TestEnvironment, site: &Site) -> Session {
    open_widget_at(env, &site.url("/")).await
}

/// Starts a browser on the page at `url` and waits for its widget's first screen.
pub async fn open_widget_at(env: &TestEnvironment, url: &str) -> Session {
    let session = Session::start(env).await;
    session.open(url).await;
    session.find("heading", START_HEADING).await;
    session
}

/// The usual start of a test: the environment, dist/ served as built, and a browser on the
/// demo page with the widget's first screen showing.
pub async fn open_demo() -> (TestEnvironment, Site, Session) {
    let env = TestEnvironment::from_env();
    let site = Site::serve(&env, &[]);
    let session = open_widget(&env, &site).await;
    (env, site, session)
}

impl Session {
    /// The usual end of a test: fails if the page logged an error or threw, then closes.
    pub async fn finish(self) {
        self.assert_no_errors();
        self.close().await;
    }

    /// As [`Session::finish`], and fails if any request left the site's origin.
    pub async fn finish_within(self, site: &Site) {
        self.assert_no_errors();
        self.assert_requests_stay_within(&[&site.origin()]);
        self.close().await;
    }
}

/// The text of the first element matching `selector` in the widget ("" when none).
pub async fn shadow_text(session: &Session, selector: &str) -> String {
    session
        .eval(&format!(
            "(function () {{ var e = {ROOT}.querySelector({selector:?}); \
             return e ? e.textContent.trim() : ''; }})()"
        ))
        .await
}

/// The texts of every element matching `selector` in the widget.
pub async fn shadow_texts(session: &Session, selector: &str) -> Vec<String> {
    session
        .eval(&format!(
            "Array.from({ROOT}.querySelectorAll({selector:?})).map(function (e) {{ \
             return e.textContent.trim(); }})"
        ))
        .await
}

/// What has focus inside the widget: `radio`, `textarea`, `button:<text>`, `h2:<text>`.
pub async fn focused(session: &Session) -> String {
    session
        .eval(&format!(
            "(function () {{ var e = {ROOT}.activeElement; if (!e) return ''; \
             var tag = e.tagName.toLowerCase(); \
             if (tag === 'input') return e.type; \
             if (tag === 'textarea') return 'textarea'; \
             return tag + ':' + e.textContent.trim(); }})()"
        ))
        .await
}

/// Waits (up to 10 s) until [`focused`] says `expected`.
pub async fn wait_for_focus(session: &Session, expected: &str) {
    let started = Instant::now();
    loop {
        let now = focused(session).await;
        if now == expected {
            return;
        }
        assert!(
            started.elapsed() < Duration::from_secs(10),
            "focus should be on {expected:?}, is on {now:?}"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// Opens every folded part of the widget (the results' details), then lets it render.
pub async fn unfold(session: &Session) {
    let _: bool = session
        .eval(&format!(
            "(function () {{ {ROOT}.querySelectorAll('.pa-fold[aria-expanded=false]').forEach(function (b) {{ b.click(); }}); return true; }})()"
        ))
        .await;
    session.settle().await;
}

/// Chooses `files` (name, contents) at once in the widget's first file input, as a person
/// picking several files does.
pub async fn choose_files(session: &Session, files: &[(String, String)]) {
    let list = serde_json::to_string(files).expect("files as JSON");
    let script = format!(
        "(function () {{ var input = {ROOT}.querySelector('input[type=file]'); \
         var data = new DataTransfer(); \
         {list}.forEach(function (f) {{ \
           data.items.add(new File([f[1]], f[0], {{ type: 'application/json' }})); }}); \
         input.files = data.files; \
         input.dispatchEvent(new Event('change', {{ bubbles: true }})); return true; }})()"
    );
    let _: bool = session.eval(&script).await;
}

/// The width of every bar of the score charts inside `within` (a CSS selector; "" for the
/// whole widget), in order: each bar is as long as its score.
pub async fn bar_widths(session: &Session, within: &str) -> Vec<String> {
    session
        .eval(&format!(
            "Array.from({ROOT}.querySelectorAll({:?})).map(function (r) {{ return r.getAttribute('width'); }})",
            format!("{within} .pa-chart-row rect.pa-chart-fill").trim_start()
        ))
        .await
}
