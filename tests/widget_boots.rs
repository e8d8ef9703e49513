//! The widget boots wherever it is put: the demo host page, the offline file opened from
//! disk with no network, and pages with several widgets or the script twice.

mod harness;

use harness::{ScratchDir, Session, Site, TestEnvironment};

const TITLE: &str = "Partnership Assessment";

/// The heading the app renders, read from inside the element's shadow root.
const SHADOW_HEADING: &str = "Array.from(document.querySelectorAll('partnership-assessment'))\
    .map(function (el) { var h = el.shadowRoot && el.shadowRoot.querySelector('h1'); \
    return h ? h.textContent : null; })";

#[tokio::test(flavor = "multi_thread")]
async fn the_demo_page_mounts_the_app_inside_the_custom_element() {
    let env = TestEnvironment::from_env();
    let site = Site::serve(&env, &[]);
    let session = Session::start(&env).await;
    session.open(&site.url("/")).await;

    let heading = session.find("heading", TITLE).await;
    assert_eq!(session.text_of(&heading).await, TITLE);
    let headings: Vec<Option<String>> = session.eval(SHADOW_HEADING).await;
    assert_eq!(
        headings,
        vec![Some(TITLE.to_string())],
        "the app renders in the element's shadow root"
    );
    session.settle().await;
    session.screenshot("demo-page").await;

    session.assert_no_errors();
    session.assert_requests_stay_within(&[&site.origin()]);
    let log = session.log();
    assert!(
        !log.requests.iter().any(|r| r.ends_with(".wasm")),
        "the wasm travels inside the script, never as a request: {:#?}",
        log.requests
    );
    assert!(
        site.server
            .requests()
            .iter()
            .any(|r| r == "GET /partnership-assessment.js"),
        "the page loads the widget script from the host: {:#?}",
        site.server.requests()
    );
    session.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn the_offline_file_renders_from_disk_with_the_network_blocked() {
    let env = TestEnvironment::from_env();
    // A copy, as a facilitator would have on a USB stick, away from everything else.
    let stick = ScratchDir::new("usb-stick");
    let file = stick.path().join("partnership-assessment.html");
    std::fs::copy(env.dist.join("partnership-assessment.html"), &file).expect("copy the file");
    let session = Session::start(&env).await;
    session.go_offline().await;
    let url = format!("file://{}", file.display());
    session.open(&url).await;

    session.find("heading", TITLE).await;
    session.find("region", TITLE).await;
    session.settle().await;
    session.screenshot("offline-file").await;

    session.assert_no_errors();
    let log = session.log();
    assert_eq!(
        log.requests,
        vec![format!("GET {url}")],
        "the offline file loads itself and nothing else"
    );
    session.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn every_element_on_a_page_gets_its_own_app_even_when_added_later() {
    let env = TestEnvironment::from_env();
    let page = &harness::host_page(
        "Two widgets",
        "<script src=\"partnership-assessment.js\" defer></script>\n\
         <script src=\"add-later.js\" defer></script>",
        "<partnership-assessment></partnership-assessment>\n\
         <partnership-assessment></partnership-assessment>",
    );
    let add_later = "setTimeout(function () { document.querySelector('main')\
        .appendChild(document.createElement('partnership-assessment')); }, 300);";
    let site = Site::serve(&env, &[("two.html", page), ("add-later.js", add_later)]);
    let session = Session::start(&env).await;
    session.open(&site.url("/two.html")).await;

    session
        .wait_until(
            "three mounted apps",
            &format!("{SHADOW_HEADING}.filter(Boolean).length === 3"),
        )
        .await;
    let distinct_roots: usize = session
        .eval(
            "new Set(Array.from(document.querySelectorAll('partnership-assessment'))\
               .map(function (el) { return el.shadowRoot.querySelector('.pa-root'); })).size",
        )
        .await;
    assert_eq!(distinct_roots, 3);
    session.finish_within(&site).await;
}

#[tokio::test(flavor = "multi_thread")]
async fn including_the_script_twice_still_mounts_one_app_per_element() {
    let env = TestEnvironment::from_env();
    let page = &harness::host_page(
        "Script twice",
        "<script src=\"partnership-assessment.js\" defer></script>\n\
         <script src=\"partnership-assessment.js\" defer></script>",
        "<partnership-assessment></partnership-assessment>",
    );
    let site = Site::serve(&env, &[("twice.html", page)]);
    let session = Session::start(&env).await;
    session.open(&site.url("/twice.html")).await;

    session.find("heading", TITLE).await;
    session.settle().await;
    let headings: Vec<Option<String>> = session.eval(SHADOW_HEADING).await;
    assert_eq!(headings, vec![Some(TITLE.to_string())]);
    let roots: usize = session
        .eval("document.querySelector('partnership-assessment').shadowRoot.querySelectorAll('.pa-root').length")
        .await;
    assert_eq!(roots, 1);
    session.finish().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn the_demo_page_has_no_accessibility_violations_even_at_320_pixels() {
    let env = TestEnvironment::from_env();
    let site = Site::serve(&env, &[]);
    let session = Session::start(&env).await;
    session.set_width(320).await;
    session.open(&site.url("/")).await;
    session.find("heading", TITLE).await;
    session.settle().await;
    session.screenshot("demo-page-320px").await;

    let violations = session.axe_violations(&env.axe).await;
    assert!(
        violations.is_empty(),
        "axe-core violations: {violations:#?}"
    );
    let overflow: bool = session
        .eval("document.documentElement.scrollWidth > document.documentElement.clientWidth")
        .await;
    assert!(!overflow, "nothing scrolls sideways at 320 px");
    session.finish().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn going_offline_in_the_harness_really_blocks_the_network() {
    // The offline test above is only as good as this switch.
    let env = TestEnvironment::from_env();
    let site = Site::serve(&env, &[]);
    let session = Session::start(&env).await;
    session.open(&site.url("/")).await;
    session.find("heading", TITLE).await;
    let before = site.server.requests().len();
    session.go_offline().await;
    let outcome: String = session
        .eval(&format!(
            "fetch('{}').then(function () {{ return 'reached'; }}, function () {{ return 'blocked'; }})",
            site.url("/index.html?probe")
        ))
        .await;
    assert_eq!(outcome, "blocked");
    assert_eq!(
        site.server.requests().len(),
        before,
        "the server saw nothing"
    );
    session.close().await;
}
