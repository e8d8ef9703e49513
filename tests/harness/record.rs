//! What the page did: every request it started, its console errors and uncaught errors,
//! recorded from the moment a session opens its page.

use std::sync::{Arc, Mutex};

use chromiumoxide::cdp::IntoEventKind;
use chromiumoxide::cdp::browser_protocol::log::{EventEntryAdded, LogEntryLevel};
use chromiumoxide::cdp::browser_protocol::network::{
    EnableParams as NetworkEnableParams, EventRequestWillBeSent,
};
use chromiumoxide::cdp::js_protocol::runtime::{
    ConsoleApiCalledType, EventConsoleApiCalled, EventExceptionThrown,
};
use chromiumoxide::page::Page;
use futures_util::StreamExt;
use tokio::task::JoinHandle;

/// What the page did that a test may want to assert about.
#[derive(Default, Debug, Clone)]
pub struct PageLog {
    /// Every request the page started, as `METHOD url`.
    pub requests: Vec<String>,
    pub console_errors: Vec<String>,
    pub page_errors: Vec<String>,
}

/// Starts recording requests, console errors and uncaught errors of `page`.
pub(super) async fn record(page: &Page, log: &Arc<Mutex<PageLog>>) -> Vec<JoinHandle<()>> {
    page.execute(NetworkEnableParams::default())
        .await
        .expect("enable network events");
    page.enable_log().await.expect("enable log events");
    page.enable_runtime().await.expect("enable runtime events");

    vec![
        on_each::<EventRequestWillBeSent>(page, log, "requests", |event, log| {
            log.requests
                .push(format!("{} {}", event.request.method, event.request.url));
        })
        .await,
        on_each::<EventConsoleApiCalled>(page, log, "console calls", |event, log| {
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
                log.console_errors.push(text.join(" "));
            }
        })
        .await,
        on_each::<EventEntryAdded>(page, log, "log entries", |event, log| {
            if event.entry.level == LogEntryLevel::Error {
                log.console_errors
                    .push(format!("{:?}: {}", event.entry.source, event.entry.text));
            }
        })
        .await,
        on_each::<EventExceptionThrown>(page, log, "exceptions", |event, log| {
            let details = &event.exception_details;
            let description = details
                .exception
                .as_ref()
                .and_then(|e| e.description.clone())
                .unwrap_or_default();
            log.page_errors
                .push(format!("{} {description}", details.text));
        })
        .await,
    ]
}

/// Listens for every event of kind `E` on `page` and lets `note` write it into the log.
async fn on_each<E>(
    page: &Page,
    log: &Arc<Mutex<PageLog>>,
    what: &str,
    note: impl Fn(&E, &mut PageLog) + Send + 'static,
) -> JoinHandle<()>
where
    E: IntoEventKind + Unpin + Send + Sync + 'static,
{
    let mut events = page
        .event_listener::<E>()
        .await
        .unwrap_or_else(|e| panic!("listen for {what}: {e}"));
    let sink = Arc::clone(log);
    tokio::spawn(async move {
        while let Some(event) = events.next().await {
            if let Ok(mut log) = sink.lock() {
                note(&event, &mut log);
            }
        }
    })
}
