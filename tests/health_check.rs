//! The health check of a partnership already running (issue 17), in a real browser: taken
//! alone by keyboard to a recommendation the engine agrees with; met after the stage
//! answer by a partnership doing the work; printed and compared with an earlier check;
//! clean for axe in light and dark, never sideways at 320 px or with text at 200%, and
//! leading the phone's first screen with its answer. Every figure checked here comes from
//! the engine.

mod answers;
mod harness;

use answers::rating;
use harness::{
    PHONE, ROOT, Session, Site, TestEnvironment, focused, host_page, open_widget_at,
    pdf_page_count, shadow_text, shadow_texts, unfold, wait_for_focus,
};
use partnership_engine::compare::compare;
use partnership_engine::explain::{action_text, area_status_text};
use partnership_engine::flow::{self, Scope, Section};
use partnership_engine::paging;
use partnership_engine::summary::health_first;
use partnership_engine::words::{self, checkup, results as rw};
use partnership_engine::{
    Answers, Assessment, INSTRUMENTS, ReadinessAnswer, Report, ResultId, Stage, Timestamp,
    TimingAnswer, evaluate, export, import,
};

const NOW: i64 = 1_790_000_000_000;
const SCRIPT: &str = "<script src=\"partnership-assessment.js\" defer></script>";

/// The option picked for the n-th health statement (in the order shown): agreement
/// mostly, one "Don't know" (5) in six, so every area is scored.
fn statement_choice(n: usize) -> usize {
    [3, 4, 1, 3, 5, 2][n % 6]
}

/// The options picked for the balance questions: it gives a lot, it costs a little.
const BALANCE_CHOICES: [usize; 2] = [3, 1];

/// The health answers the choices above stand for, added to `answers`; `lean` shifts the
/// statements (an earlier check answered differently).
fn add_health(answers: &mut Answers, lean: usize) {
    let items = INSTRUMENTS
        .health
        .scored
        .dimensions
        .iter()
        .flat_map(|d| d.items);
    for (n, item) in items.enumerate() {
        let answer = match statement_choice(n + lean) {
            5 => ReadinessAnswer::DontKnow,
            k => ReadinessAnswer::Scale(rating(k)),
        };
        answers.set_health(item.id, answer);
    }
    for (q, choice) in INSTRUMENTS
        .health
        .balance
        .questions
        .iter()
        .zip(BALANCE_CHOICES)
    {
        let choice = if lean > 0 { 4 - choice } else { choice };
        answers.set_balance(q.id, TimingAnswer::Scale(rating(choice)));
    }
}

/// A saved assessment holding `answers`.
fn assessment(answers: Answers, seed: u8, at: i64) -> Assessment {
    let mut a = Assessment::new(
        ResultId::from_random_bytes([seed; 16]),
        Timestamp::from_unix_millis(at),
    );
    a.answers = answers;
    a
}

/// A complete full assessment of a partnership doing the work, with its health check.
fn full_with_health() -> Answers {
    let mut a = Answers::default();
    let mut n = 0;
    for d in INSTRUMENTS.readiness.dimensions {
        for item in d.items {
            n += 3;
            a.set_readiness(item.id, ReadinessAnswer::Scale(rating(n / 2)));
        }
    }
    answers::barriers_and_timing(&mut a, 0);
    a.ambition = Some(INSTRUMENTS.depth.ambition.options[1].level);
    a.stage = Some(Stage::Implementation);
    for p in INSTRUMENTS.reflection.prompts {
        a.set_reflection(p.id, "We meet every month at the library.");
    }
    add_health(&mut a, 0);
    a
}

/// The site with a page offering everything and pages offering the health check alone,
/// light and dark.
fn site(env: &TestEnvironment) -> Site {
    let page = |attributes: &str| {
        host_page(
            "Health check",
            SCRIPT,
            &format!("<partnership-assessment {attributes}></partnership-assessment>"),
        )
    };
    Site::serve(
        env,
        &[
            ("all.html", &page("")),
            ("health.html", &page("instruments=\"health\"")),
            (
                "health-dark.html",
                &page("instruments=\"health\" theme=\"dark\""),
            ),
        ],
    )
}

/// Opens `page` at `width` x `height` and waits for the start screen.
async fn open(
    env: &TestEnvironment,
    site: &Site,
    page: &str,
    (width, height): (i64, i64),
) -> Session {
    let session = open_widget_at(env, &site.url(page)).await;
    session.set_viewport(width, height).await;
    session.settle().await;
    session
}

/// Opens `assessment` through the element's `load()` and waits for the results.
async fn load(session: &Session, assessment: &Assessment) {
    answers::load(session, assessment, rw::title()).await;
}

/// The answers the widget holds (its `result` property), as the engine reads them.
async fn widget_answers(session: &Session) -> Answers {
    let json: String = session
        .eval("JSON.stringify(document.querySelector('partnership-assessment').result)")
        .await;
    import(json.as_bytes())
        .expect("the widget's result is a valid document")
        .assessment
        .answers
}

/// Answers every unanswered question on the page showing with its `choice`-th option
/// (the last when there are fewer) by clicking it.
async fn answer_page(session: &Session, choice: usize) {
    let _: bool = session
        .eval(&format!(
            "(function () {{ {ROOT}.querySelectorAll('fieldset').forEach(function (f) {{ \
               var r = f.querySelectorAll('input[type=radio]'); \
               if (r.length && !f.querySelector('input:checked')) r[Math.min({choice}, r.length - 1)].click(); }}); \
             return true; }})()"
        ))
        .await;
    session.settle().await;
}

/// What a page fails of the phone rules at its width: radios whose target is under
/// 24 x 24, and what scrolls sideways.
async fn layout_problems(session: &Session, name: &str) -> Vec<String> {
    let mut problems: Vec<String> = session
        .eval(&format!(
            "(function () {{ var bad = []; \
             {ROOT}.querySelectorAll('input[type=radio]').forEach(function (r) {{ \
               var t = (r.closest('label') || r).getBoundingClientRect(); \
               if (t.width < 24 || t.height < 24) bad.push(r.name + ': ' + t.width + ' x ' + t.height); }}); \
             return bad; }})()"
        ))
        .await;
    problems.extend(session.too_wide().await);
    problems
        .into_iter()
        .map(|p| format!("{name}: {p}"))
        .collect()
}

/// Checks the health part of the results against the engine's report: the table of areas,
/// the recommendation, each reason with the answers it rests on, the warning.
async fn assert_health_matches(session: &Session, report: &Report) {
    let h = report.health.as_ref().expect("a health report");
    let inst = &INSTRUMENTS.health;
    let rows = shadow_texts(session, "#pa-health-body table tbody th").await;
    let cells = shadow_texts(session, "#pa-health-body table tbody td").await;
    let expected_rows: Vec<String> = h
        .areas
        .dimensions
        .iter()
        .map(|d| {
            let title = inst.scored.dimension(d.dimension).map(|x| x.title.en());
            title.unwrap_or_default().to_owned()
        })
        .collect();
    let expected_cells: Vec<String> = h
        .areas
        .dimensions
        .iter()
        .map(|d| area_status_text(&inst.scored, d, "en"))
        .collect();
    assert_eq!(rows, expected_rows, "one row per health area");
    assert_eq!(cells, expected_cells, "each area's score and band");
    let bars = harness::bar_widths(session, "#pa-health-body").await;
    let widths: Vec<String> = h
        .areas
        .dimensions
        .iter()
        .map(|d| d.score.unwrap_or(0).to_string())
        .collect();
    assert_eq!(bars, widths, "each health bar is as long as its score");

    let r = h
        .recommendation
        .expect("enough answers for a recommendation");
    let body = shadow_text(session, "#pa-health-body").await;
    assert!(body.contains(checkup::recommendation(r).text()), "{body}");
    assert!(
        body.contains(checkup::balance_outcome(h.balance.outcome)),
        "{body}"
    );
    let reasons = shadow_texts(session, "#pa-health-body .pa-reasons > li").await;
    assert_eq!(reasons.len(), h.reasons.len(), "{reasons:#?}");
    for (shown, reason) in reasons.iter().zip(&h.reasons) {
        let sentence = checkup::reason(inst, h, reason);
        assert!(
            shown.starts_with(&sentence),
            "{shown:?} should say {sentence:?}"
        );
        // The answers it rests on, by their statements.
        for id in &reason.items {
            let text = inst.text_of(id).map(|t| t.en()).unwrap_or_default();
            assert!(shown.contains(text), "{shown:?} should point to {id}");
        }
    }
    let warned = body.contains(checkup::imbalance_warning());
    assert_eq!(
        warned,
        h.imbalance_warning(),
        "the imbalance warning when it applies"
    );
}

// ----------------------------------------------------------------------------------------
// Tests

#[tokio::test(flavor = "multi_thread")]
async fn the_health_check_alone_by_keyboard_ends_on_the_engines_recommendation_and_plan() {
    let env = TestEnvironment::from_env();
    let site = site(&env);
    let session = open(&env, &site, "/all.html", (1280, 900)).await;
    session.assert_no_axe_violations(&env.axe, "start").await;
    // Offered beside the other instruments, with its help line.
    let offer = session.find("button", checkup::start_offer()).await;
    let start = shadow_text(&session, "#pa-scope-health").await;
    assert!(start.starts_with(checkup::start_offer_help()), "{start}");
    session.focus(&offer).await;
    session.press("Enter").await;

    let sections = flow::sections(&INSTRUMENTS, Scope::Health);
    let (mut statements, mut balance) = (0, 0);
    for (i, section) in sections.iter().enumerate() {
        let title = section.title(&INSTRUMENTS).en();
        let pages = paging::page_count(&INSTRUMENTS, *section);
        for page in 0..pages {
            // Focus moves to the heading after every navigation.
            wait_for_focus(&session, &format!("h2:{title}")).await;
            if i == 0 && page == 0 {
                session
                    .assert_no_axe_violations(&env.axe, "health question")
                    .await;
            }
            let last = paging::is_last(&INSTRUMENTS, &sections, i, page);
            let next = format!("button:{}", if last { "See my results" } else { "Next" });
            loop {
                session.press("Tab").await;
                let now = focused(&session).await;
                if now == next {
                    session.press("Enter").await;
                    break;
                }
                let choice = match (now.as_str(), section) {
                    ("radio", Section::HealthArea(_)) => {
                        statements += 1;
                        statement_choice(statements - 1)
                    }
                    ("radio", Section::Balance) => {
                        balance += 1;
                        BALANCE_CHOICES[balance - 1]
                    }
                    ("button:Back", _) => continue,
                    (s, _) if s.starts_with("summary:") => continue,
                    (other, _) => panic!("unexpected focus on {other:?} in {title}"),
                };
                session.press(" ").await;
                for _ in 0..choice {
                    session.press("ArrowRight").await;
                }
            }
        }
    }
    wait_for_focus(&session, "h2:Your results").await;

    let mut expected = Answers::default();
    add_health(&mut expected, 0);
    assert_eq!(
        widget_answers(&session).await,
        expected,
        "every answer by keyboard"
    );
    let report = evaluate(&expected);
    let h = report.health.as_ref().expect("a health report");
    let r = h.recommendation.expect("a recommendation");
    // The summary leads with the health check: its score and what to do.
    let index = h.areas.index.expect("an overall health");
    let band = INSTRUMENTS
        .health
        .scored
        .band(h.areas.band.expect("a band"));
    assert_eq!(
        shadow_text(&session, ".pa-summary .pa-big").await,
        format!("{index} out of 100: {}", band.label.en())
    );
    assert_eq!(
        shadow_text(&session, ".pa-summary-verdict strong").await,
        checkup::recommendation(r).text()
    );
    // The plan is the health plan.
    let plan = shadow_texts(&session, "#pa-plan-body .pa-plan > li > p > strong").await;
    let health_plan: Vec<String> = h.plan.iter().map(|s| action_text(s, "en")).collect();
    assert!(!health_plan.is_empty());
    assert_eq!(plan, health_plan, "the plan below is the health plan");
    unfold(&session).await;
    assert_health_matches(&session, &report).await;
    session
        .assert_no_axe_violations(&env.axe, "health results")
        .await;
    session.screenshot("health-results").await;
    session.finish_within(&site).await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_partnership_doing_the_work_meets_the_health_check_after_its_stage_answer() {
    let env = TestEnvironment::from_env();
    let site = site(&env);
    let session = open(&env, &site, "/all.html", (1280, 900)).await;
    session
        .click_on("button", "Start the full assessment")
        .await;
    let sections = flow::sections(&INSTRUMENTS, Scope::Full);
    let parts = || format!("{ROOT}.querySelectorAll('.pa-part').length");
    let count: usize = session.eval(&parts()).await;
    assert_eq!(
        count,
        sections.len(),
        "no health check before the stage is known"
    );

    // To the depth and stage questions through the list of parts.
    let depth = sections
        .iter()
        .position(|s| *s == Section::Depth)
        .expect("a depth part");
    let _: bool = session
        .eval(&format!(
            "{ROOT}.querySelectorAll('.pa-part')[{depth}].click(); true"
        ))
        .await;
    wait_for_focus(
        &session,
        &format!("h2:{}", Section::Depth.title(&INSTRUMENTS).en()),
    )
    .await;
    let doing = INSTRUMENTS.depth.stage_options()[Stage::Implementation.option_index()].en();
    let radio = session.find("radio", doing).await;
    session.click(&radio).await;
    let running = Answers {
        stage: Some(Stage::Implementation),
        ..Answers::default()
    };
    let with_health = flow::sections_for(&INSTRUMENTS, Scope::Full, &running);
    assert!(with_health.len() > sections.len());
    session
        .wait_until(
            "the health check among the parts",
            &format!("{} === {}", parts(), with_health.len()),
        )
        .await;

    // Next past the partner map and the notes: the health check follows, each of its
    // pages reached with focus on its heading.
    assert_eq!(with_health[..sections.len()], sections[..]);
    assert_eq!(with_health[sections.len()], Section::HealthArea(0));
    for (at, section) in with_health.iter().enumerate().skip(depth) {
        let title = section.title(&INSTRUMENTS).en();
        for page in 0..paging::page_count(&INSTRUMENTS, *section) {
            // (On the depth page the stage's radio has focus: it was just clicked.)
            if at > depth {
                wait_for_focus(&session, &format!("h2:{title}")).await;
            }
            if matches!(section, Section::HealthArea(_) | Section::Balance) {
                answer_page(&session, 3).await;
            }
            let last = paging::is_last(&INSTRUMENTS, &with_health, at, page);
            session
                .click_on("button", if last { "See my results" } else { "Next" })
                .await;
        }
    }
    wait_for_focus(&session, "h2:Your results").await;

    let answers = widget_answers(&session).await;
    assert_eq!(answers.stage, Some(Stage::Implementation));
    let report = evaluate(&answers);
    let h = report
        .health
        .as_ref()
        .expect("the health check was answered");
    assert_eq!(
        answers.health.len(),
        INSTRUMENTS
            .health
            .scored
            .dimensions
            .iter()
            .map(|d| d.items.len())
            .sum::<usize>()
    );
    unfold(&session).await;
    session.find("heading", checkup::title()).await;
    // Under the stage, the health plan takes the place of the stage's fixed steps.
    let depth_steps = shadow_texts(&session, "#pa-depth-body ol > li").await;
    let health_plan: Vec<String> = h.plan.iter().map(|s| action_text(s, "en")).collect();
    assert!(!health_plan.is_empty());
    assert!(
        health_plan.iter().all(|s| depth_steps.contains(s)),
        "{depth_steps:#?} should hold {health_plan:#?}"
    );
    let fixed = INSTRUMENTS.depth.stage(Stage::Implementation).next_steps;
    let depth_text = shadow_text(&session, "#pa-depth-body").await;
    assert!(
        fixed.iter().all(|s| !depth_text.contains(s.en())),
        "{depth_text}"
    );
    // Nothing but the stage and the health check answered: the top of the results leads
    // with what to do with the partnership.
    assert!(health_first(&report, &answers).is_some());
    let r = h.recommendation.expect("a recommendation");
    assert_eq!(
        shadow_text(&session, ".pa-summary-verdict strong").await,
        checkup::recommendation(r).text()
    );
    session.finish_within(&site).await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_stage_shown_without_the_health_check_proposes_it_instead_of_fixed_steps() {
    let env = TestEnvironment::from_env();
    let site = site(&env);
    let session = open(&env, &site, "/all.html", (1280, 900)).await;
    let mut answers = full_with_health();
    answers.health.clear();
    answers.balance.clear();
    load(&session, &assessment(answers, 3, NOW)).await;
    unfold(&session).await;
    let depth_text = shadow_text(&session, "#pa-depth-body").await;
    assert!(
        depth_text.contains(checkup::start_offer_help()),
        "{depth_text}"
    );
    let fixed = INSTRUMENTS.depth.stage(Stage::Implementation).next_steps;
    assert!(
        fixed.iter().all(|s| !depth_text.contains(s.en())),
        "{depth_text}"
    );
    // The proposal goes to the health check's first question.
    session.click_on("button", checkup::start_offer()).await;
    let first = Section::HealthArea(0).title(&INSTRUMENTS).en();
    wait_for_focus(&session, &format!("h2:{first}")).await;
    session.finish_within(&site).await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_full_result_with_its_health_check_prints_on_three_pages_and_compares_by_area() {
    let env = TestEnvironment::from_env();
    let site = site(&env);
    let session = open(&env, &site, "/all.html", (1280, 900)).await;
    let now = full_with_health();
    load(&session, &assessment(now.clone(), 4, NOW)).await;
    let report = evaluate(&now);
    unfold(&session).await;
    assert_health_matches(&session, &report).await;

    let pdf = session.print_a4().await;
    std::fs::create_dir_all(&env.artifacts).expect("the artefacts folder");
    std::fs::write(env.artifacts.join("health-print-en.pdf"), &pdf).expect("keep the PDF");
    let pages = pdf_page_count(&pdf);
    eprintln!("a full result with its health check: {pages} A4 pages");
    assert!((1..=3).contains(&pages), "{pages} pages");
    let printed: String = session
        .eval(&format!(
            "(function () {{ var s = {ROOT}.querySelector('#pa-health'); return s ? s.closest('.pa-result').className : ''; }})()"
        ))
        .await;
    assert!(
        !printed.contains("pa-no-print"),
        "the health part is printed"
    );

    // An earlier health check, answered differently, opened to compare.
    let mut before = Answers::default();
    add_health(&mut before, 2);
    let earlier = assessment(before.clone(), 5, NOW - 86_400_000 * 90);
    let file = serde_json::to_string(&[("earlier.json", export(&earlier))]).expect("JSON");
    let _: bool = session
        .eval(&format!(
            "(function () {{ var input = {ROOT}.querySelector('input[type=file]'); \
             var data = new DataTransfer(); \
             {file}.forEach(function (f) {{ data.items.add(new File([f[1]], f[0], {{ type: 'application/json' }})); }}); \
             input.files = data.files; input.dispatchEvent(new Event('change', {{ bubbles: true }})); return true; }})()"
        ))
        .await;
    session
        .wait_until(
            "the health table of the comparison",
            &format!("!!{ROOT}.querySelector('#pa-compare-health')"),
        )
        .await;
    // Named apart from the chart's own table, with the day of the result compared.
    // (The page writes the day through `Intl`, the test in the engine's plain English.)
    let caption = shadow_text(&session, "#pa-compare-health").await;
    let expected = checkup::compared_caption(earlier.updated_at);
    let before_day = expected.trim_end_matches(&words::day(earlier.updated_at));
    assert!(
        caption.starts_with(before_day) && caption.len() > before_day.len(),
        "{caption}"
    );
    assert_ne!(caption, checkup::chart_table_caption());
    let c = compare(&evaluate(&before), &report);
    let rows: Vec<String> = session
        .eval(&format!(
            "Array.from({ROOT}.querySelectorAll('[aria-labelledby=pa-compare-health] tbody tr')).map(function (r) {{ \
             return Array.from(r.cells).map(function (c) {{ return c.textContent; }}).join(' | '); }})"
        ))
        .await;
    let expected: Vec<String> = std::iter::once((checkup::overall_row(), &c.health_index))
        .chain(c.health_areas.iter().map(|a| {
            let title = INSTRUMENTS
                .health
                .scored
                .dimension(a.id)
                .map(|d| d.title.en());
            (title.unwrap_or_default(), a)
        }))
        .map(|(what, change)| {
            format!(
                "{what} | {} | {} | {}",
                rw::compared_score(change.before),
                rw::compared_score(change.after),
                change.describe()
            )
        })
        .collect();
    assert_eq!(rows, expected, "the change by health area");
    assert!(
        c.health_areas
            .iter()
            .any(|a| a.delta().is_some_and(|d| d != 0))
    );
    let sentence = checkup::compared_recommendation(c.recommendation.0, c.recommendation.1);
    let section = shadow_text(&session, "section[aria-labelledby=pa-compare]").await;
    assert!(section.contains(&sentence), "{section}");
    session.finish_within(&site).await;
}

/// Walks the health check alone on `page` at 320 px: every page and the results axe
/// clean, radios at least 24 px, nothing sideways, also with text at 200%.
async fn walk_at_320(page: &str) {
    let env = TestEnvironment::from_env();
    let site = site(&env);
    let session = open(&env, &site, page, (320, 640)).await;
    // instruments="health": the health check is the one thing offered.
    assert!(
        session
            .query("button", "Start the full assessment")
            .await
            .is_empty()
    );
    session
        .assert_no_axe_violations(&env.axe, &format!("{page} start"))
        .await;
    session.click_on("button", checkup::start_offer()).await;
    let sections = flow::sections(&INSTRUMENTS, Scope::Health);
    let mut problems = Vec::new();
    for (i, section) in sections.iter().enumerate() {
        let title = section.title(&INSTRUMENTS).en();
        let pages = paging::page_count(&INSTRUMENTS, *section);
        for p in 0..pages {
            wait_for_focus(&session, &format!("h2:{title}")).await;
            let statements: usize = session
                .eval(&format!(
                    "{ROOT}.querySelectorAll('fieldset.pa-question').length"
                ))
                .await;
            assert!(
                statements <= 3,
                "{title}: {statements} questions on a phone page"
            );
            answer_page(&session, 2 + i % 2).await;
            let name = format!("{page} {title}, page {}", p + 1);
            problems.extend(layout_problems(&session, &name).await);
            if p == 0 {
                session.assert_no_axe_violations(&env.axe, &name).await;
            }
            if i == 0 && p == 0 {
                session.set_text_size(200).await;
                session.settle().await;
                problems.extend(layout_problems(&session, &format!("{name} at 200%")).await);
                session.set_text_size(100).await;
                session.settle().await;
            }
            let last = paging::is_last(&INSTRUMENTS, &sections, i, p);
            session
                .click_on("button", if last { "See my results" } else { "Next" })
                .await;
        }
    }
    wait_for_focus(&session, "h2:Your results").await;
    unfold(&session).await;
    session
        .assert_no_axe_violations(&env.axe, &format!("{page} results"))
        .await;
    problems.extend(layout_problems(&session, &format!("{page} results")).await);
    session.set_text_size(200).await;
    session.settle().await;
    problems.extend(layout_problems(&session, &format!("{page} results at 200%")).await);
    assert!(problems.is_empty(), "{problems:#?}");
    session.finish_within(&site).await;
}

#[tokio::test(flavor = "multi_thread")]
async fn the_health_check_alone_is_axe_clean_and_never_sideways_at_320_px_in_light() {
    walk_at_320("/health.html").await;
}

#[tokio::test(flavor = "multi_thread")]
async fn the_health_check_alone_is_axe_clean_and_never_sideways_at_320_px_in_dark() {
    walk_at_320("/health-dark.html").await;
}

/// Loads a result of the health check alone and checks that the summary's verdict opens
/// with the engine's recommendation for it; gives its answers.
async fn load_health_alone(session: &Session, seed: u8) -> Answers {
    let mut answers = Answers::default();
    add_health(&mut answers, 0);
    load(session, &assessment(answers.clone(), seed, NOW)).await;
    let r = evaluate(&answers)
        .health
        .and_then(|h| h.recommendation)
        .expect("a recommendation");
    let verdict = shadow_text(session, ".pa-summary-verdict").await;
    assert!(
        verdict.starts_with(checkup::recommendation(r).text()),
        "{verdict}"
    );
    answers
}

#[tokio::test(flavor = "multi_thread")]
async fn on_a_phone_the_first_screen_holds_what_to_do_with_the_partnership() {
    let env = TestEnvironment::from_env();
    let site = site(&env);
    let session = open(&env, &site, "/health.html", PHONE).await;
    load_health_alone(&session, 6).await;
    // Focus on the results heading brings it to the top of the screen.
    let (heading, _) = session.page_box("h2.pa-screen-title").await;
    let (_, bottom) = session.page_box(".pa-summary-verdict").await;
    eprintln!(
        "what to do ends {:.0} px below the results heading",
        bottom - heading
    );
    assert!(
        bottom - heading <= PHONE.1 as f64,
        "what to do ends {:.0} px below the heading, past a {} px screen",
        bottom - heading,
        PHONE.1
    );
    session.screenshot("health-phone-first-screen").await;
    session.finish_within(&site).await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_saved_health_check_opens_on_its_own_results_not_a_full_assessment_with_empty_parts() {
    let env = TestEnvironment::from_env();
    let site = site(&env);
    // The page offering everything: before, a file of the health check alone opened as a
    // full assessment, listing every readiness area, the barriers and timing as unanswered.
    let session = open(&env, &site, "/all.html", PHONE).await;
    let answers = load_health_alone(&session, 7).await;
    let buttons = shadow_texts(&session, "button").await;
    let full = rw::unanswered_sections(&INSTRUMENTS, Scope::Full, &answers, "en");
    assert!(
        !full.is_empty(),
        "the full assessment would list unanswered parts"
    );
    for (_, label) in &full {
        assert!(
            !buttons.iter().any(|b| b == label),
            "{label} is listed as unanswered: {buttons:#?}"
        );
    }
    let held = rw::unanswered_sections(&INSTRUMENTS, Scope::Health, &answers, "en");
    assert!(
        held.is_empty(),
        "the health check was answered whole: {held:?}"
    );
    session.finish_within(&site).await;
}
