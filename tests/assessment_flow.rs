//! The assessment as people use it: answered by keyboard alone and by mouse, the results
//! checked against the engine, the file exported and opened again, the draft restored
//! after a reload, a broken file refused with the work intact, and no accessibility
//! violations on any screen.

mod harness;

use std::ops::Range;
use std::path::Path;
use std::time::{Duration, Instant};

use harness::{
    ROOT, START_HEADING, ScratchDir, Session, Site, TestEnvironment, focused, open_demo,
    pdf_page_count, shadow_text, shadow_texts, wait_for_focus,
};
use partnership_engine::explain::export_file_name;
use partnership_engine::flow::{self, Scope, Section};
use partnership_engine::paging;
use partnership_engine::{
    Answers, DimensionStatus, INSTRUMENTS, Rating, ReadinessAnswer, ReadinessScore, Report, Stage,
    TimingAnswer, evaluate, export, import,
};

// ----------------------------------------------------------------------------------------
// A known answer set, the same whether answered by keyboard or by mouse. Each function
// gives the option index (in the order shown) for the n-th question of its kind.

/// Readiness statements, numbered across all areas: every answer including "Don't know"
/// (5) and "Not applicable" (6) occurs.
fn readiness_choice(n: usize) -> usize {
    (n * 3 + 1) % 7
}

fn presence_choice(n: usize) -> usize {
    (n * 2) % 5
}

/// The harm of barrier `n`, asked only when it is present (`presence_choice(n) > 0`).
fn harm_choice(n: usize) -> usize {
    (n + 2) % 5
}

/// Timing statements, numbered across triggers, foundations and warning signs; 5 is
/// "Don't know".
fn timing_choice(n: usize) -> usize {
    (n * 4 + 3) % 6
}

const AMBITION_CHOICE: usize = 2;
const STAGE_CHOICE: usize = 1;
const NOTES: [&str; 2] = [
    "Two food banks and our pantry all run weekend deliveries.",
    "The library, the clinic and the tenants' association.",
];

fn rating(n: usize) -> Rating {
    u8::try_from(n)
        .ok()
        .and_then(Rating::new)
        .expect("a test rating within 0..=4")
}

/// The answers the known answer set stands for, built with the engine's own types.
fn expected_answers() -> Answers {
    let mut answers = Answers::default();
    let items = INSTRUMENTS
        .readiness
        .dimensions
        .iter()
        .flat_map(|d| d.items);
    for (n, item) in items.enumerate() {
        let answer = match readiness_choice(n) {
            5 => ReadinessAnswer::DontKnow,
            6 => ReadinessAnswer::NotApplicable,
            k => ReadinessAnswer::Scale(rating(k)),
        };
        answers.set_readiness(item.id, answer);
    }
    for (n, b) in INSTRUMENTS.barriers.barriers.iter().enumerate() {
        let present = presence_choice(n) > 0;
        answers.set_barrier(
            b.id,
            Some(rating(presence_choice(n))),
            present.then(|| rating(harm_choice(n))),
        );
    }
    for (n, id) in timing_ids().into_iter().enumerate() {
        let answer = match timing_choice(n) {
            5 => TimingAnswer::DontKnow,
            k => TimingAnswer::Scale(rating(k)),
        };
        answers.set_timing(id, answer);
    }
    answers.ambition = Some(INSTRUMENTS.depth.ambition.options[AMBITION_CHOICE].level);
    answers.stage = Some(Stage::ALL[STAGE_CHOICE]);
    for (prompt, text) in INSTRUMENTS.reflection.prompts.iter().zip(NOTES) {
        answers.set_reflection(prompt.id, text);
    }
    answers
}

fn timing_ids() -> Vec<&'static str> {
    let t = &INSTRUMENTS.timing;
    t.triggers
        .iter()
        .chain(t.preconditions)
        .map(|q| q.id)
        .chain(t.warnings.iter().map(|w| w.id))
        .collect()
}

// ----------------------------------------------------------------------------------------
// Helpers

/// The demo opened with downloads allowed and `organization` typed as the organisation's
/// name.
async fn open_for_export(organization: &str) -> (TestEnvironment, Site, Session, ScratchDir) {
    let (env, site, session) = open_demo().await;
    let downloads = session.allow_downloads().await;
    session
        .click_on("textbox", "Your organization's name (optional)")
        .await;
    session.type_text(organization).await;
    (env, site, session, downloads)
}

/// Clicks the `index`-th radio button called `label` (in page order) and waits until it is
/// checked. Within one section every question has one radio of each label, so the index
/// is the question's position.
async fn click_radio(session: &Session, label: &str, index: usize) {
    let radios = session.query("radio", label).await;
    let radio = radios
        .get(index)
        .unwrap_or_else(|| panic!("no radio {label:?} number {index} ({} found)", radios.len()));
    session.click(radio).await;
}

/// The option labels of the readiness scale, the timing scale and the barrier scales.
fn readiness_labels() -> Vec<&'static str> {
    let s = &INSTRUMENTS.readiness.scale;
    let mut v: Vec<&str> = s.labels.iter().map(|t| t.en()).collect();
    v.push(s.dont_know.en());
    v.push(s.not_applicable.en());
    v
}

fn timing_labels() -> Vec<&'static str> {
    let t = &INSTRUMENTS.timing;
    let mut v: Vec<&str> = t.labels.iter().map(|t| t.en()).collect();
    v.push(t.dont_know.en());
    v
}

/// How many radios of the readiness scale are checked in the widget right now.
async fn checked_radios(session: &Session) -> usize {
    session
        .eval(&format!(
            "{ROOT}.querySelectorAll('input[type=radio]:checked').length"
        ))
        .await
}

/// "62 (Developing)" or what the results table shows instead of a score.
fn score_text(d: &ReadinessScore) -> String {
    let band = |b| INSTRUMENTS.readiness.band(b).label.en();
    match (d.status, d.score, d.band) {
        (DimensionStatus::Scored, Some(s), Some(b)) => format!("{s} ({})", band(b)),
        (DimensionStatus::NotApplicable, ..) => "Not applicable".to_owned(),
        _ => format!(
            "Not enough answers yet ({} of {} answered)",
            d.answered, d.items
        ),
    }
}

/// Checks every headline figure on the results screen against the engine's report.
async fn assert_results_match(session: &Session, report: &Report) {
    session.find("heading", "Your results").await;
    let index = report
        .readiness
        .index
        .expect("the answer set gives an index");
    let band = INSTRUMENTS
        .readiness
        .band(report.readiness.band.expect("a band"))
        .label
        .en();
    assert_eq!(
        shadow_text(session, ".pa-big").await,
        format!("{index} out of 100: {band}")
    );
    let table: Vec<String> = session
        .eval(&format!(
            "Array.from({ROOT}.querySelectorAll('table tbody tr')).map(function (r) {{ \
             return r.cells[0].textContent + ' = ' + r.cells[1].textContent; }})"
        ))
        .await;
    let expected: Vec<String> = report
        .readiness
        .dimensions
        .iter()
        .map(|d| {
            let title = INSTRUMENTS
                .readiness
                .dimension(d.dimension)
                .map(|x| x.title.en())
                .unwrap_or_default();
            format!("{title} = {}", score_text(d))
        })
        .collect();
    assert_eq!(table, expected, "the table twin of the chart");
    let bars = harness::bar_widths(session, "").await;
    let widths: Vec<String> = report
        .readiness
        .dimensions
        .iter()
        .map(|d| d.score.unwrap_or(0).to_string())
        .collect();
    assert_eq!(bars, widths, "each bar is as long as its score");

    let verdict = INSTRUMENTS.timing.verdict(report.timing.verdict).title.en();
    assert_eq!(
        shadow_text(session, "#pa-timing").await,
        format!("Is now the right time? {verdict}")
    );
    let first_barrier = report
        .barriers
        .ranked
        .first()
        .and_then(|r| INSTRUMENTS.barriers.barrier(r.barrier))
        .map(|b| b.title.en())
        .expect("a rated barrier");
    let barrier_titles = shadow_texts(session, ".pa-barrier-result strong").await;
    assert_eq!(
        barrier_titles.first().map(String::as_str),
        Some(first_barrier)
    );
    assert_eq!(barrier_titles.len(), report.barriers.ranked.len());

    let plan = shadow_texts(session, ".pa-plan > li > p > strong").await;
    let expected_plan: Vec<String> = report
        .action_plan
        .iter()
        .map(|a| a.text.map(|t| t.en()).unwrap_or_default().to_owned())
        .collect();
    assert_eq!(
        plan, expected_plan,
        "the action plan, in the engine's order"
    );

    if let Some(level) = report.depth.recommended {
        // The depth's details sit in its foldable body (issue 13).
        let start = shadow_texts(session, "#pa-depth-body p strong").await;
        let title = INSTRUMENTS.depth.level(level).title.en();
        assert!(
            start
                .iter()
                .any(|s| s == &format!("Where to start: {title}")),
            "{start:?}"
        );
    }
}

/// Answers the readiness page showing by mouse: `items` are its statements, numbered
/// within their area, and `first` the number of the area's first statement across all
/// areas.
async fn answer_page_by_mouse(session: &Session, items: Range<usize>, first: usize) {
    let labels = readiness_labels();
    for (j, n) in items.enumerate() {
        click_radio(session, labels[readiness_choice(first + n)], j).await;
    }
}

/// Waits until the question screen shows `title` on page `page` (from 0) of `pages`: the
/// progress line names the page once a part has more than one.
async fn wait_for_page(session: &Session, title: &str, page: usize, pages: usize) {
    session.find("heading", title).await;
    if pages > 1 {
        let text = format!("page {} of {pages}.", page + 1);
        session
            .wait_until(
                &format!("{title}, {text}"),
                &format!(
                    "{ROOT}.querySelector('#pa-progress-text').textContent.includes({text:?})"
                ),
            )
            .await;
    }
}

/// The pages the first readiness area is asked over (issue 13: a handful of statements a
/// page).
fn first_area_pages() -> Vec<Range<usize>> {
    paging::pages(&INSTRUMENTS, Section::Dimension(0))
}

// ----------------------------------------------------------------------------------------
// Tests

#[tokio::test(flavor = "multi_thread")]
async fn a_keyboard_user_completes_the_whole_assessment_and_sees_the_engines_results() {
    let (env, site, session) = open_demo().await;
    session.assert_no_axe_violations(&env.axe, "start").await;
    session.screenshot("start-screen").await;

    // Tab from the page to the "Start the full assessment" button.
    let start = session.find("button", "Start the full assessment").await;
    session.focus(&start).await;
    session.press("Enter").await;

    let sections = flow::sections(&INSTRUMENTS, Scope::Full);
    let (mut readiness_n, mut presence_n, mut harm_n, mut timing_n) = (0, 0, 0, 0);
    let mut depth_n = 0;
    let mut notes = NOTES.iter();
    // Long parts are asked over several short pages (issue 13): each page ends on Next.
    let pages = sections
        .iter()
        .enumerate()
        .flat_map(|(i, s)| (0..paging::page_count(&INSTRUMENTS, *s)).map(move |_| (i, s)));
    for (i, section) in pages {
        // Focus moves to the new section's heading on every navigation.
        let title = section.title(&INSTRUMENTS).en();
        wait_for_focus(&session, &format!("h2:{title}")).await;
        if i == 0 {
            session.assert_no_axe_violations(&env.axe, "question").await;
        }
        loop {
            session.press("Tab").await;
            let now = focused(&session).await;
            let choice = match (now.as_str(), section) {
                ("radio", Section::Dimension(_)) => {
                    readiness_n += 1;
                    readiness_choice(readiness_n - 1)
                }
                ("radio", Section::Barriers) => {
                    // Presence, then harm when the barrier is present, barrier by
                    // barrier: a barrier answered "Not present" asks no harm.
                    if presence_n == harm_n {
                        presence_n += 1;
                        if presence_choice(presence_n - 1) == 0 {
                            harm_n += 1;
                        }
                        presence_choice(presence_n - 1)
                    } else {
                        harm_n += 1;
                        harm_choice(harm_n - 1)
                    }
                }
                ("radio", Section::Timing) => {
                    timing_n += 1;
                    timing_choice(timing_n - 1)
                }
                ("radio", Section::Depth) => {
                    depth_n += 1;
                    if depth_n == 1 {
                        AMBITION_CHOICE
                    } else {
                        STAGE_CHOICE
                    }
                }
                // The partner map's needs and form (tests/partner_mapping.rs): pass by.
                (b, Section::Partners) if b != "button:Next" => continue,
                ("textarea", _) => {
                    if let Some(text) = notes.next() {
                        session.type_text(text).await;
                    }
                    continue;
                }
                ("button:Back", _) => continue,
                // The glossary beside the questions ("Words used here"): pass by.
                (s, _) if s.starts_with("summary:") => continue,
                (b, _) if b == "button:Next" || b == "button:See my results" => {
                    session.press("Enter").await;
                    break;
                }

                (other, _) => panic!("unexpected focus on {other:?} in {title}"),
            };
            // The first radio of an unanswered group has focus: Space picks it, each
            // arrow moves to and picks the next answer.
            if choice == 0 {
                session.press(" ").await;
            } else {
                for _ in 0..choice {
                    session.press("ArrowRight").await;
                }
            }
        }
    }
    wait_for_focus(&session, "h2:Your results").await;

    let expected = expected_answers();
    let report = evaluate(&expected);
    assert_results_match(&session, &report).await;
    session.assert_no_axe_violations(&env.axe, "results").await;
    session.screenshot("results-screen").await;

    // The draft on this device holds exactly the answers given.
    let draft: String = session
        .eval("localStorage.getItem('partnership-assessment:draft:v1') || ''")
        .await;
    let saved = import(draft.as_bytes()).expect("the draft is a valid results document");
    assert_eq!(saved.assessment.answers, expected);

    session.finish_within(&site).await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_mouse_user_completes_the_whole_assessment_with_next_and_the_part_list() {
    let (env, site, session) = open_demo().await;
    session
        .click_on("button", "Start the full assessment")
        .await;

    // Each area is asked a few statements a page (issue 13); Next turns every page.
    let mut first = 0;
    for (i, dim) in INSTRUMENTS.readiness.dimensions.iter().enumerate() {
        let pages = paging::pages(&INSTRUMENTS, Section::Dimension(i));
        let count = pages.len();
        for (page, items) in pages.into_iter().enumerate() {
            wait_for_page(&session, dim.title.en(), page, count).await;
            answer_page_by_mouse(&session, items, first).await;
            if i == 0 && page == 0 {
                session.settle().await;
                session.screenshot("question-screen").await;
                session.set_width(320).await;
                session.settle().await;
                session.screenshot("question-screen-320px").await;
                let overflow: bool = session
                    .eval("document.documentElement.scrollWidth > document.documentElement.clientWidth")
                    .await;
                assert!(!overflow, "nothing scrolls sideways at 320 px");
                session
                    .assert_no_axe_violations(&env.axe, "question (320 px)")
                    .await;
                session.set_width(1280).await;
            }
            session.click_on("button", "Next").await;
        }
        first += dim.items.len();
    }

    session
        .find("heading", INSTRUMENTS.barriers.meta.title.en())
        .await;
    session.settle().await;
    session.screenshot("question-screen-barriers").await;
    // The barriers and the timing questions come a page at a time (issue 13): within a
    // page, the radio's position among those with its label is the question's. The harm
    // question appears once a barrier is rated present (issue 12), so the harm radios are
    // numbered among the page's present barriers only.
    for items in paging::pages(&INSTRUMENTS, Section::Barriers) {
        session
            .find("heading", INSTRUMENTS.barriers.meta.title.en())
            .await;
        let mut harm_groups = 0;
        for (k, n) in items.enumerate() {
            let presence = INSTRUMENTS.barriers.presence_labels[presence_choice(n)].en();
            click_radio(&session, presence, k).await;
            if presence_choice(n) > 0 {
                let harm = INSTRUMENTS.barriers.harm_labels[harm_choice(n)].en();
                click_radio(&session, harm, harm_groups).await;
                harm_groups += 1;
            }
        }
        session.click_on("button", "Next").await;
    }

    let labels = timing_labels();
    for items in paging::pages(&INSTRUMENTS, Section::Timing) {
        session
            .find("heading", INSTRUMENTS.timing.meta.title.en())
            .await;
        for (k, n) in items.enumerate() {
            click_radio(&session, labels[timing_choice(n)], k).await;
        }
        session.click_on("button", "Next").await;
    }

    session
        .find("heading", INSTRUMENTS.depth.meta.title.en())
        .await;
    let d = &INSTRUMENTS.depth;
    session
        .click_on("radio", d.ambition.options[AMBITION_CHOICE].label.en())
        .await;
    session
        .click_on("radio", d.stages[STAGE_CHOICE].description.en())
        .await;
    // Jump straight to the last part through the part list, then come back to check.
    let last = flow::sections(&INSTRUMENTS, Scope::Full).len();
    let reflection_title = INSTRUMENTS.reflection.meta.title.en();
    click_part(
        &session,
        reflection_title,
        &format!("0 of {} answered", INSTRUMENTS.reflection.prompts.len()),
    )
    .await;
    session.find("heading", reflection_title).await;
    for (prompt, text) in INSTRUMENTS.reflection.prompts.iter().zip(NOTES) {
        session.click_on("textbox", prompt.text.en()).await;
        session.type_text(text).await;
    }
    assert_eq!(
        shadow_text(&session, "#pa-progress-text").await,
        {
            let p = flow::progress(&INSTRUMENTS, Scope::Full, &expected_answers());
            format!(
                "Part {last} of {last}. {} of {} questions answered.",
                p.answered, p.questions
            )
        },
        "the progress line counts every answer"
    );
    session.click_on("button", "See my results").await;

    assert_results_match(&session, &evaluate(&expected_answers())).await;
    // Going back shows the answers still chosen.
    session.click_on("button", "Back to the questions").await;
    session.find("heading", reflection_title).await;
    session.click_on("button", "Back").await;
    // The partner map sits between depth and reflection.
    session
        .find(
            "heading",
            partnership_engine::partners::PARTNER_VOCABULARY.title.en(),
        )
        .await;
    session.click_on("button", "Back").await;
    session
        .find("heading", INSTRUMENTS.depth.meta.title.en())
        .await;
    assert_eq!(checked_radios(&session).await, 2);
    session.finish_within(&site).await;
}

/// Clicks the button of the part list for `title`, whose name is the title and the count
/// (`count`) joined by whatever separator the browser reads between the two lines.
async fn click_part(session: &Session, title: &str, count: &str) {
    let started = Instant::now();
    loop {
        for separator in [", ", " , ", ",", " "] {
            let found = session
                .query("button", &format!("{title}{separator}{count}"))
                .await;
            if let [button] = found.as_slice() {
                session.click(button).await;
                return;
            }
        }
        assert!(
            started.elapsed() < Duration::from_secs(10),
            "no part button for {title:?} ({count})"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// Answers the first area with the known answers, page by page, and returns them; its
/// last page is left showing.
async fn answer_first_area(session: &Session) -> Answers {
    session
        .click_on("button", "Start the full assessment")
        .await;
    let dim = &INSTRUMENTS.readiness.dimensions[0];
    let pages = first_area_pages();
    for (page, items) in pages.iter().enumerate() {
        if page > 0 {
            session.click_on("button", "Next").await;
        }
        wait_for_page(session, dim.title.en(), page, pages.len()).await;
        answer_page_by_mouse(session, items.clone(), 0).await;
    }
    let mut answers = Answers::default();
    for (n, item) in dim.items.iter().enumerate() {
        let answer = match readiness_choice(n) {
            5 => ReadinessAnswer::DontKnow,
            6 => ReadinessAnswer::NotApplicable,
            k => ReadinessAnswer::Scale(rating(k)),
        };
        answers.set_readiness(item.id, answer);
    }
    answers
}

#[tokio::test(flavor = "multi_thread")]
async fn the_exported_file_is_named_from_the_organization_and_opens_again_unchanged() {
    let (env, site, session, downloads) = open_for_export("Riverside Food Bank").await;
    let mut answers = answer_first_area(&session).await;
    session.click_on("button", "See results so far").await;
    session.find("heading", "Your results").await;
    session.click_on("button", "Save results as a file").await;

    let file = harness::wait_for_download(downloads.path(), "json").await;
    let bytes = std::fs::read(&file).expect("read the download");
    let imported = import(&bytes).expect("the engine accepts the exported file");
    assert!(imported.warnings.is_empty(), "{:?}", imported.warnings);
    let a = &imported.assessment;
    assert_eq!(
        file.file_name().and_then(|n| n.to_str()),
        Some(export_file_name(a, "json").as_str())
    );
    assert!(
        export_file_name(a, "json").starts_with("riverside-food-bank-partnership-assessment-"),
        "{file:?}"
    );
    assert_eq!(a.organization_name.as_deref(), Some("Riverside Food Bank"));
    answers.reflections.clear();
    assert_eq!(a.answers, answers);
    assert_eq!(
        String::from_utf8_lossy(&bytes),
        export(a),
        "the file is exactly the engine's document for what it holds"
    );
    // The whole JSON Schema holds for the downloaded file, and the check is real: the same
    // file with a wrong format version is refused.
    let schema = Path::new(env!("CARGO_MANIFEST_DIR")).join("engine/schema/results-v3.schema.json");
    harness::validate_against_schema(&schema, &bytes)
        .unwrap_or_else(|errors| panic!("the exported file breaks the schema: {errors}"));
    let doc: serde_json::Value = serde_json::from_slice(&bytes).expect("the file is JSON");
    let mut broken = doc.clone();
    broken["formatVersion"] = serde_json::Value::from("two");
    let broken = serde_json::to_vec(&broken).expect("serialise");
    assert!(
        harness::validate_against_schema(&schema, &broken).is_err(),
        "the schema check refuses a wrong format version"
    );
    let id = a.id.to_string();
    assert_eq!(doc["resultId"], serde_json::Value::String(id.clone()));
    assert_eq!(&id[14..15], "4", "a version 4 UUID");
    let status = shadow_text(&session, ".pa-status").await;
    assert!(status.contains("Saved as"), "{status}");

    // Open it again in a fresh browser: the same answers and scores come back.
    let other = harness::open_widget_at(&env, &site.url("/")).await;
    let json = String::from_utf8_lossy(&bytes).into_owned();
    drop_file(&other, &json, "saved.json").await;
    assert_results_match_partly(&other, &evaluate(&answers)).await;
    other.finish().await;

    session.assert_no_errors();
    let origin = site.origin();
    session.assert_requests_stay_within(&[&origin, &format!("blob:{origin}")]);
    session.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn the_spreadsheet_export_has_a_bom_and_neutralises_formulas_typed_by_the_respondent() {
    let (_, _site, session, downloads) = open_for_export("=cmd|' /C calc'!A0").await;
    session
        .click_on("button", INSTRUMENTS.reflection.meta.title.en())
        .await;
    let prompts = INSTRUMENTS.reflection.prompts;
    session.click_on("textbox", prompts[0].text.en()).await;
    session.type_text("+SUM(A1:A9)").await;
    session.click_on("textbox", prompts[1].text.en()).await;
    session.type_text("@attacker, \"quoted\"").await;
    session.click_on("button", "See my results").await;
    session.find("heading", "Your results").await;
    session
        .click_on("button", "Save for a spreadsheet (CSV)")
        .await;

    let file = harness::wait_for_download(downloads.path(), "csv").await;
    let name = harness::file_name(&file);
    assert!(
        name.starts_with("cmd-c-calc-a0-partnership-assessment-"),
        "{name}"
    );
    let bytes = std::fs::read(&file).expect("read the spreadsheet");
    assert!(
        bytes.starts_with(b"\xEF\xBB\xBF"),
        "UTF-8 with a byte-order mark"
    );
    let text = String::from_utf8(bytes).expect("UTF-8");
    assert!(text.contains("\"'=cmd|' /C calc'!A0\""), "{text}");
    assert!(text.contains("\"'+SUM(A1:A9)\""), "{text}");
    assert!(text.contains("\"'@attacker, \"\"quoted\"\"\""), "{text}");
    // Every line is a row of five quoted cells, none of them a live formula.
    for line in text.trim_start_matches('\u{feff}').lines() {
        assert!(line.starts_with('"') && line.ends_with('"'), "{line}");
        for bad in ["\"=", "\"+", "\"-", "\"@"] {
            assert!(
                !line.contains(&format!(",{bad}")) && !line.starts_with(bad),
                "{line}"
            );
        }
    }
    let status = shadow_text(&session, ".pa-status").await;
    assert!(status.contains(&name), "{status}");
    session.finish().await;
}

/// The overall score and table only (for answer sets too thin for a full comparison).
async fn assert_results_match_partly(session: &Session, report: &Report) {
    session.find("heading", "Your results").await;
    let table = shadow_texts(session, "table tbody td").await;
    let expected: Vec<String> = report.readiness.dimensions.iter().map(score_text).collect();
    assert_eq!(table, expected);
}

/// Drops a file with `contents` on the widget's drop box, as a person dragging it would.
async fn drop_file(session: &Session, contents: &str, name: &str) {
    let script = format!(
        "(function () {{ var box = {ROOT}.querySelector('.pa-drop'); \
         var data = new DataTransfer(); \
         data.items.add(new File([{contents:?}], {name:?}, {{ type: 'application/json' }})); \
         box.dispatchEvent(new DragEvent('dragover', {{ dataTransfer: data, bubbles: true, cancelable: true }})); \
         box.dispatchEvent(new DragEvent('drop', {{ dataTransfer: data, bubbles: true, cancelable: true }})); \
         return true; }})()"
    );
    let _: bool = session.eval(&script).await;
}

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

#[tokio::test(flavor = "multi_thread")]
async fn a_reload_restores_the_draft_and_resume_carries_on_where_answers_stop() {
    let (_, site, session) = open_demo().await;
    let answers = answer_first_area(&session).await;
    session.settle().await;

    session.open(&site.url("/")).await;
    session.find("heading", START_HEADING).await;
    let welcome = shadow_text(&session, ".pa-panel-welcome").await;
    let answered = answers.readiness.len();
    assert!(
        welcome.contains(&format!("{answered} questions answered")),
        "{welcome}"
    );
    session.screenshot("start-screen-resume").await;
    session.click_on("button", "Resume where I left off").await;
    // The first area is complete, so the second one opens, with focus on its heading.
    let second = INSTRUMENTS.readiness.dimensions[1].title.en();
    wait_for_focus(&session, &format!("h2:{second}")).await;
    // Back turns the first area's pages from its last: every statement on each page is
    // still chosen, and the pages hold every answer given.
    let first = INSTRUMENTS.readiness.dimensions[0].title.en();
    let pages = first_area_pages();
    let mut seen = 0;
    for (page, items) in pages.iter().enumerate().rev() {
        session.click_on("button", "Back").await;
        wait_for_page(&session, first, page, pages.len()).await;
        assert_eq!(
            checked_radios(&session).await,
            items.len(),
            "page {}",
            page + 1
        );
        seen += items.len();
    }
    assert_eq!(seen, answered);
    session.finish().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_broken_file_is_refused_with_the_engines_message_and_the_work_is_kept() {
    let (env, _site, session) = open_demo().await;
    let answers = answer_first_area(&session).await;
    // Back through the area's pages to the start page.
    let pages = first_area_pages();
    for page in (0..pages.len()).rev() {
        session.click_on("button", "Back").await;
        if page > 0 {
            let first = INSTRUMENTS.readiness.dimensions[0].title.en();
            wait_for_page(&session, first, page - 1, pages.len()).await;
        }
    }
    session.find("heading", START_HEADING).await;

    let broken = "{\"$schema\": \"urn:partnership-assessment:results:v1\", \"formatVersion\": 1,";
    drop_file(&session, broken, "broken.json").await;
    let message = import(broken.as_bytes())
        .expect_err("the engine refuses the broken file")
        .to_string();
    session
        .wait_until(
            "the error message",
            &format!("{ROOT}.querySelector('.pa-alert').textContent.includes({message:?})"),
        )
        .await;
    let alert = shadow_text(&session, ".pa-alert").await;
    assert!(alert.contains("have not been changed"), "{alert}");
    session.find("button", "Continue answering").await;
    session.assert_no_axe_violations(&env.axe, "error").await;
    session.screenshot("error-screen").await;

    // A valid file over unsaved work asks first; keeping changes nothing.
    let other = partnership_engine::Assessment::new(
        partnership_engine::ResultId::from_random_bytes([7; 16]),
        partnership_engine::Timestamp::from_unix_millis(1_772_355_600_000),
    );
    pick_file(&session, &export(&other), "other.json").await;
    session
        .find("heading", "Replace your current answers?")
        .await;
    session.assert_no_axe_violations(&env.axe, "confirm").await;
    session.click_on("button", "Keep my current answers").await;
    // Back on the area's first page, its answers still chosen (the rest are checked in
    // the draft below).
    let first = INSTRUMENTS.readiness.dimensions[0].title.en();
    wait_for_page(&session, first, 0, pages.len()).await;
    assert_eq!(checked_radios(&session).await, pages[0].len());
    let draft: String = session
        .eval("localStorage.getItem('partnership-assessment:draft:v1') || ''")
        .await;
    let kept = import(draft.as_bytes()).expect("the draft is still valid");
    assert_eq!(
        kept.assessment.answers, answers,
        "nothing of the work was lost"
    );
    session.finish().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn an_earlier_result_is_compared_area_by_area_without_touching_the_current_one() {
    let (env, _site, session) = open_demo().await;
    let now = answer_first_area(&session).await;
    session.click_on("button", "See results so far").await;
    session.find("heading", "Your results").await;

    // An earlier result where the first area was answered "Strongly disagree" throughout
    // (and one barrier rated), made with the engine.
    let mut earlier = partnership_engine::Assessment::new(
        partnership_engine::ResultId::from_random_bytes([4; 16]),
        partnership_engine::Timestamp::from_unix_millis(1_740_000_000_000),
    );
    for item in INSTRUMENTS.readiness.dimensions[0].items {
        earlier
            .answers
            .set_readiness(item.id, ReadinessAnswer::Scale(rating(0)));
    }
    earlier
        .answers
        .set_barrier("barriers.turf", Some(rating(2)), Some(rating(2)));
    pick_file(&session, &export(&earlier), "earlier.json").await;
    session
        .wait_until(
            "the comparison table",
            &format!("{ROOT}.querySelectorAll('table.pa-compare').length === 2"),
        )
        .await;

    let expected =
        partnership_engine::compare::compare(&evaluate(&earlier.answers), &evaluate(&now));
    let rows: Vec<String> = session
        .eval(&format!(
            "Array.from({ROOT}.querySelectorAll('table.pa-compare tbody tr')).map(function (r) {{ \
             return Array.from(r.cells).map(function (c) {{ return c.textContent; }}).join(' | '); }})"
        ))
        .await;
    let first = &expected.dimensions[0];
    let title = INSTRUMENTS.readiness.dimensions[0].title.en();
    let show = |v: Option<u8>| v.map_or_else(|| "not scored".to_owned(), |v| v.to_string());
    let row = format!(
        "{title} | {} | {} | {}",
        show(first.before),
        show(first.after),
        first.describe()
    );
    assert!(rows.contains(&row), "{row:?} not in {rows:#?}");
    assert!(first.delta().is_some_and(|d| d > 0), "the answers improved");
    assert!(
        rows.iter()
            .any(|r| r.starts_with("Turf and pride | 4 | not scored")),
        "{rows:#?}"
    );
    session
        .assert_no_axe_violations(&env.axe, "comparison")
        .await;
    session.screenshot("results-compared").await;

    // The current answers are untouched.
    let draft: String = session
        .eval("localStorage.getItem('partnership-assessment:draft:v1') || ''")
        .await;
    let kept = import(draft.as_bytes()).expect("the draft is valid");
    assert_eq!(kept.assessment.answers, now);
    session.finish().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn where_storage_is_refused_a_calm_notice_shows_and_the_work_goes_on_in_memory() {
    let env = TestEnvironment::from_env();
    // A host page whose browser refuses localStorage, as some private modes do.
    let page = &harness::host_page(
        "No storage",
        "<script src=\"no-storage.js\"></script>\n\
         <script src=\"partnership-assessment.js\" defer></script>",
        "<partnership-assessment></partnership-assessment>",
    );
    let refuse = "Object.defineProperty(window, 'localStorage', { get: function () { \
        throw new DOMException('The operation is insecure.', 'SecurityError'); } });";
    let site = Site::serve(&env, &[("private.html", page), ("no-storage.js", refuse)]);
    let session = harness::open_widget_at(&env, &site.url("/private.html")).await;
    let notice = shadow_text(&session, ".pa-panel-calm").await;
    assert!(
        notice.contains("save your results as a file"),
        "the notice suggests exporting: {notice:?}"
    );
    let answers = answer_first_area(&session).await;
    session.click_on("button", "See results so far").await;
    assert_results_match_partly(&session, &evaluate(&answers)).await;
    session
        .assert_no_axe_violations(&env.axe, "results without storage")
        .await;
    session.finish().await;
}

/// The offline page (which holds nothing but the widget: on a host page, the host's own
/// header and footer print too) showing the longest report there is: every question
/// answered, reflections too.
async fn open_complete_result(env: &TestEnvironment, site: &Site) -> Session {
    let session = harness::open_widget_at(env, &site.url("/partnership-assessment.html")).await;
    let id = partnership_engine::ResultId::parse("0f8fad5b-d9cb-469f-a165-70867728950e")
        .expect("a valid id");
    let mut assessment = partnership_engine::Assessment::new(
        id,
        partnership_engine::Timestamp::from_unix_millis(1_790_000_000_000),
    );
    assessment.set_organization_name("Riverside Food Bank");
    assessment.answers = expected_answers();
    for prompt in INSTRUMENTS.reflection.prompts.iter() {
        assessment.answers.reflections.insert(
            prompt.id.to_string(),
            "We talked about this at the March board meeting and want to come back to it."
                .to_string(),
        );
    }
    let document = export(&assessment);
    std::fs::create_dir_all(&env.artifacts).expect("the artefacts folder");
    std::fs::write(env.artifacts.join("complete-result.json"), &document).expect("keep it");
    drop_file(&session, &document, "complete.json").await;
    assert_results_match(&session, &evaluate(&assessment.answers)).await;
    session
}

#[tokio::test(flavor = "multi_thread")]
async fn a_complete_result_prints_on_one_to_three_pages() {
    let env = TestEnvironment::from_env();
    let site = Site::serve(&env, &[]);
    let session = open_complete_result(&env, &site).await;

    let pdf = session.print_a4().await;
    let pages = pdf_page_count(&pdf);
    std::fs::write(env.artifacts.join("results-print.pdf"), &pdf).expect("keep the PDF");
    assert!(pdf.starts_with(b"%PDF"), "Chromium wrote a PDF");
    assert!(
        (1..=3).contains(&pages),
        "a complete result prints on {pages} A4 pages; the report should take one to three"
    );
    session.finish().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn the_summary_prints_as_page_one_and_the_details_start_page_two() {
    use chromiumoxide::cdp::browser_protocol::emulation::SetEmulatedMediaParams;
    let env = TestEnvironment::from_env();
    let site = Site::serve(&env, &[]);
    let session = open_complete_result(&env, &site).await;
    // Laid out for paper as Chromium prints A4 (the PDF above): 8.27 x 11.69 inches less
    // its default margins of 0.4 inches, at 96 CSS pixels an inch.
    let (width, height) = ((8.27_f64 - 0.8) * 96.0, (11.69_f64 - 0.8) * 96.0);
    session.set_width(width.floor() as i64).await;
    session
        .page
        .execute(SetEmulatedMediaParams::builder().media("print").build())
        .await
        .expect("emulate print");
    session.settle().await;
    // The summary holds the answer: the score, the verdict, the risks and the steps.
    let report = evaluate(&session_answers(&session).await);
    let verdict = INSTRUMENTS.timing.verdict(report.timing.verdict).title.en();
    let summary = shadow_text(&session, ".pa-summary").await;
    assert!(summary.contains(verdict), "{summary}");
    assert!(summary.contains("out of 100"), "{summary}");
    // All of it on page one, with everything above it...
    let (_, bottom) = session.page_box(".pa-summary").await;
    assert!(
        bottom <= height,
        "the summary ends {bottom:.0} px down a page {height:.0} px tall"
    );
    // ... and nothing after it: the page ends there, and the details start page two.
    assert_eq!(session.computed(".pa-summary", "break-after").await, "page");
    let (details, _) = session.page_box(".pa-result").await;
    assert!(details >= bottom, "the details start after the summary");
    let after_summary: String = session
        .eval(&format!(
            "(function () {{ var s = {ROOT}.querySelector('.pa-summary'), e = s.nextElementSibling, t = ''; \
             for (; e; e = e.nextElementSibling) {{ if (e.getClientRects().length) {{ \
               var h = e.querySelector('h3[data-title]'); t = h ? h.getAttribute('data-title') : e.outerHTML.slice(0, 80); break; }} }} \
             return t; }})()"
        ))
        .await;
    assert_eq!(
        after_summary, "Overall readiness",
        "the first part printed after the summary, on page two"
    );
    session.screenshot("results-print-page-one").await;
    session.finish().await;
}

/// The answers the widget holds (its `result` property), as the engine reads them.
async fn session_answers(session: &Session) -> Answers {
    let json: String = session
        .eval("JSON.stringify(document.querySelector('partnership-assessment').result)")
        .await;
    import(json.as_bytes())
        .expect("the widget's result is a valid document")
        .assessment
        .answers
}

#[tokio::test(flavor = "multi_thread")]
async fn printing_the_results_leaves_out_every_control() {
    use chromiumoxide::cdp::browser_protocol::emulation::SetEmulatedMediaParams;
    let (_, _site, session) = open_demo().await;
    answer_first_area(&session).await;
    session.click_on("button", "See results so far").await;
    session.find("heading", "Your results").await;
    session
        .page
        .execute(SetEmulatedMediaParams::builder().media("print").build())
        .await
        .expect("emulate print");
    let visible_buttons: usize = session
        .eval(&format!(
            "Array.from({ROOT}.querySelectorAll('button')).filter(function (b) {{ \
             return b.getClientRects().length > 0; }}).length"
        ))
        .await;
    assert_eq!(visible_buttons, 0, "no buttons on paper");
    let bar_fill: String = session
        .eval(&format!(
            "getComputedStyle({ROOT}.querySelector('rect.pa-chart-fill')).fill"
        ))
        .await;
    assert_eq!(bar_fill, "rgb(68, 68, 68)", "bars print in grey");
    session.screenshot("results-print").await;
    session.finish().await;
}
