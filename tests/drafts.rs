//! Nothing lost, nothing leaked: the draft on this device through damage, two tabs, full
//! storage, offline copies, early API calls and kiosks, and the largest document there is.
//!
//! Each test plays what a person or host page does and then reads what the widget shows,
//! what it keeps in `localStorage` and what it gives the host page.

mod harness;

use std::time::Duration;

use harness::{START_HEADING, ScratchDir, Session, Site, TestEnvironment};
use partnership_engine::document::{MAX_FILE_BYTES, MAX_ORGANIZATION_NAME_CHARS};
use partnership_engine::partners::{
    Candidate, MAX_CANDIDATES, MAX_NAME_CHARS, MAX_NOTES_CHARS, Sector,
};
use partnership_engine::{
    Assessment, INSTRUMENTS, PartnerMap, Rating, ReadinessAnswer, ResultId, Timestamp, export,
};

const DRAFT_KEY: &str = "partnership-assessment:draft:v1";
const EL: &str = "document.querySelector('partnership-assessment')";
const ROOT: &str = "document.querySelector('partnership-assessment').shadowRoot";

/// A page with the widget; `head` runs before the widget script.
fn widget_page(head: &str) -> String {
    harness::host_page(
        "Drafts",
        &format!("{head}<script src=\"partnership-assessment.js\" defer></script>"),
        "<partnership-assessment></partnership-assessment>",
    )
}

fn readiness_ids() -> Vec<&'static str> {
    INSTRUMENTS
        .readiness
        .dimensions
        .iter()
        .flat_map(|d| d.items)
        .map(|i| i.id)
        .collect()
}

/// An assessment with every readiness statement answered 2.
fn all_readiness() -> Assessment {
    let mut a = Assessment::new(
        ResultId::from_random_bytes([0x42; 16]),
        Timestamp::from_unix_millis(1_772_355_600_000),
    );
    for id in readiness_ids() {
        let two = Rating::new(2).map_or(ReadinessAnswer::DontKnow, ReadinessAnswer::Scale);
        a.answers.set_readiness(id, two);
    }
    a.set_organization_name("Riverside Food Bank");
    a.touch(Timestamp::from_unix_millis(1_772_355_700_000));
    a
}

/// Puts `items` (key, text) in this origin's storage from a page without the widget.
async fn seed(session: &Session, site: &Site, items: &[(&str, &str)]) {
    session.open(&site.url("/blank.html")).await;
    for (key, text) in items {
        let _: bool = session
            .eval(&format!("localStorage.setItem({key:?}, {text:?}); true"))
            .await;
    }
}

async fn text_of_widget(session: &Session) -> String {
    session
        .eval(&format!("{ROOT}.querySelector('.pa-root').innerText"))
        .await
}

async fn wait_for_text(session: &Session, text: &str) {
    session
        .wait_until(
            &format!("the widget to show {text:?}"),
            &format!("{ROOT}.querySelector('.pa-root').innerText.includes({text:?})"),
        )
        .await;
}

/// Clicks the first answer of question group `n` on the screen (JavaScript `target`).
fn answer_js(n: usize) -> String {
    format!(
        "(function () {{ var g = {ROOT}.querySelectorAll('fieldset.pa-question')[{n}]; \
         if (!g) return false; g.querySelector('input[type=radio]').click(); return true; }})()"
    )
}

/// Clicks the first answer of readiness statement `n` (counted across the areas) if it is
/// on the screen (JavaScript `target`).
fn answer_statement_js(n: usize) -> String {
    let id = readiness_ids()[n];
    format!(
        "(function () {{ var r = {ROOT}.querySelector('input[type=radio][name={id:?}]'); \
         if (!r) return false; r.click(); return true; }})()"
    )
}

/// Clicks Next on the question screen (JavaScript `target`).
const NEXT_JS: &str = "(function () { var b = Array.from(document.querySelector('partnership-assessment').shadowRoot\
    .querySelectorAll('.pa-nav button')).find(function (b) { return b.textContent.trim() === 'Next'; }); \
    if (!b) return false; b.click(); return true; })()";

/// Answers readiness statement `n` the way a person would: where it is not on this page
/// (an area is asked a few statements a page), Next turns to the page that holds it.
async fn answer_statement(session: &Session, n: usize) {
    if session.eval::<bool>(&answer_statement_js(n)).await {
        return;
    }
    assert!(session.eval::<bool>(NEXT_JS).await, "a Next button");
    session
        .wait_until(
            &format!("statement {n} on the next page"),
            &answer_statement_js(n),
        )
        .await;
}

/// How many readiness answers the widget's `result` holds.
const ANSWERED: &str =
    "Object.keys(document.querySelector('partnership-assessment').result.answers.readiness).length";

/// The stored draft's readiness answer ids, sorted ("" when there is none).
const STORED_IDS: &str = "(function () { var t = localStorage.getItem('partnership-assessment:draft:v1'); \
    return t ? Object.keys(JSON.parse(t).answers.readiness).sort().join(' ') : ''; })()";

/// Every key this origin stores, sorted.
const KEYS: &str = "Object.keys(localStorage).sort()";

fn site_with(env: &TestEnvironment, pages: &[(&str, &str)]) -> Site {
    let mut all: Vec<(&str, &str)> = vec![(
        "blank.html",
        "<!doctype html><title>blank</title><link rel=\"icon\" href=\"data:,\">",
    )];
    all.extend_from_slice(pages);
    Site::serve(env, &all)
}

#[tokio::test(flavor = "multi_thread")]
async fn a_damaged_draft_is_recovered_kept_aside_and_explained() {
    let env = TestEnvironment::from_env();
    let site = site_with(&env, &[("w.html", &widget_page(""))]);
    let session = Session::start(&env).await;
    let downloads = session.allow_downloads().await;

    // Every readiness answer, one of them damaged (9 is not on the scale).
    let a = all_readiness();
    let ids = readiness_ids();
    let damaged = export(&a).replacen(
        &format!("\"{}\": 2", ids[0]),
        &format!("\"{}\": 9", ids[0]),
        1,
    );
    assert_ne!(damaged, export(&a));
    seed(&session, &site, &[(DRAFT_KEY, &damaged)]).await;
    session.open(&site.url("/w.html")).await;
    session.find("heading", START_HEADING).await;
    let recovered = ids.len() - 1;
    wait_for_text(&session, &format!("We recovered {recovered} answers")).await;
    wait_for_text(
        &session,
        "the draft holds 9, which is not one of the choices",
    )
    .await;
    // Kept aside, exactly as it was, before anything else is saved.
    let keys: Vec<String> = session.eval(KEYS).await;
    let kept_key = keys
        .iter()
        .find(|k| k.starts_with(&format!("{DRAFT_KEY}|kept|")))
        .unwrap_or_else(|| panic!("a kept copy: {keys:?}"))
        .clone();
    let kept: String = session
        .eval(&format!("localStorage.getItem({kept_key:?})"))
        .await;
    assert_eq!(kept, damaged);
    session
        .assert_no_axe_violations(&env.axe, "damaged draft")
        .await;

    // The kept draft saves as a file, byte for byte.
    session.click_on("button", "Save it as a file").await;
    let file = harness::wait_for_download(downloads.path(), "json").await;
    assert_eq!(std::fs::read_to_string(&file).expect("read"), damaged);

    // Resume: every valid answer is back; the first new answer does not touch the copy.
    session.click_on("button", "Resume where I left off").await;
    session.settle().await;
    let answered: usize = session.eval(ANSWERED).await;
    assert_eq!(answered, recovered);
    let _: bool = session.eval(&answer_js(0)).await;
    session.settle().await;
    let stored: String = session.eval(STORED_IDS).await;
    assert_eq!(
        stored.split(' ').count(),
        ids.len(),
        "the repaired draft is saved"
    );
    let still: String = session
        .eval(&format!("localStorage.getItem({kept_key:?})"))
        .await;
    assert_eq!(still, damaged, "the kept copy is never overwritten");

    // A draft from a newer version: nothing offered, nothing overwritten, told plainly.
    let current = format!(
        "\"formatVersion\": {}",
        partnership_engine::document::FORMAT_VERSION
    );
    let newer = export(&a).replacen(&current, "\"formatVersion\": 9", 1);
    let _: bool = session.eval("localStorage.clear(); true").await;
    seed(&session, &site, &[(DRAFT_KEY, &newer)]).await;
    session.open(&site.url("/w.html")).await;
    wait_for_text(&session, "saved by a newer version").await;
    let text = text_of_widget(&session).await;
    assert!(!text.contains("Resume where I left off"), "{text}");
    let kept: Vec<String> = session
        .eval(&format!(
            "Object.keys(localStorage).filter(function (k) {{ return localStorage.getItem(k) === {newer:?}; }})"
        ))
        .await;
    assert_eq!(kept.len(), 2, "the draft and its kept copy: {kept:?}");
    session.assert_no_errors();
    session.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn two_tabs_keep_all_four_answers_of_a_two_by_two_interleaving() {
    let env = TestEnvironment::from_env();
    let site = site_with(&env, &[("w.html", &widget_page(""))]);
    let a = Session::start(&env).await;
    a.open(&site.url("/w.html")).await;
    a.find("heading", START_HEADING).await;
    a.click_on("button", "Start the full assessment").await;
    assert!(a.eval::<bool>(&answer_js(0)).await);
    a.settle().await;

    let b = a.open_tab(&site.url("/w.html")).await;
    let resume = format!(
        "(function () {{ var r = {ROOT}; var b = r && Array.from(r.querySelectorAll('button')).find(function (b) {{ \
         return b.textContent.trim() === 'Resume where I left off'; }}); if (!b) return false; b.click(); return true; }})()"
    );
    b.wait_until("tab B offers the draft", &resume).await;
    b.wait_until("tab B shows the questions", &answer_js(1))
        .await;

    // A hears B's answer, then answers a third; B hears it and answers a fourth.
    let two = format!("{ANSWERED} === 2");
    a.wait_until("tab A to take in tab B's answer", &two).await;
    assert!(a.eval::<bool>(&answer_js(2)).await);
    b.wait_until(
        "tab B to take in tab A's answer",
        &format!("{ANSWERED} === 3"),
    )
    .await;
    // The fourth statement is on the area's second page (issue 13): tab B turns to it.
    assert!(
        !b.eval::<bool>(&answer_statement_js(3)).await,
        "not on page one"
    );
    assert!(b.eval::<bool>(NEXT_JS).await, "a Next button");
    b.wait_until("tab B's second page", &answer_statement_js(3))
        .await;
    let four = format!("{ANSWERED} === 4");
    a.wait_until("tab A to hold all four", &four).await;
    b.wait_until("tab B to hold all four", &four).await;
    tokio::time::sleep(Duration::from_millis(500)).await;
    let stored: String = a.eval(STORED_IDS).await;
    let mut expected: Vec<&str> = readiness_ids().into_iter().take(4).collect();
    expected.sort();
    assert_eq!(stored, expected.join(" "), "the draft holds all four");

    // Reloading tab A offers all four, as A's own.
    // (Tab A is in the background now: it is driven by script, as tab B was.)
    a.open(&site.url("/w.html")).await;
    a.wait_until("tab A offers the draft", &resume).await;
    a.wait_until("tab A resumed all four", &four).await;
    a.assert_no_errors();
    b.assert_no_errors();
    a.close().await;
}

/// Storage that fails while `window.__full` (quota) or `window.__refuse` (removal) is set.
/// Full storage, as real storage does, still takes a few bytes (under 200); it takes
/// nothing at all while `window.__nothingFits` is set too. The page's `beforeunload`
/// listeners are kept in `window.__beforeunload`, so a test can leave anyway, as a person
/// who answers "Leave" would.
const FLAKY_STORAGE_JS: &str = "window.__full = false; window.__refuse = false; \
    window.__nothingFits = false; window.__beforeunload = []; \
    var set = Storage.prototype.setItem, remove = Storage.prototype.removeItem; \
    Storage.prototype.setItem = function (k, v) { \
      if (window.__full && (window.__nothingFits || String(v).length >= 200)) { \
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError'); } \
      return set.call(this, k, v); }; \
    Storage.prototype.removeItem = function (k) { if (window.__refuse) { \
      throw new DOMException('The operation is insecure.', 'SecurityError'); } \
      return remove.call(this, k); }; \
    var listen = window.addEventListener; \
    window.addEventListener = function (type, f, o) { \
      if (type === 'beforeunload') { window.__beforeunload.push(f); } \
      return listen.call(this, type, f, o); };";

/// Leaving the page without being asked: the person answered "Leave" to the browser.
const LEAVE_ANYWAY: &str = "window.__beforeunload.forEach(function (f) { \
    window.removeEventListener('beforeunload', f); }); true";

/// The note on unsaved work beside the draft (`null` when there is none).
const UNSAVED_NOTE: &str = "localStorage.getItem('partnership-assessment:draft:v1|unsaved')";

/// Whether leaving the page now would ask first (a `beforeunload` the widget cancels).
const WOULD_WARN: &str = "(function () { var e = new Event('beforeunload', { cancelable: true }); \
    window.dispatchEvent(e); return e.defaultPrevented; })()";

#[tokio::test(flavor = "multi_thread")]
async fn storage_failing_then_recovering_keeps_every_answer_and_says_so() {
    let env = TestEnvironment::from_env();
    let page = widget_page("<script src=\"flaky.js\"></script>");
    let site = site_with(&env, &[("w.html", &page), ("flaky.js", FLAKY_STORAGE_JS)]);
    let session = harness::open_widget_at(&env, &site.url("/w.html")).await;
    session
        .click_on("button", "Start the full assessment")
        .await;
    assert!(session.eval::<bool>(&answer_js(0)).await);
    session.settle().await;
    assert!(
        !session.eval::<bool>(WOULD_WARN).await,
        "saved: nothing to warn about"
    );

    // Storage full: the answer stays in memory, the notice says why, in a live region,
    // and leaving the page would ask first.
    let _: bool = session.eval("window.__full = true; true").await;
    assert!(session.eval::<bool>(&answer_js(1)).await);
    wait_for_text(&session, "run out of room").await;
    let live: String = session
        .eval(&format!(
            "{ROOT}.querySelector('[role=status].pa-storage').innerText"
        ))
        .await;
    assert!(live.contains("run out of room"), "{live:?}");
    assert!(
        session.eval::<bool>(WOULD_WARN).await,
        "work only in memory: warn"
    );
    session
        .assert_no_axe_violations(&env.axe, "storage full")
        .await;

    // Room again: the next answer saves all three, and the notice says so.
    let _: bool = session.eval("window.__full = false; true").await;
    assert!(session.eval::<bool>(&answer_js(2)).await);
    wait_for_text(&session, "being kept on this device again").await;
    session.settle().await;
    let stored: String = session.eval(STORED_IDS).await;
    assert_eq!(stored.split(' ').count(), 3, "{stored}");
    assert!(!session.eval::<bool>(WOULD_WARN).await);

    // reset() where storage will not forget: rejected, and nothing changed.
    let _: bool = session.eval("window.__refuse = true; true").await;
    let refused: String = session
        .eval(&format!(
            "{EL}.reset().then(function () {{ return 'reset'; }}, function (e) {{ return e.message; }})"
        ))
        .await;
    assert!(refused.contains("nothing was reset"), "{refused}");
    let answered: usize = session.eval(ANSWERED).await;
    assert_eq!(answered, 3);
    let stored: String = session.eval(STORED_IDS).await;
    assert_eq!(stored.split(' ').count(), 3);
    session.assert_no_errors();
    session.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn after_a_failed_save_a_reload_says_the_draft_is_older_until_a_save_succeeds() {
    let env = TestEnvironment::from_env();
    let page = widget_page("<script src=\"flaky.js\"></script>");
    let site = site_with(&env, &[("w.html", &page), ("flaky.js", FLAKY_STORAGE_JS)]);
    let session = harness::open_widget_at(&env, &site.url("/w.html")).await;
    session
        .click_on("button", "Start the full assessment")
        .await;
    assert!(session.eval::<bool>(&answer_js(0)).await);
    session.settle().await;
    let stored: String = session.eval(STORED_IDS).await;
    assert_eq!(stored.split(' ').count(), 1, "{stored}");

    // Storage full: two more answers exist only in memory, and a note says so.
    let _: bool = session.eval("window.__full = true; true").await;
    assert!(session.eval::<bool>(&answer_js(1)).await);
    assert!(session.eval::<bool>(&answer_js(2)).await);
    wait_for_text(&session, "run out of room").await;
    session
        .wait_until(
            "the note on three unsaved answers",
            &format!("({UNSAVED_NOTE} || '').indexOf(' 3 0 full') > 0"),
        )
        .await;
    let stored: String = session.eval(STORED_IDS).await;
    assert_eq!(stored.split(' ').count(), 1, "the draft is the older one");

    // The person leaves anyway and comes back: "Resume" says plainly that it is older.
    let _: bool = session.eval(LEAVE_ANYWAY).await;
    session.open(&site.url("/w.html")).await;
    session.find("heading", START_HEADING).await;
    wait_for_text(&session, "These are not your latest answers").await;
    let shown = text_of_widget(&session).await;
    assert!(
        shown.contains("By then you had 3 questions answered; this copy has 1 question answered."),
        "{shown}"
    );
    session
        .assert_no_axe_violations(&env.axe, "resume offer older than the work")
        .await;

    // Storage works again: resuming and answering saves, and the note goes with it.
    session.click_on("button", "Resume where I left off").await;
    // Resume opens the page where answers stop: the area's first page (three statements),
    // whose second statement lost its answer when saving failed.
    assert!(session.eval::<bool>(&answer_js(1)).await);
    session
        .wait_until(
            "the note to be removed",
            &format!("{UNSAVED_NOTE} === null"),
        )
        .await;
    let stored: String = session.eval(STORED_IDS).await;
    assert_eq!(stored.split(' ').count(), 2, "{stored}");
    session.open(&site.url("/w.html")).await;
    wait_for_text(&session, "Welcome back").await;
    let shown = text_of_widget(&session).await;
    assert!(!shown.contains("not your latest"), "{shown}");

    // When not even the note fits, nothing is left to claim anything on the next visit.
    session.click_on("button", "Resume where I left off").await;
    let _: bool = session
        .eval("window.__full = true; window.__nothingFits = true; true")
        .await;
    assert!(session.eval::<bool>(&answer_js(2)).await);
    wait_for_text(&session, "run out of room").await;
    session.settle().await;
    assert!(
        session
            .eval::<bool>(&format!("{UNSAVED_NOTE} === null"))
            .await,
        "no note was written"
    );
    session.assert_no_errors();
    session.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn early_reset_and_load_resolve_in_order_and_a_kiosk_reset_leaves_nothing_to_resume() {
    let env = TestEnvironment::from_env();
    // The host calls load() then reset() the moment the element exists, long before the
    // WebAssembly has started, then (as a kiosk between respondents) reset() again.
    let early = format!(
        "window.__order = []; customElements.whenDefined('partnership-assessment').then(function () {{ \
           var el = document.querySelector('partnership-assessment'); \
           el.load({doc:?}).then(function () {{ window.__order.push('load ' + el.result.organizationName); }}, \
             function (e) {{ window.__order.push('load failed: ' + e.message); }}); \
           el.reset().then(function () {{ window.__order.push('reset ' + Object.keys(el.result.answers.readiness).length); }}, \
             function (e) {{ window.__order.push('reset failed: ' + e.message); }}); }});",
        doc = export(&all_readiness())
    );
    let site = site_with(
        &env,
        &[
            (
                "kiosk.html",
                &widget_page("<script src=\"early.js\"></script>"),
            ),
            ("early.js", &early),
        ],
    );
    let session = Session::start(&env).await;
    // The previous respondent's draft and a kept copy are on the device.
    seed(
        &session,
        &site,
        &[
            (DRAFT_KEY, &export(&all_readiness())),
            (&format!("{DRAFT_KEY}|kept|1"), "{\"damaged"),
        ],
    )
    .await;
    session.open(&site.url("/kiosk.html")).await;
    session
        .wait_until("both calls to settle", "window.__order.length === 2")
        .await;
    let order: Vec<String> = session.eval("window.__order").await;
    assert_eq!(order, vec!["load Riverside Food Bank", "reset 0"]);
    session.find("heading", START_HEADING).await;
    session.settle().await;
    let text = text_of_widget(&session).await;
    assert!(!text.contains("Resume where I left off"), "{text}");
    assert!(!text.contains("Kept safe on this device"), "{text}");
    let keys: Vec<String> = session.eval(KEYS).await;
    assert!(
        keys.is_empty(),
        "nothing of the last person is kept: {keys:?}"
    );

    // A respondent answers; the kiosk resets: screen, memory and device all forget.
    session
        .click_on("button", "Start the full assessment")
        .await;
    assert!(session.eval::<bool>(&answer_js(0)).await);
    let _: bool = session
        .eval(&format!(
            "{EL}.reset().then(function () {{ return true; }})"
        ))
        .await;
    session.find("heading", START_HEADING).await;
    session.settle().await;
    let keys: Vec<String> = session.eval(KEYS).await;
    assert!(keys.is_empty(), "{keys:?}");
    let answered: usize = session.eval(ANSWERED).await;
    assert_eq!(answered, 0);

    // load() takes what hosts have at hand: a Blob, bytes, a String object, UTF-16.
    let site2 = site_with(&env, &[("w.html", &widget_page(""))]);
    let other = harness::open_widget_at(&env, &site2.url("/w.html")).await;
    let doc = export(&all_readiness());
    for (what, make) in [
        ("Blob", format!("new Blob([{doc:?}])")),
        ("Uint8Array", format!("new TextEncoder().encode({doc:?})")),
        ("String object", format!("new String({doc:?})")),
        (
            "UTF-16",
            format!(
                "(function () {{ var s = {doc:?}; var b = new Uint8Array(2 + s.length * 2); b[0] = 0xFF; b[1] = 0xFE; \
                 for (var i = 0; i < s.length; i++) {{ var c = s.charCodeAt(i); b[2 + 2 * i] = c & 255; b[3 + 2 * i] = c >> 8; }} \
                 return b; }})()"
            ),
        ),
    ] {
        let outcome: String = other
            .eval(&format!(
                "{EL}.reset().then(function () {{ return {EL}.load({make}); }}).then(function () {{ \
                 return {EL}.result.organizationName; }}, function (e) {{ return 'refused: ' + e.message; }})"
            ))
            .await;
        assert_eq!(outcome, "Riverside Food Bank", "load() with a {what}");
    }
    other.assert_no_errors();
    other.close().await;
    session.assert_no_errors();
    session.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn two_offline_copies_on_one_computer_keep_separate_drafts() {
    let env = TestEnvironment::from_env();
    let site = site_with(&env, &[]);
    // A copy carrying every readiness answer, saved from the widget.
    let session = harness::open_widget_at(&env, &site.url("/partnership-assessment.html")).await;
    let downloads = session.allow_downloads().await;
    let _: bool = session
        .eval(&format!(
            "{EL}.load({:?}).then(function () {{ return true; }})",
            export(&all_readiness())
        ))
        .await;
    session.find("heading", "Your results").await;
    session
        .click_on(
            "checkbox",
            "Put the answers given so far in the copy. Anyone who opens the file can read them.",
        )
        .await;
    session.click_on("button", "Save for offline use").await;
    let carrying = harness::wait_for_download(downloads.path(), "html").await;
    session.close().await;

    // Both on one computer: a blank copy and the one carrying answers.
    let stick = ScratchDir::new("two-copies");
    let blank = stick.path().join("blank.html");
    let full = stick.path().join("carrying.html");
    std::fs::copy(env.dist.join("partnership-assessment.html"), &blank).expect("copy");
    std::fs::copy(&carrying, &full).expect("copy");
    let (blank_url, full_url) = (
        format!("file://{}", blank.display()),
        format!("file://{}", full.display()),
    );
    let person = Session::start(&env).await;
    person.go_offline().await;
    person.open(&blank_url).await;
    person.find("heading", START_HEADING).await;
    person.click_on("button", "Start the full assessment").await;
    for n in 0..2 {
        assert!(person.eval::<bool>(&answer_js(n)).await);
    }
    person.settle().await;

    // The carrying copy offers its own answers, not the blank copy's draft.
    person.open(&full_url).await;
    person.find("heading", START_HEADING).await;
    person.click_on("button", "Resume where I left off").await;
    person.settle().await;
    let answered: usize = person.eval(ANSWERED).await;
    assert_eq!(answered, readiness_ids().len());
    assert!(person.eval::<bool>(&answer_js(0)).await);
    person.settle().await;

    // And the blank copy still has its own two.
    person.open(&blank_url).await;
    person.click_on("button", "Resume where I left off").await;
    person.settle().await;
    let answered: usize = person.eval(ANSWERED).await;
    assert_eq!(answered, 2);
    let keys: Vec<String> = person.eval(KEYS).await;
    assert_eq!(keys.len(), 2, "one draft per copy: {keys:?}");
    person.assert_no_errors();
    person.close().await;
}

/// The largest assessment the reader accepts: every text at its limit in the characters
/// that take the most room once written, 200 partner organisations.
fn maximal() -> Assessment {
    let widest = |n: usize| "\u{1}".repeat(n);
    let mut a = all_readiness();
    a.organization_name = Some(widest(MAX_ORGANIZATION_NAME_CHARS));
    for p in INSTRUMENTS.reflection.prompts {
        a.answers.reflections.insert(
            p.id.to_owned(),
            widest(INSTRUMENTS.reflection.max_chars as usize),
        );
    }
    let mut map = PartnerMap::default();
    for n in 0..MAX_CANDIDATES {
        let name = format!("{n:03}{}", widest(MAX_NAME_CHARS - 3));
        if let Ok(mut c) = Candidate::new(&name, Sector::other()) {
            let _ = c.set_notes(&widest(MAX_NOTES_CHARS));
            let _ = map.add(c);
        }
    }
    a.partners = map;
    a
}

#[tokio::test(flavor = "multi_thread")]
async fn the_largest_accepted_document_saves_reopens_and_survives_as_a_draft() {
    let env = TestEnvironment::from_env();
    let site = site_with(&env, &[("w.html", &widget_page(""))]);
    let session = harness::open_widget_at(&env, &site.url("/w.html")).await;
    let downloads = session.allow_downloads().await;
    let doc = export(&maximal());
    assert!(doc.len() <= MAX_FILE_BYTES);
    let _: bool = session
        .eval(&format!(
            "{EL}.load({doc:?}).then(function () {{ return true; }})"
        ))
        .await;
    session.find("heading", "Your results").await;
    session.click_on("button", "Save results as a file").await;
    let file = harness::wait_for_download(downloads.path(), "json").await;
    let saved = std::fs::read(&file).expect("read the saved file");
    assert!(saved.len() <= MAX_FILE_BYTES, "{} bytes", saved.len());
    let reopened: usize = session
        .eval(&format!(
            "{EL}.reset().then(function () {{ return {EL}.load(new Blob([{:?}])); }}).then(function () {{ \
             return {EL}.result.partners.candidates.length; }})",
            String::from_utf8_lossy(&saved)
        ))
        .await;
    assert_eq!(reopened, MAX_CANDIDATES);
    // As a draft on this device: kept and offered again after a reload when the browser
    // has room for it; when it has not (Chrome keeps 5 MB of text per site, counted twice
    // over), the person is told and asked before leaving, never left with a draft that
    // is silently not offered.
    session.settle().await;
    let kept: bool = session
        .eval(&format!(
            "(function () {{ var t = localStorage.getItem({DRAFT_KEY:?}); \
             return t !== null && JSON.parse(t).partners.candidates.length === {MAX_CANDIDATES}; }})()"
        ))
        .await;
    if kept {
        session.open(&site.url("/w.html")).await;
        session.click_on("button", "Resume where I left off").await;
        session.settle().await;
        let candidates: usize = session
            .eval(&format!("{EL}.result.partners.candidates.length"))
            .await;
        assert_eq!(candidates, MAX_CANDIDATES);
    } else {
        wait_for_text(&session, "run out of room").await;
        assert!(session.eval::<bool>(WOULD_WARN).await);
    }
    println!("the largest document kept as a draft on this device: {kept}");
    session.assert_no_errors();
    session.close().await;
}

/// Captures the WebAssembly instance as the loader starts it, so the test can read how
/// much memory the module holds (WebAssembly memory only grows: this is its peak), and
/// every long task with when it started. `window.__making` holds the moments this test
/// spent making files (not the widget's work); `window.__longest()` is the longest task
/// from the first "Add files" on that overlaps none of them.
const CAPTURE_WASM_JS: &str = "window.__tasks = []; window.__making = []; \
    ['instantiate', 'instantiateStreaming'].forEach(function (name) { \
      var original = WebAssembly[name]; \
      WebAssembly[name] = function () { return original.apply(this, arguments).then(function (r) { \
        window.__wasm = r.instance || r; return r; }); }; }); \
    window.__since = Infinity; \
    window.__longest = function () { return window.__tasks.filter(function (t) { \
      return t[0] >= window.__since && !window.__making.some(function (m) { \
        return t[0] < m[1] && t[0] + t[1] > m[0]; }); }) \
      .reduce(function (a, t) { return Math.max(a, t[1]); }, 0); }; \
    try { new PerformanceObserver(function (list) { list.getEntries().forEach(function (e) { \
      window.__tasks.push([e.startTime, e.duration]); }); \
      }).observe({ type: 'longtask', buffered: true }); } \
    catch (e) {}";

/// The most WebAssembly memory workshop mode may hold after reading 1,000 files and
/// refusing a 50 MB one.
const WORKSHOP_WASM_LIMIT: f64 = 32.0 * 1024.0 * 1024.0;

#[tokio::test(flavor = "multi_thread")]
async fn workshop_mode_reads_a_thousand_files_and_refuses_a_50_mb_one_within_its_memory() {
    let env = TestEnvironment::from_env();
    let page = widget_page("<script src=\"capture.js\"></script>");
    let site = site_with(&env, &[("w.html", &page), ("capture.js", CAPTURE_WASM_JS)]);
    let session = harness::open_widget_at(&env, &site.url("/w.html")).await;
    session.click_on("button", "Open workshop mode").await;
    // Workshop mode is loaded when opened: its screen, not the start page's file input.
    session
        .find("heading", "Workshop: everyone's answers together")
        .await;
    let template = export(&all_readiness());
    let id = ResultId::from_random_bytes([0x42; 16]).to_string();
    // Four rounds of 250 files ("Add more files"), the last with a 50 MB file too.
    for round in 0..4 {
        let script = format!(
            "(function () {{ var made = performance.now(); var input = {ROOT}.querySelector('input[type=file]'); var data = new DataTransfer(); \
             var t = {template:?}; for (var i = 0; i < 250; i++) {{ var n = {round} * 250 + i; \
               var id = ('00000000' + n.toString(16)).slice(-8); \
               data.items.add(new File([t.replace({id:?}, id + {rest:?})], 'person-' + n + '.json', {{ type: 'application/json' }})); }} \
             if ({round} === 3) {{ data.items.add(new File([new Uint8Array(50 * 1024 * 1024)], 'huge.json')); }} \
             input.files = data.files; window.__making.push([made, performance.now()]); \
             setTimeout(function () {{ window.__since = Math.min(window.__since, performance.now()); \
               input.dispatchEvent(new Event('change', {{ bubbles: true }})); }}, 0); return true; }})()",
            rest = &id[8..],
        );
        let _: bool = session.eval(&script).await;
        let rows = 250 * (round + 1) + usize::from(round == 3);
        session
            .wait_until(
                &format!("round {round} to be read"),
                &format!("{ROOT}.querySelectorAll('table.pa-ws-files tbody tr').length === {rows}"),
            )
            .await;
    }
    wait_for_text(&session, "too large to be an assessment").await;
    let wasm_bytes: f64 = session
        .eval("window.__wasm.exports.memory.buffer.byteLength")
        .await;
    let heap: f64 = session.eval("performance.memory.usedJSHeapSize").await;
    // Long tasks from the first "Add files" on (not the WebAssembly start, nor this
    // test's own making of the files).
    session.settle().await;
    let longest: f64 = session.eval("window.__longest()").await;
    println!(
        "workshop mode, 1,000 files and a 50 MB one: WebAssembly memory {:.1} MB, JS heap {:.1} MB, longest task {longest:.0} ms",
        wasm_bytes / 1_048_576.0,
        heap / 1_048_576.0
    );
    assert!(
        wasm_bytes < WORKSHOP_WASM_LIMIT,
        "WebAssembly memory {wasm_bytes} over {WORKSHOP_WASM_LIMIT}"
    );
    let people: String = text_of_widget(&session).await;
    assert!(
        people.contains("1000 people") || people.contains("1,000 people"),
        "{people}"
    );
    session.assert_no_errors();
    session.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn the_last_answer_is_kept_even_when_the_page_is_left_at_once() {
    let env = TestEnvironment::from_env();
    let site = site_with(&env, &[("w.html", &widget_page(""))]);
    let session = harness::open_widget_at(&env, &site.url("/w.html")).await;
    session
        .click_on("button", "Start the full assessment")
        .await;
    // Answer and leave in the same moment: the save waits for a quiet moment, but the
    // page being left (pagehide) or hidden writes it there and then. (Should the machine be
    // so slow that the quiet moment passed first, try the next question.)
    let has = |n: usize| {
        format!(
            "(function () {{ var t = localStorage.getItem({DRAFT_KEY:?}); \
             return t !== null && JSON.parse(t).answers.readiness[{:?}] !== undefined; }})()",
            readiness_ids()[n]
        )
    };
    let mut proved = 0;
    for (n, leave) in [
        "window.dispatchEvent(new PageTransitionEvent('pagehide'))",
        "Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true }); \
         document.dispatchEvent(new Event('visibilitychange'))",
        "window.dispatchEvent(new PageTransitionEvent('pagehide'))",
        "window.dispatchEvent(new PageTransitionEvent('pagehide'))",
    ]
    .iter()
    .enumerate()
    {
        answer_statement(&session, n).await;
        let (before, after): (bool, bool) = session
            .eval(&format!(
                "(function () {{ var before = {has}; {leave}; return [before, {has}]; }})()",
                has = has(n)
            ))
            .await;
        assert!(after, "question {n} is kept once the page is left");
        proved += usize::from(!before);
        if n == 1 {
            let _: bool = session
                .eval("Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true }); true")
                .await;
        }
    }
    assert!(
        proved > 0,
        "at least one answer was written by leaving, not by the timer"
    );
    session.assert_no_errors();
    session.close().await;
}
