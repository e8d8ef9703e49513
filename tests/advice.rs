//! Advice a board can defend (issue 12), as people see it: two crafted result files that
//! used to give indefensible advice are opened, and the results screen reads the corrected
//! verdict, its reasons, why the depth goes no deeper, and the note on how scores work.

mod harness;

use harness::{ROOT, START_HEADING, Session, open_demo, shadow_text, shadow_texts};
use partnership_engine::explain::{explain_depth_limit, explain_timing_reason};
use partnership_engine::words::{glossary, results as w};
use partnership_engine::{INSTRUMENTS, Report, evaluate, import};

const ACT_NOW_WITHOUT_EVIDENCE: &str =
    include_str!("../engine/tests/fixtures/advice-1-act-now-without-evidence.json");
const WARNING_BESIDE_ACT_NOW: &str =
    include_str!("../engine/tests/fixtures/advice-4-warning-beside-act-now.json");

/// Chooses a file through the widget's file picker input.
async fn pick_file(session: &Session, contents: &str, name: &str) {
    let script = format!(
        "(function () {{ var input = {ROOT}.querySelector('input[type=file]'); \
         var data = new DataTransfer(); \
         data.items.add(new File([{contents:?}], {name:?}, {{ type: 'application/json' }})); \
         input.files = data.files; \
         input.dispatchEvent(new Event('change', {{ bubbles: true }})); return true; }})()"
    );
    let _: bool = session.eval(&script).await;
}

fn report_of(file: &str) -> Report {
    let imported = import(file.as_bytes()).expect("the crafted file imports");
    evaluate(&imported.assessment.answers)
}

/// Opens `file` from the start page and checks the timing part and the depth part read
/// exactly what the engine concludes from it.
async fn open_and_read(session: &Session, file: &str, name: &str) -> Vec<String> {
    session.find("heading", START_HEADING).await;
    pick_file(session, file, name).await;
    session.find("heading", "Your results").await;
    let report = report_of(file);
    let verdict = INSTRUMENTS.timing.verdict(report.timing.verdict).title.en();
    assert_eq!(
        shadow_text(session, "#pa-timing").await,
        format!("Is now the right time? {verdict}")
    );
    let reasons = shadow_texts(session, "section[aria-labelledby=pa-timing] li").await;
    for reason in &report.timing.reasons {
        let said = explain_timing_reason(&INSTRUMENTS, reason, "en");
        assert!(reasons.contains(&said), "{said:?} not in {reasons:#?}");
    }
    let depth = shadow_texts(session, "section[aria-labelledby=pa-depth] li").await;
    for limit in &report.depth.limits {
        let said = explain_depth_limit(&INSTRUMENTS, limit, "en");
        assert!(depth.contains(&said), "{said:?} not in {depth:#?}");
    }
    reasons
}

#[tokio::test(flavor = "multi_thread")]
async fn crafted_files_open_with_advice_that_follows_the_evidence() {
    let (env, _site, session) = open_demo().await;

    // Finding 1: strong timing answers and nothing else used to say "Act now".
    let reasons = open_and_read(&session, ACT_NOW_WITHOUT_EVIDENCE, "advice-1.json").await;
    assert_eq!(
        shadow_text(&session, "#pa-timing").await,
        "Is now the right time? Start small"
    );
    assert!(
        reasons
            .iter()
            .any(|r| r.contains("rests on only 1 of 8 areas")),
        "{reasons:#?}"
    );
    assert!(
        reasons
            .iter()
            .any(|r| r.starts_with("11 of 11 possible barriers are not rated yet")),
        "{reasons:#?}"
    );
    // The note on how the scores work and the glossary are on the results.
    assert_eq!(
        shadow_text(&session, ".pa-how-scores > summary").await,
        w::how_scores_work_heading()
    );
    let note = shadow_texts(&session, ".pa-how-scores > p").await;
    assert_eq!(note, w::how_scores_work());
    assert_eq!(
        shadow_texts(&session, ".pa-results .pa-glossary dt")
            .await
            .len(),
        glossary::ENTRIES.len()
    );
    session
        .assert_no_axe_violations(&env.axe, "results (crafted, finding 1)")
        .await;
    session.screenshot("results-advice-thin-evidence").await;

    // Finding 4: every answer says "act now" except a warning sign answered "Completely".
    session.click_on("button", "Start page").await;
    let reasons = open_and_read(&session, WARNING_BESIDE_ACT_NOW, "advice-4.json").await;
    assert_eq!(
        shadow_text(&session, "#pa-timing").await,
        "Is now the right time? Start small"
    );
    assert!(
        reasons
            .iter()
            .any(|r| r.starts_with("A warning sign holds this back to starting small")),
        "{reasons:#?}"
    );
    let depth = shadow_texts(&session, "section[aria-labelledby=pa-depth] li").await;
    assert!(
        depth
            .iter()
            .any(|d| d.starts_with("The timing verdict is “Start small”")),
        "{depth:#?}"
    );
    session.screenshot("results-advice-warning-caps").await;
    session.finish().await;
}
