//! The browser-test harness: a headless Chromium with a fresh profile, driven over CDP.
//!
//! Tests find elements the way people do, by accessible role and name (the accessibility
//! tree pierces shadow roots), click and type with real input events, and read what the
//! page logged and requested. `cargo xtask test` sets the environment:
//! `CHROME` (the browser), `PA_DIST` (the built dist/), `PA_AXE` (axe-core) and
//! `PA_ARTIFACTS` (where screenshots go).
//!
//! - `env`: that environment, and scratch folders that remove themselves
//! - `site`: dist/ and a test's own pages on a loopback server
//! - `session`: the browser and its page (find, click, type, wait, evaluate, screenshots)
//!   and the widget's shadow root on the demo page
//! - `record`: the requests, console errors and page errors a session records
//! - `downloads`, `schema`, `axe`: saved files, JSON Schema checks, accessibility checks
//! - `phone`: phone viewports, large text, forced colours and layout measures
//! - `print`: the page printed on A4, and its page count

#![allow(dead_code)] // each test file uses a different part of the harness
#![allow(unused_imports)] // each test file uses a different part of what is re-exported

#[path = "../../xtask/src/static_server.rs"]
mod static_server;

mod axe;
mod downloads;
mod env;
mod phone;
mod print;
mod record;
mod schema;
mod session;
mod site;

pub use downloads::{file_name, wait_for_download};
pub use env::{ScratchDir, TestEnvironment};
pub use phone::PHONE;
pub use print::pdf_page_count;
pub use record::PageLog;
pub use schema::validate_against_schema;
pub use session::{
    Found, ROOT, START_HEADING, Session, Tab, bar_widths, choose_files, focused, open_demo,
    open_widget, open_widget_at, shadow_text, shadow_texts, unfold, wait_for_focus,
};
pub use site::{Site, host_page};
pub use static_server::StaticServer;
