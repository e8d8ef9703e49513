//! Phone first (issue 13): at 375 x 667 the results start with the answer and every
//! question screen is short; nothing scrolls sideways at 320 px or with large text; focus
//! goes somewhere sensible after comparing and after a form error; the charts keep their
//! marks in forced colours. Every figure checked here comes from the engine.

mod answers;
mod harness;

use answers::rating;
use harness::{
    PHONE, ROOT, START_HEADING, Session, Site, TestEnvironment, choose_files, focused, open_demo,
    open_widget, shadow_text, wait_for_focus,
};
use partnership_engine::flow::{self, Scope, Section};
use partnership_engine::paging;
use partnership_engine::partners::{Candidate, Sector};
use partnership_engine::summary::{first_steps, top_risks};
use partnership_engine::{
    Answers, Assessment, INSTRUMENTS, ReadinessAnswer, Report, ResultId, Stage, Timestamp,
    evaluate, export,
};

const NOW: i64 = 1_772_355_600_000;

/// A complete set of answers that varies across the scales, so the results show every
/// kind of finding: strengths and concerns, risks of each level, warnings, a plan.
fn full_answers(lean: usize) -> Answers {
    let mut a = Answers::default();
    let mut n = lean;
    for d in INSTRUMENTS.readiness.dimensions {
        for item in d.items {
            n += 3;
            a.set_readiness(item.id, ReadinessAnswer::Scale(rating(n / 2)));
        }
    }
    answers::barriers_and_timing(&mut a, lean);
    a.ambition = Some(INSTRUMENTS.depth.ambition.options[1].level);
    a.stage = Some(Stage::ALL[1]);
    for p in INSTRUMENTS.reflection.prompts {
        a.set_reflection(p.id, "We share a waiting room and most of our families.");
    }
    a
}

/// A finished assessment of Riverside with two partners on the map.
fn finished(lean: usize, at: i64) -> Assessment {
    let mut a = Assessment::new(
        ResultId::from_random_bytes([lean as u8 + 1; 16]),
        Timestamp::from_unix_millis(at),
    );
    a.set_organization_name("Riverside Food Bank");
    a.answers = full_answers(lean);
    for name in ["Public library", "Northgate Tenants Union"] {
        let c = Candidate::new(name, Sector::other()).expect("a valid partner");
        a.partners.add(c).expect("room on the map");
    }
    a
}

/// Opens `assessment` through the host page's `load()`, and waits for the results.
async fn load(session: &Session, assessment: &Assessment) {
    answers::load(session, assessment, "Your results").await;
    session.settle().await;
}

/// Chooses a file through the `n`-th file input of the widget.
async fn pick_file(session: &Session, n: usize, contents: &str, name: &str) {
    let script = format!(
        "(function () {{ var input = {ROOT}.querySelectorAll('input[type=file]')[{n}]; \
         var data = new DataTransfer(); \
         data.items.add(new File([{contents:?}], {name:?}, {{ type: 'application/json' }})); \
         input.files = data.files; \
         input.dispatchEvent(new Event('change', {{ bubbles: true }})); return true; }})()"
    );
    let _: bool = session.eval(&script).await;
}

/// A full-page screenshot (which resets the emulated viewport), then the viewport again.
async fn shot(session: &Session, name: &str, (width, height): (i64, i64)) {
    session.screenshot(name).await;
    session.set_viewport(width, height).await;
    session.settle().await;
}

async fn phone() -> (TestEnvironment, Site, Session) {
    let (env, site, session) = open_demo().await;
    session.set_viewport(PHONE.0, PHONE.1).await;
    session.settle().await;
    (env, site, session)
}

fn verdict_title(report: &Report) -> &'static str {
    INSTRUMENTS.timing.verdict(report.timing.verdict).title.en()
}

#[tokio::test(flavor = "multi_thread")]
async fn on_a_phone_the_results_open_with_the_score_the_verdict_and_the_first_step() {
    let (env, site, session) = phone().await;
    let assessment = finished(0, NOW);
    let report = evaluate(&assessment.answers);
    load(&session, &assessment).await;
    shot(&session, "phone-results-top", PHONE).await;
    let _: bool = session.eval("window.scrollTo(0, 0); true").await;
    let _: bool = session
        .eval(&format!(
            "{ROOT}.querySelector('.pa-results h2').scrollIntoView(); window.scrollBy(0, -12); true"
        ))
        .await;
    session.settle().await;
    session
        .screenshot_screen(&env.artifacts, "phone-results-screen")
        .await;

    // The summary, read by name: its heading, the score, the verdict, the risks, the steps.
    session.find("heading", "The short answer").await;
    let index = report.readiness.index.expect("an index");
    let band = INSTRUMENTS
        .readiness
        .band(report.readiness.band.expect("a band"))
        .label
        .en();
    assert_eq!(
        shadow_text(&session, ".pa-summary .pa-big").await,
        format!("{index} out of 100: {band}")
    );
    let verdict = shadow_text(&session, ".pa-summary-verdict").await;
    assert!(
        verdict.starts_with(&format!(
            "Is now the right time? {}.",
            verdict_title(&report)
        )),
        "{verdict}"
    );
    let risks: Vec<String> = session
        .eval(&format!(
            "Array.from({ROOT}.querySelectorAll('.pa-summary ul li')).map(function (e) {{ return e.textContent; }})"
        ))
        .await;
    let expected_risks: Vec<String> = top_risks(&report)
        .iter()
        .map(|r| {
            let title = INSTRUMENTS
                .barriers
                .barrier(r.barrier)
                .expect("a barrier")
                .title
                .en();
            let level = INSTRUMENTS.barriers.band(r.level).label.en();
            format!("{title}: {level} risk")
        })
        .collect();
    assert!(
        !expected_risks.is_empty(),
        "the answers rate some barriers above low"
    );
    assert_eq!(
        risks, expected_risks,
        "the engine's top risks, in its order"
    );
    let steps: Vec<String> = session
        .eval(&format!(
            "Array.from({ROOT}.querySelectorAll('.pa-summary ol li')).map(function (e) {{ return e.textContent; }})"
        ))
        .await;
    let expected_steps: Vec<String> = first_steps(&report)
        .iter()
        .map(|s| s.text.map(|t| t.en()).unwrap_or_default().to_owned())
        .collect();
    assert_eq!(steps.len(), 3);
    assert_eq!(steps, expected_steps, "the first three steps of the plan");

    // All three sit within the first 1.5 screens below the results heading.
    let (heading, _) = session.page_box("h2.pa-screen-title").await;
    let limit = heading + 1.5 * PHONE.1 as f64;
    for (what, selector) in [
        ("the score", ".pa-summary .pa-big"),
        ("the verdict", ".pa-summary-verdict"),
        ("the first step", ".pa-summary ol li"),
    ] {
        let (_, bottom) = session.page_box(selector).await;
        eprintln!(
            "{what} ends {:.0} px below the results heading",
            bottom - heading
        );
        assert!(
            bottom <= limit,
            "{what} ends {:.0} px below the heading, past 1.5 screens",
            bottom - heading
        );
    }
    // Then the buttons to keep the results, before any detail.
    let (_, save) = session
        .page_box(".pa-summary + .pa-actions .pa-button")
        .await;
    assert!(
        save <= heading + 2.0 * PHONE.1 as f64,
        "save ends {:.0} px down",
        save - heading
    );
    let screens = session.screens_tall().await;
    eprintln!("results at 375 x 667: {screens:.1} screens tall, details folded");
    assert!(
        screens < 6.0,
        "folded, the results are {screens:.1} screens tall"
    );

    // The details fold on a phone; each heading is a button that says whether it is open.
    let timing = format!("Is now the right time? {}", verdict_title(&report));
    let fold = session.find("button", &timing).await;
    let expanded = || async {
        session
            .eval::<String>(&format!(
                "{ROOT}.querySelector('#pa-timing button').getAttribute('aria-expanded')"
            ))
            .await
    };
    assert_eq!(expanded().await, "false");
    assert_eq!(session.computed("#pa-timing-body", "display").await, "none");
    // Keyboard only: focus the button, Enter opens it, Space closes it again.
    session.focus(&fold).await;
    session.press("Enter").await;
    session
        .wait_until(
            "the timing details open",
            &format!(
                "{ROOT}.querySelector('#pa-timing button').getAttribute('aria-expanded') === 'true'"
            ),
        )
        .await;
    assert_ne!(session.computed("#pa-timing-body", "display").await, "none");
    let steps_heading = session.find("heading", "Next steps for this verdict").await;
    let _ = steps_heading;
    session.press(" ").await;
    session
        .wait_until(
            "the timing details fold",
            &format!("{ROOT}.querySelector('#pa-timing button').getAttribute('aria-expanded') === 'false'"),
        )
        .await;
    session
        .assert_no_axe_violations(&env.axe, "results (phone)")
        .await;

    // On a wide screen the details start open.
    session.set_viewport(1280, 900).await;
    session.open(&site.url("/")).await;
    session.find("heading", START_HEADING).await;
    load(&session, &finished(1, NOW + 5)).await;
    let open: usize = session
        .eval(&format!(
            "{ROOT}.querySelectorAll('.pa-fold[aria-expanded=true]').length"
        ))
        .await;
    let all: usize = session
        .eval(&format!("{ROOT}.querySelectorAll('.pa-fold').length"))
        .await;
    assert!(
        all >= 6 && open == all,
        "{open} of {all} open on a wide screen"
    );
    session.finish_within(&site).await;
}

#[tokio::test(flavor = "multi_thread")]
async fn every_question_screen_is_short_on_a_phone_with_back_and_next_in_reach() {
    let (env, site, session) = phone().await;
    session
        .click_on("button", "Start the full assessment")
        .await;
    let sections = flow::sections(&INSTRUMENTS, Scope::Full);
    let mut tallest = (0.0_f64, String::new());
    for (i, section) in sections.iter().enumerate() {
        let title = section.title(&INSTRUMENTS).en();
        let pages = paging::page_count(&INSTRUMENTS, *section);
        for page in 0..pages {
            wait_for_focus(&session, &format!("h2:{title}")).await;
            session.settle().await;
            let screens = session.screens_tall().await;
            let name = format!("{title}, page {} of {pages}", page + 1);
            eprintln!("{name}: {screens:.1} screens at 375 x 667");
            if screens > tallest.0 {
                tallest = (screens, name.clone());
            }
            if screens > 6.0 {
                shot(&session, "phone-too-tall", PHONE).await;
            }
            assert!(screens <= 6.0, "{name} is {screens:.1} screens tall");
            // A readiness area comes a few statements a page (engine/src/paging.rs), so its
            // pages stay well under the limit with room in every row.
            if matches!(section, Section::Dimension(_)) {
                assert!(screens <= 4.5, "{name} is {screens:.1} screens tall");
            }
            assert_eq!(
                session.sideways_scroll().await,
                0,
                "{name} scrolls sideways"
            );
            // The progress says the page, and is not a live region.
            let progress = shadow_text(&session, "#pa-progress-text").await;
            if pages > 1 {
                assert!(
                    progress.contains(&format!("page {} of {pages}", page + 1)),
                    "{progress}"
                );
            }
            let live: bool = session
                .eval(&format!(
                    "!!{ROOT}.querySelector('#pa-progress-text').closest('[role=status],[aria-live]')"
                ))
                .await;
            assert!(
                !live,
                "the progress line is not re-announced on every answer"
            );
            // At the top of the page, Next is already on screen, at the bottom.
            let next = paging::is_last(&INSTRUMENTS, &sections, i, page);
            let label = if next { "See my results" } else { "Next" };
            let bottom: f64 = session
                .eval(&format!(
                    "(function () {{ window.scrollTo(0, 0); var b = Array.from({ROOT}.querySelectorAll('.pa-nav button')).find(function (b) {{ return b.textContent === {label:?}; }}); \
                     var r = b.getBoundingClientRect(); return r.bottom; }})()"
                ))
                .await;
            assert!(
                bottom <= PHONE.1 as f64 && bottom > PHONE.1 as f64 / 2.0,
                "{label} sits at {bottom} px on {name}"
            );
            if *section == Section::Barriers && page == 0 {
                shot(&session, "phone-questions-barriers", PHONE).await;
                let _: bool = session
                    .eval(&format!(
                        "(function () {{ {ROOT}.querySelectorAll('fieldset.pa-question input')[2].click(); \
                         var t = {ROOT}.querySelector('.pa-barrier h3').getBoundingClientRect().top; \
                         window.scrollTo(0, window.scrollY + t - 8); return true; }})()"
                    ))
                    .await;
                session.settle().await;
                session
                    .screenshot_screen(&env.artifacts, "phone-question-screen")
                    .await;
                session
                    .assert_no_axe_violations(&env.axe, "barriers (phone)")
                    .await;
                // The part list is folded behind one control.
                let parts_open: bool = session
                    .eval(&format!("{ROOT}.querySelector('details.pa-parts').open"))
                    .await;
                assert!(!parts_open, "the list of parts starts folded on a phone");
                session
                    .find(
                        "DisclosureTriangle",
                        &format!("All parts ({})", sections.len()),
                    )
                    .await;
                // Answers are a full-width list, in scale order.
                let widths: Vec<f64> = session
                    .eval(&format!(
                        "Array.from({ROOT}.querySelector('fieldset.pa-question').querySelectorAll('.pa-option')).map(function (o) {{ return o.getBoundingClientRect().width; }})"
                    ))
                    .await;
                let first = widths[0];
                assert!(widths.iter().all(|w| (w - first).abs() < 1.0), "{widths:?}");
                let radio: f64 = session
                    .eval(&format!(
                        "{ROOT}.querySelector('.pa-option input').getBoundingClientRect().width"
                    ))
                    .await;
                assert!(radio >= 19.0, "radios keep their size ({radio} px)");
            }
            session.press("Tab").await;
            let node = session.find("button", label).await;
            session.click(&node).await;
        }
    }
    session.find("heading", "Your results").await;
    eprintln!(
        "tallest question screen at 375 x 667: {} ({:.1} screens)",
        tallest.1, tallest.0
    );
    session.finish_within(&site).await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_keyboard_user_pages_through_the_barriers_and_focus_never_hides_under_the_bar() {
    let (_env, site, session) = phone().await;
    let barriers = flow::sections(&INSTRUMENTS, Scope::Barriers);
    let _ = barriers;
    let start = session
        .find("button", INSTRUMENTS.barriers.meta.title.en())
        .await;
    session.focus(&start).await;
    session.press("Enter").await;
    let title = INSTRUMENTS.barriers.meta.title.en();
    let pages = paging::page_count(&INSTRUMENTS, Section::Barriers);
    let mut answered = 0;
    for page in 0..pages {
        wait_for_focus(&session, &format!("h2:{title}")).await;
        loop {
            session.press("Tab").await;
            let now = focused(&session).await;
            // Whatever has focus is on screen, clear of the bar at the bottom.
            let clear: bool = session
                .eval(&format!(
                    "(function () {{ var e = {ROOT}.activeElement; var bar = {ROOT}.querySelector('.pa-bar'); \
                     var r = e.getBoundingClientRect(); var b = bar.getBoundingClientRect(); \
                     return bar.contains(e) || (r.bottom <= b.top + 1 && r.top >= 0); }})()"
                ))
                .await;
            assert!(clear, "{now} is hidden under the bar on page {}", page + 1);
            match now.as_str() {
                "radio" => {
                    session.press("ArrowDown").await;
                    answered += 1;
                }
                // The glossary beside the questions (issue 12) is a stop of its own.
                "button:Back" | "summary:Words used here" => {}
                "button:Next" | "button:See my results" => {
                    session.press("Enter").await;
                    break;
                }
                other => panic!("unexpected focus on {other}"),
            }
        }
    }
    session.find("heading", "Your results").await;
    assert_eq!(answered, 2 * INSTRUMENTS.barriers.barriers.len());
    session.finish_within(&site).await;
}

#[tokio::test(flavor = "multi_thread")]
async fn no_screen_scrolls_sideways_at_320_px_or_with_large_text() {
    let env = TestEnvironment::from_env();
    let site = Site::serve(&env, &[]);
    let session = open_widget(&env, &site).await;
    let downloads = session.allow_downloads().await;
    let _ = downloads;
    let assessment = finished(0, NOW);
    let earlier = finished(2, NOW - 86_400_000);
    for (width, height, text) in [
        (320, 640, 100),
        (375, 667, 100),
        (1280, 900, 200),
        (1280, 900, 400),
    ] {
        session.set_viewport(width, height).await;
        session.set_text_size(text).await;
        let case = format!("{width} px wide, text at {text}%");
        // The start page, one question page, the results with a comparison open.
        session.open(&site.url("/")).await;
        session.find("heading", START_HEADING).await;
        session.settle().await;
        let wide = session.too_wide().await;
        assert!(wide.is_empty(), "start page, {case}: {wide:#?}");
        session
            .click_on("button", INSTRUMENTS.barriers.meta.title.en())
            .await;
        session
            .find("heading", INSTRUMENTS.barriers.meta.title.en())
            .await;
        session.settle().await;
        let wide = session.too_wide().await;
        assert!(wide.is_empty(), "barriers, {case}: {wide:#?}");
        load(&session, &assessment).await;
        pick_file(&session, 0, &export(&earlier), "earlier.json").await;
        session
            .wait_until(
                "the comparison",
                &format!("{ROOT}.querySelector('#pa-compare-result')"),
            )
            .await;
        // Every part open, the widest it gets.
        let _: bool = session
            .eval(&format!(
                "(function () {{ {ROOT}.querySelectorAll('.pa-fold[aria-expanded=false]').forEach(function (b) {{ b.click(); }}); return true; }})()"
            ))
            .await;
        session.settle().await;
        let wide = session.too_wide().await;
        assert!(wide.is_empty(), "results, {case}: {wide:#?}");
        shot(
            &session,
            &format!("reflow-results-{width}-{text}"),
            (width, height),
        )
        .await;
    }
    // The offline copy (one HTML file) at 320 px, with its results open.
    session.set_text_size(100).await;
    session.set_viewport(320, 640).await;
    session
        .open(&site.url("/partnership-assessment.html"))
        .await;
    session.find("heading", START_HEADING).await;
    load(&session, &assessment).await;
    let wide = session.too_wide().await;
    assert!(wide.is_empty(), "the offline copy at 320 px: {wide:#?}");
    session.finish_within(&site).await;
}

#[tokio::test(flavor = "multi_thread")]
async fn comparing_moves_focus_to_the_tables_and_stopping_moves_it_back() {
    let (_env, site, session) = phone().await;
    load(&session, &finished(0, NOW)).await;
    pick_file(
        &session,
        0,
        &export(&finished(2, NOW - 86_400_000)),
        "earlier.json",
    )
    .await;
    session
        .wait_until(
            "focus on the comparison table",
            &format!("{ROOT}.activeElement && {ROOT}.activeElement.id === 'pa-compare-result'"),
        )
        .await;
    let caption = shadow_text(&session, "#pa-compare-result caption").await;
    assert!(caption.starts_with("Compared with"), "{caption}");
    session.click_on("button", "Stop comparing").await;
    session
        .wait_until(
            "focus back on the file button",
            &format!("{ROOT}.activeElement && {ROOT}.activeElement.id === 'pa-compare-choose'"),
        )
        .await;
    session.finish_within(&site).await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_partner_saved_without_a_name_puts_focus_on_the_name_with_its_message_beside_it() {
    let (env, site, session) = phone().await;
    let partners = Scope::Partners
        .title(&INSTRUMENTS)
        .map(|t| t.en())
        .expect("the partner map has a title");
    session.click_on("button", partners).await;
    session.click_on("button", "Add to the list").await;
    session
        .wait_until(
            "focus on the name",
            &format!("{ROOT}.activeElement && {ROOT}.activeElement.id === 'pa-partner-name'"),
        )
        .await;
    let message = shadow_text(&session, "#pa-partner-name-error").await;
    assert_eq!(message, "Please give the organisation a name.");
    let (_, input_bottom) = session.page_box("#pa-partner-name").await;
    let (error_top, _) = session.page_box("#pa-partner-name-error").await;
    assert!(
        (0.0..40.0).contains(&(error_top - input_bottom)),
        "the message sits right under the field"
    );
    let live: String = session
        .eval(&format!(
            "{ROOT}.querySelector('#pa-partner-name-error').getAttribute('aria-live')"
        ))
        .await;
    assert_eq!(live, "polite");
    session
        .assert_no_axe_violations(&env.axe, "partner form error (phone)")
        .await;

    // Fixed, the organisation is added and shows as a card: every rating labelled, its
    // buttons on screen, nothing to scroll sideways.
    session.type_text("Riverside Library").await;
    session.click_on("button", "Add to the list").await;
    session
        .wait_until(
            "the card",
            &format!("{ROOT}.querySelectorAll('.pa-partner-table tbody tr').length === 1"),
        )
        .await;
    session.settle().await;
    assert_eq!(
        session
            .computed(".pa-partner-table tbody tr", "display")
            .await,
        "grid"
    );
    let labels: Vec<String> = session
        .eval(&format!(
            "Array.from({ROOT}.querySelectorAll('.pa-partner-table tbody td[data-label]')).map(function (td) {{ return getComputedStyle(td, '::before').content; }})"
        ))
        .await;
    assert!(
        labels.len() >= 7 && labels.iter().all(|l| l.len() > 2),
        "{labels:?}"
    );
    for verb in ["Edit", "Duplicate", "Remove"] {
        let button = session
            .find("button", &format!("{verb} Riverside Library"))
            .await;
        let _ = button;
    }
    let fits: bool = session
        .eval(&format!(
            "(function () {{ var w = {ROOT}.querySelector('.pa-table-wrap'); var b = {ROOT}.querySelector('.pa-row-actions button:last-child').getBoundingClientRect(); \
             return w.scrollWidth <= w.clientWidth && b.right <= window.innerWidth; }})()"
        ))
        .await;
    assert!(fits, "the card fits the phone, its buttons in sight");
    assert_eq!(session.sideways_scroll().await, 0);
    session
        .assert_no_axe_violations(&env.axe, "partner cards (phone)")
        .await;
    shot(&session, "phone-partner-cards", PHONE).await;
    session.finish_within(&site).await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_broken_file_on_the_start_page_is_explained_beside_its_button() {
    let (_env, site, session) = phone().await;
    pick_file(&session, 0, "{ not a result", "broken.json").await;
    session
        .wait_until("the error", &format!("{ROOT}.querySelector('.pa-alert p')"))
        .await;
    let (_, button) = session.page_box(".pa-drop").await;
    let (alert, _) = session.page_box(".pa-alert").await;
    assert!(
        (0.0..80.0).contains(&(alert - button)),
        "the message is {} px from the button",
        alert - button
    );
    session.finish_within(&site).await;
}

#[tokio::test(flavor = "multi_thread")]
async fn results_stay_axe_clean_and_the_matrix_readable_in_dark_and_forced_colours() {
    let (env, site, session) = phone().await;
    load(&session, &finished(0, NOW)).await;
    let _: bool = session
        .eval(&format!(
            "(function () {{ {ROOT}.querySelectorAll('.pa-fold[aria-expanded=false]').forEach(function (b) {{ b.click(); }}); return true; }})()"
        ))
        .await;
    for (name, features) in [
        ("light", vec![("prefers-color-scheme", "light")]),
        ("dark", vec![("prefers-color-scheme", "dark")]),
        (
            "forced colours, dark",
            vec![
                ("prefers-color-scheme", "dark"),
                ("forced-colors", "active"),
            ],
        ),
    ] {
        session.emulate_media(&features).await;
        session.settle().await;
        if name.starts_with("forced") {
            // axe-core measures contrast from the page's own colours, not the ones forced
            // colours put in their place (it flags the host page's black-on-white heading,
            // which shows white on black): every other rule still runs, and the colours
            // the charts and text take are checked below.
            let found = session
                .axe_violations_except(&env.axe, &["color-contrast"])
                .await;
            assert!(found.is_empty(), "results ({name}): {found:#?}");
        } else {
            session
                .assert_no_axe_violations(&env.axe, &format!("results ({name})"))
                .await;
        }
    }
    // In forced colours the matrix's words and the chart's bars take the system's text
    // colour, which is light on the dark scheme.
    let text = session.computed(".pa-results", "color").await;
    assert_eq!(
        text, "rgb(255, 255, 255)",
        "forced colours on a dark scheme"
    );
    for (what, selector) in [
        ("the matrix's axis", ".pa-matrix-axis"),
        ("the matrix's ticks", ".pa-matrix-tick"),
        ("a bar of the chart", ".pa-chart-fill"),
    ] {
        let fill = session.computed(selector, "fill").await;
        assert_eq!(fill, text, "{what} follows the forced text colour");
    }
    shot(&session, "phone-results-forced-colours", PHONE).await;
    session.emulate_media(&[]).await;
    session.finish_within(&site).await;
}

#[tokio::test(flavor = "multi_thread")]
async fn the_workshop_reads_at_320_px_and_the_presenter_hears_keys_anywhere() {
    let (_env, site, session) = open_demo().await;
    session.click_on("button", "Open workshop mode").await;
    // Workshop mode is loaded when opened: its screen, not the start page's file input.
    session
        .find("heading", "Workshop: everyone's answers together")
        .await;
    let files: Vec<(String, String)> = (0..6)
        .map(|n| {
            (
                format!("person-{n}.json"),
                export(&finished(n, NOW + n as i64)),
            )
        })
        .collect();
    choose_files(&session, &files).await;
    session.find("button", "Show on a projector").await;

    // At 320 px the tables scroll in their own boxes and their first column keeps its
    // words whole instead of one letter a line.
    session.set_viewport(320, 640).await;
    session.settle().await;
    let wide = session.too_wide().await;
    assert!(wide.is_empty(), "the workshop at 320 px: {wide:#?}");
    let narrowest: f64 = session
        .eval(&format!(
            "Math.min.apply(null, Array.from({ROOT}.querySelectorAll('.pa-ws-table th[scope=row]')).map(function (t) {{ return t.getBoundingClientRect().width; }}))"
        ))
        .await;
    assert!(narrowest >= 100.0, "a row header is {narrowest} px wide");
    let cursor = session.computed(".pa-ws-part", "cursor").await;
    assert_eq!(cursor, "auto", "workshop sections are not buttons");
    session.set_viewport(1280, 900).await;

    session.click_on("button", "Show on a projector").await;
    wait_for_focus(&session, "h2:Who took part").await;
    let progress = || async { shadow_text(&session, ".pa-presenter-progress").await };
    let first = progress().await;
    // A click on the page around the widget takes focus away; the keys still work.
    session
        .page
        .click(chromiumoxide::layout::Point { x: 5.0, y: 5.0 })
        .await
        .expect("click the page");
    let inside: bool = session.eval(&format!("!!{ROOT}.activeElement")).await;
    assert!(!inside, "focus left the widget");
    session.press("ArrowRight").await;
    session
        .wait_until(
            "the next topic",
            &format!("{ROOT}.querySelector('.pa-presenter-progress').textContent !== {first:?}"),
        )
        .await;
    session.press("ArrowLeft").await;
    session
        .wait_until(
            "the first topic again",
            &format!("{ROOT}.querySelector('.pa-presenter-progress').textContent === {first:?}"),
        )
        .await;

    // Full screen fills the screen with the presenter view; the button then says it
    // leaves, and pressed again, it does.
    session.click_on("button", "Full screen").await;
    session
        .wait_until("full screen", "document.fullscreenElement !== null")
        .await;
    let leave = session.find("button", "Leave full screen").await;
    assert!(
        session.query("button", "Full screen").await.is_empty(),
        "one full-screen button, named for what it does now"
    );
    session.click(&leave).await;
    session
        .wait_until("out of full screen", "document.fullscreenElement === null")
        .await;
    session.find("button", "Full screen").await;
    // Left some other way (Escape, the browser's own controls), the button follows too.
    session.click_on("button", "Full screen").await;
    session.find("button", "Leave full screen").await;
    let _: bool = session
        .eval("document.exitFullscreen().then(function () { return true; })")
        .await;
    session.find("button", "Full screen").await;
    session.press("Escape").await;
    session.find("button", "Show on a projector").await;
    session.finish_within(&site).await;
}

#[tokio::test(flavor = "multi_thread")]
async fn one_answer_past_the_list_of_warnings_is_counted_as_1_more_answer() {
    use partnership_engine::document::MAX_WARNINGS;
    let (_env, site, session) = phone().await;
    // A file with one unknown answer more than the list of warnings holds.
    let mut doc: serde_json::Value =
        serde_json::from_str(&export(&finished(0, NOW))).expect("the engine's JSON");
    for i in 0..=MAX_WARNINGS {
        doc["answers"]["readiness"][format!("readiness.retired.{i}")] = serde_json::json!(1);
    }
    let json = doc.to_string();
    let _: bool = session
        .eval(&format!(
            "document.querySelector('partnership-assessment').load(JSON.parse({json:?})).then(function () {{ return true; }})"
        ))
        .await;
    session.find("heading", "Your results").await;
    let warnings: Vec<String> = session
        .eval(&format!(
            "Array.from({ROOT}.querySelectorAll('.pa-status li')).map(function (e) {{ return e.textContent; }})"
        ))
        .await;
    assert_eq!(warnings.len(), MAX_WARNINGS + 1, "{warnings:#?}");
    assert_eq!(
        warnings.last().map(String::as_str),
        Some("1 more answer was left out for the same reasons.")
    );
    assert!(
        warnings.iter().all(|w| !w.contains("1 more answers")),
        "{warnings:#?}"
    );
    session.finish_within(&site).await;
}

/// The words of every table header on the screen that a line break splits (a word drawn
/// on more than one line), and every header whose words overflow its cell. Visually hidden
/// tables (for screen readers) are left out: they are one pixel wide by design.
async fn split_header_words(session: &Session) -> Vec<String> {
    session
        .eval(&format!(
            "(function () {{ var bad = []; \
             {ROOT}.querySelectorAll('th').forEach(function (th) {{ \
               if (!th.getClientRects().length || th.closest('.pa-visually-hidden')) return; \
               if (th.scrollWidth > th.clientWidth + 1) bad.push('overflows: ' + th.textContent); \
               var walk = document.createTreeWalker(th, NodeFilter.SHOW_TEXT), n; \
               while ((n = walk.nextNode())) {{ \
                 var re = /[^\\s\\-\\u2013\\u2014\\/]+/g, m; \
                 while ((m = re.exec(n.data))) {{ \
                   var r = document.createRange(); r.setStart(n, m.index); r.setEnd(n, m.index + m[0].length); \
                   var lines = {{}}; \
                   Array.from(r.getClientRects()).forEach(function (b) {{ if (b.width > 0) lines[Math.round(b.top)] = true; }}); \
                   if (Object.keys(lines).length > 1) bad.push(m[0] + ' in ' + th.textContent); \
                 }} \
               }} \
             }}); return bad; }})()"
        ))
        .await
}

#[tokio::test(flavor = "multi_thread")]
async fn table_headers_keep_every_word_whole_at_320_px() {
    let (_env, site, session) = phone().await;
    session.set_viewport(320, 640).await;
    // The results with a comparison open and every part unfolded: the comparison, the
    // partner table's headers and every other table there.
    load(&session, &finished(0, NOW)).await;
    pick_file(
        &session,
        0,
        &export(&finished(2, NOW - 86_400_000)),
        "earlier.json",
    )
    .await;
    session
        .wait_until(
            "the comparison",
            &format!("{ROOT}.querySelector('#pa-compare-result')"),
        )
        .await;
    let _: bool = session
        .eval(&format!(
            "(function () {{ {ROOT}.querySelectorAll('.pa-fold[aria-expanded=false]').forEach(function (b) {{ b.click(); }}); return true; }})()"
        ))
        .await;
    session.settle().await;
    let headers: usize = session
        .eval(&format!(
            "Array.from({ROOT}.querySelectorAll('table.pa-compare th')).filter(function (t) {{ return t.getClientRects().length; }}).length"
        ))
        .await;
    assert!(headers > 0, "the comparison's headers show");
    let split = split_header_words(&session).await;
    assert!(split.is_empty(), "results at 320 px: {split:#?}");

    // Workshop mode's tables, with six people's files.
    session.click_on("button", "Start page").await;
    session.click_on("button", "Open workshop mode").await;
    // Workshop mode is loaded when opened: its screen, not the start page's file input.
    session
        .find("heading", "Workshop: everyone's answers together")
        .await;
    let files: Vec<(String, String)> = (0..6)
        .map(|n| {
            (
                format!("person-{n}.json"),
                export(&finished(n, NOW + n as i64)),
            )
        })
        .collect();
    choose_files(&session, &files).await;
    session.find("button", "Show on a projector").await;
    session.settle().await;
    let headers: usize = session
        .eval(&format!(
            "{ROOT}.querySelectorAll('.pa-ws-table th').length"
        ))
        .await;
    assert!(
        headers > 20,
        "the workshop's tables show ({headers} headers)"
    );
    let split = split_header_words(&session).await;
    assert!(split.is_empty(), "workshop at 320 px: {split:#?}");
    session.finish_within(&site).await;
}

#[tokio::test(flavor = "multi_thread")]
async fn every_radio_keeps_a_24_px_target_at_320_px() {
    let (_env, site, session) = phone().await;
    session.set_viewport(320, 640).await;
    session.settle().await;
    session
        .click_on("button", "Start the full assessment")
        .await;
    let sections = flow::sections(&INSTRUMENTS, Scope::Full);
    let mut checked = 0;
    for (i, section) in sections.iter().enumerate() {
        let title = section.title(&INSTRUMENTS).en();
        let pages = paging::page_count(&INSTRUMENTS, *section);
        for page in 0..pages {
            wait_for_focus(&session, &format!("h2:{title}")).await;
            // Every barrier present, so that its harm question shows too.
            let _: bool = session
                .eval(&format!(
                    "(function () {{ {ROOT}.querySelectorAll('fieldset.pa-question').forEach(function (g) {{ \
                     var r = g.querySelectorAll('input[type=radio]'); \
                     if (r.length && r[0].name.endsWith('.presence') && !g.querySelector(':checked')) r[1].click(); }}); return true; }})()"
                ))
                .await;
            session.settle().await;
            // Each radio: its target (the label that holds it, which picks it too) at least
            // 24 x 24, and the button itself drawn whole, not squashed.
            let small: Vec<String> = session
                .eval(&format!(
                    "(function () {{ var bad = []; \
                     {ROOT}.querySelectorAll('input[type=radio]').forEach(function (r) {{ \
                       var t = (r.closest('label') || r).getBoundingClientRect(), b = r.getBoundingClientRect(); \
                       if (t.width < 24 || t.height < 24 || b.width < 16 || b.height < 16 || Math.abs(b.width - b.height) > 1) \
                         bad.push(r.name + ': target ' + t.width + ' x ' + t.height + ', radio ' + b.width + ' x ' + b.height); }}); \
                     return bad; }})()"
                ))
                .await;
            let name = format!("{title}, page {} of {pages}", page + 1);
            assert!(small.is_empty(), "{name} at 320 px: {small:#?}");
            let radios: usize = session
                .eval(&format!(
                    "{ROOT}.querySelectorAll('input[type=radio]').length"
                ))
                .await;
            checked += radios;
            let last = paging::is_last(&INSTRUMENTS, &sections, i, page);
            let label = if last { "See my results" } else { "Next" };
            session.click_on("button", label).await;
        }
    }
    session.find("heading", "Your results").await;
    assert!(checked > 400, "{checked} radios measured");
    session.finish_within(&site).await;
}
