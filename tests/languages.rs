//! Spanish and Arabic (issue 15): how a page chooses the language and what it downloads
//! for it; the whole widget (every question page, the results, the partner map, workshop
//! mode and its presenter view) at 1280 and 320 px with no English on any screen, axe clean
//! and nothing scrolling sideways; Arabic laid out right to left; the files (JSON, CSV)
//! and print in each language; the offline pages.
//!
//! Every label a test clicks comes from the engine's catalogue in the language under test
//! ([`speak`]), so a test never spells a translation itself.
//!
//! "No English" is checked on what a reader meets: the rendered text of the widget's
//! shadow root plus every accessible name and tooltip (`aria-label`, `title`, `alt`,
//! `placeholder`, `aria-valuetext`) and the texts of its charts. In Arabic, any run of three
//! or more Latin letters is English (the Arabic files are written without Latin letters).
//! Spanish shares the alphabet, so there the check looks for English words that are not
//! also Spanish words: function words ("the", "and", "your", "with", "of"...) that every
//! English sentence carries, and the widget's own domain words ("partner", "results",
//! "answer"...) that label its screens. Names the test typed itself, and the switch's
//! language names (each written in itself: "English", "Español"), are taken out first;
//! every disclosure is opened before reading, and a test proves the check finds English
//! on the English widget.
//!
//! Print is compared with English on the same complete result, its health check included
//! (one to three A4 pages). The health check of a partnership already running is walked
//! in Spanish and Arabic like the rest.

mod answers;
mod harness;

use std::rc::Rc;

use answers::rating;
use harness::{
    PHONE, ROOT, Session, Site, TestEnvironment, choose_files, host_page, pdf_page_count, unfold,
    wait_for_focus,
};
use partnership_engine::catalogue::{self, msg};
use partnership_engine::flow::{self, Scope, Section};
use partnership_engine::partners::{Candidate, Sector};
use partnership_engine::words;
use partnership_engine::{
    Answers, Assessment, INSTRUMENTS, LanguageTag, ReadinessAnswer, ResultId, Stage, Timestamp,
    TimingAnswer, export, paging,
};

const NOW: i64 = 1_790_000_000_000;

/// The names this file types into the widget: Arabic letters and digits only, so the
/// Arabic check needs no exception for them (file names keep their `.json`).
const ORGANIZATION: &str = "جمعية النهر";
const PARTNER: &str = "مكتبة الحي";
const REFLECTION: &str = "نلتقي كل شهر";

/// Speaks `tag` on this thread, as the widget does in the browser (English conventions:
/// digits differ from the browser's, so labels compared here hold no numbers).
fn speak(tag: &str) {
    if tag == "en" {
        catalogue::install_english();
    } else {
        let pack = catalogue::pack(tag).expect("an offered language");
        catalogue::install(tag, pack, Rc::new(catalogue::English)).expect("the pack fits");
    }
}

/// English words that are not Spanish words (so "no", "a", "me", "son", "total", "plan"
/// are left out): the function words any English sentence carries, and the words that
/// label this widget's screens and buttons.
#[rustfmt::skip]
const ENGLISH_WORDS: &[&str] = &[
    "the", "and", "your", "you", "with", "this", "that", "are", "our", "what", "how", "of",
    "to", "for", "from", "is", "it", "its", "we", "they", "their", "be", "been", "have", "not",
    "or", "an", "at", "by", "on", "in", "which", "who", "will", "can", "should", "when", "here",
    "yet", "more", "none", "each", "every", "about", "partner", "partners", "results",
    "result", "answer", "answers", "answered", "question", "questions", "save", "file", "files",
    "next", "back", "score", "readiness", "workshop", "start", "print", "organization",
    "organisation", "open", "show", "step", "steps", "risk", "high", "low", "medium", "page",
    "part", "parts", "out",
];

/// What in `shown` a reader of `tag` would see in English.
fn english_in(tag: &str, shown: &str) -> Vec<String> {
    match tag {
        "ar" => {
            let mut found = Vec::new();
            let mut run = String::new();
            for c in shown.chars().chain(std::iter::once(' ')) {
                if c.is_ascii_alphabetic() {
                    run.push(c);
                } else {
                    if run.len() >= 3 {
                        found.push(std::mem::take(&mut run));
                    }
                    run.clear();
                }
            }
            found
        }
        _ => shown
            .split(|c: char| !c.is_alphabetic() && c != '\'')
            .map(|w| w.trim_matches('\'').to_lowercase())
            .filter(|w| ENGLISH_WORDS.contains(&w.as_str()))
            .collect(),
    }
}

/// Everything a reader meets in the widget, as `[where, text]`: its rendered text, then
/// each accessible name, tooltip and chart text.
async fn widget_texts(session: &Session) -> Vec<(String, String)> {
    session
        .eval(&format!(
            "(function () {{ var root = {ROOT}; var out = [['text', root.querySelector('.pa-root').innerText]]; \
             var attributes = ['aria-label', 'title', 'alt', 'placeholder', 'aria-valuetext', 'aria-roledescription']; \
             root.querySelectorAll('*').forEach(function (e) {{ \
               attributes.forEach(function (a) {{ var v = e.getAttribute(a); \
                 if (v) out.push([a + ' of ' + e.tagName.toLowerCase(), v]); }}); \
               var tag = e.tagName.toLowerCase(); \
               if ((tag === 'title' || tag === 'desc' || tag === 'text') && e.closest('svg')) \
                 out.push(['svg ' + tag, e.textContent]); \
               if (tag === 'option') out.push(['option', e.textContent]); \
               if (tag === 'input' && (e.type === 'button' || e.type === 'submit')) out.push(['input', e.value]); \
             }}); return out; }})()"
        ))
        .await
}

/// What each screen showed that was English, axe's findings, and what scrolled sideways:
/// gathered over a whole walk, so one run reports every screen at once.
struct Audit {
    tag: &'static str,
    width: i64,
    /// Texts the test typed (file names), taken out before the check.
    typed: Vec<String>,
    problems: Vec<String>,
    axe: std::path::PathBuf,
}

impl Audit {
    fn new(env: &TestEnvironment, tag: &'static str, width: i64) -> Audit {
        Audit {
            tag,
            width,
            typed: Vec::new(),
            problems: Vec::new(),
            axe: env.axe.clone(),
        }
    }

    /// Checks the screen showing now: no English, axe clean (when `axe`), and at 320 px
    /// nothing scrolling sideways.
    async fn screen(&mut self, session: &Session, screen: &str, axe: bool) {
        // What a reader can open is read too: every disclosure ("why this score", the
        // glossary beside the questions, the list of parts) is opened first.
        let _: bool = session
            .eval(&format!(
                "(function () {{ {ROOT}.querySelectorAll('details').forEach(function (d) {{ d.open = true; }}); return true; }})()"
            ))
            .await;
        session.settle().await;
        let place = format!("{} at {} px, {screen}", self.tag, self.width);
        let texts = widget_texts(session).await;
        let letters = texts[0].1.chars().filter(|c| c.is_alphabetic()).count();
        assert!(
            letters > 20,
            "{place}: the widget shows hardly any text: {texts:?}"
        );
        // The switch names each language in itself ("English", "Español"): not English
        // text but a choice of language.
        let own_names = catalogue::LANGUAGES.iter().map(|l| l.name.to_owned());
        let allowed: Vec<String> = self.typed.iter().cloned().chain(own_names).collect();
        for (source, text) in texts {
            let mut text = text;
            for name in &allowed {
                text = text.replace(name.as_str(), "");
            }
            for line in text.lines() {
                let found = english_in(self.tag, line);
                if !found.is_empty() {
                    let shown: String = line.chars().take(300).collect();
                    self.problems
                        .push(format!("{place}: English {found:?} in {source}: {shown:?}"));
                }
            }
        }
        if axe {
            for v in session.axe_violations(&self.axe).await {
                self.problems.push(format!("{place}: axe {v}"));
            }
        }
        if self.width <= 320 {
            let wide = session.too_wide().await;
            if !wide.is_empty() {
                self.problems
                    .push(format!("{place}: scrolls sideways {wide:?}"));
            }
        }
    }

    fn assert_clean(&self) {
        assert!(
            self.problems.is_empty(),
            "{} problems:\n{}",
            self.problems.len(),
            self.problems.join("\n")
        );
    }
}

// ----------------------------------------------------------------------------------------
// Pages and results.

const SCRIPT: &str = "<script src=\"partnership-assessment.js\" defer></script>";

/// Collects the host page's console warnings in `window.__warnings`.
const WATCH_WARNINGS: &str = "<script>window.__warnings = []; var w = console.warn; \
    console.warn = function (m) { window.__warnings.push(String(m)); return w.apply(console, arguments); };</script>";

/// A host page with `html_lang` on its `<html>` and `element` in its body.
fn page(html_lang: &str, element: &str) -> String {
    host_page("Languages", &format!("{WATCH_WARNINGS}{SCRIPT}"), element).replacen(
        "<html lang=\"en\">",
        &format!("<html lang=\"{html_lang}\">"),
        1,
    )
}

/// The site with one host page per way of choosing a language.
fn site(env: &TestEnvironment) -> Site {
    Site::serve(
        env,
        &[
            (
                "en.html",
                &page("en", "<partnership-assessment></partnership-assessment>"),
            ),
            (
                "es.html",
                &page(
                    "en",
                    "<partnership-assessment lang=\"es\"></partnership-assessment>",
                ),
            ),
            (
                "ar.html",
                &page(
                    "en",
                    "<partnership-assessment lang=\"ar\"></partnership-assessment>",
                ),
            ),
            (
                "page-ar.html",
                &page("ar", "<partnership-assessment></partnership-assessment>"),
            ),
            (
                "only-es.html",
                &page(
                    "en",
                    "<partnership-assessment lang=\"ar\" languages=\"es\"></partnership-assessment>",
                ),
            ),
            (
                "fr.html",
                &page(
                    "en",
                    "<partnership-assessment lang=\"fr\"></partnership-assessment>",
                ),
            ),
        ],
    )
}

/// Opens `url` in a fresh browser at `width` and waits for the start screen in `tag`.
async fn open_in(env: &TestEnvironment, url: &str, tag: &str, width: i64) -> Session {
    let session = Session::start(env).await;
    session
        .set_viewport(width, if width < 600 { 640 } else { 900 })
        .await;
    session.open(url).await;
    speak(tag);
    session.find("heading", words::start::heading()).await;
    session
}

/// A complete assessment answered in `language`, with partners on the map.
fn finished(lean: usize, language: &str) -> Assessment {
    let mut a = Assessment::new(
        ResultId::from_random_bytes([lean as u8 + 7; 16]),
        Timestamp::from_unix_millis(NOW + lean as i64),
    );
    a.language = LanguageTag::parse(language).expect("a language tag");
    a.set_organization_name(ORGANIZATION);
    let mut n = lean;
    let mut answers = Answers::default();
    for d in INSTRUMENTS.readiness.dimensions {
        for item in d.items {
            n += 3;
            answers.set_readiness(item.id, ReadinessAnswer::Scale(rating(n / 2)));
        }
    }
    answers::barriers_and_timing(&mut answers, lean);
    answers.ambition = Some(INSTRUMENTS.depth.ambition.options[1].level);
    answers.stage = Some(Stage::ALL[1]);
    for p in INSTRUMENTS.reflection.prompts {
        answers.set_reflection(p.id, REFLECTION);
    }
    a.answers = answers;
    for name in [PARTNER, "مركز الشباب"] {
        let c = Candidate::new(name, Sector::other()).expect("a valid partner");
        a.partners.add(c).expect("room on the map");
    }
    a
}

/// `answers` with a health check (every statement and both balance questions, shifted by
/// `lean`) of a partnership doing the work.
fn add_health(answers: &mut Answers, lean: usize) {
    answers.stage = Some(Stage::Implementation);
    let h = &INSTRUMENTS.health;
    for (n, item) in h.scored.dimensions.iter().flat_map(|d| d.items).enumerate() {
        answers.set_health(item.id, ReadinessAnswer::Scale(rating(n / 2 + lean + 2)));
    }
    for (n, q) in h.balance.questions.iter().enumerate() {
        answers.set_balance(q.id, TimingAnswer::Scale(rating(n * 2 + lean + 1)));
    }
}

/// Opens `assessment` through the element's `load()` and waits for the results in the
/// language spoken on this thread, every part unfolded.
async fn load(session: &Session, assessment: &Assessment) {
    answers::load(session, assessment, words::results::title()).await;
    unfold(session).await;
}

/// The `.js` files a page asked for, by name.
fn scripts_requested(session: &Session) -> Vec<String> {
    session
        .log()
        .requests
        .iter()
        .filter_map(|r| r.split_once(' ').map(|(_, u)| u.to_owned()))
        .filter(|u| u.ends_with(".js"))
        .map(|u| u.rsplit('/').next().unwrap_or_default().to_owned())
        .collect()
}

async fn warnings(session: &Session) -> Vec<String> {
    session.eval("window.__warnings").await
}

async fn root_lang_and_dir(session: &Session) -> (String, String) {
    session
        .eval(&format!(
            "(function () {{ var r = {ROOT}.querySelector('.pa-root'); return [r.lang, getComputedStyle(r).direction]; }})()"
        ))
        .await
}

async fn switch_present(session: &Session) -> bool {
    session
        .eval(&format!("!!{ROOT}.querySelector('.pa-languages')"))
        .await
}

// ----------------------------------------------------------------------------------------
// 1. Choosing a language.

#[tokio::test(flavor = "multi_thread")]
async fn the_lang_attribute_or_the_page_chooses_and_only_that_pack_is_downloaded() {
    let env = TestEnvironment::from_env();
    let site = site(&env);

    // English: the widget's script and nothing else.
    let session = open_in(&env, &site.url("/en.html"), "en", 1280).await;
    session.settle().await;
    assert_eq!(
        scripts_requested(&session),
        vec!["partnership-assessment.js"]
    );
    assert!(switch_present(&session).await, "every language is offered");
    session.finish_within(&site).await;

    for (page, tag) in [("es.html", "es"), ("ar.html", "ar"), ("page-ar.html", "ar")] {
        let session = open_in(&env, &site.url(&format!("/{page}")), tag, 1280).await;
        session.settle().await;
        assert_eq!(
            scripts_requested(&session),
            vec![
                "partnership-assessment.js".to_owned(),
                format!("partnership-assessment.{tag}.js")
            ],
            "{page}"
        );
        let (lang, dir) = root_lang_and_dir(&session).await;
        assert_eq!(lang, tag, "{page}");
        assert_eq!(dir, if tag == "ar" { "rtl" } else { "ltr" }, "{page}");
        assert!(warnings(&session).await.is_empty(), "{page}");
        session.finish_within(&site).await;
    }

    // languages="es" with lang="ar": Arabic is not offered, so a warning, Spanish (the
    // only language offered) and no switch.
    let session = open_in(&env, &site.url("/only-es.html"), "es", 1280).await;
    assert!(!switch_present(&session).await, "one language: no switch");
    let warned = warnings(&session).await;
    assert!(
        warned.len() == 1 && warned[0].contains("lang=\"ar\" is not offered here"),
        "{warned:#?}"
    );
    assert_eq!(
        scripts_requested(&session),
        vec!["partnership-assessment.js", "partnership-assessment.es.js"]
    );
    session.finish_within(&site).await;

    // lang="fr": a warning, then the page's language (English), no pack.
    let session = open_in(&env, &site.url("/fr.html"), "en", 1280).await;
    let warned = warnings(&session).await;
    assert!(
        warned.len() == 1 && warned[0].contains("lang=\"fr\" is not offered here"),
        "{warned:#?}"
    );
    assert_eq!(
        scripts_requested(&session),
        vec!["partnership-assessment.js"]
    );
    assert_eq!(root_lang_and_dir(&session).await.0, "en");
    session.finish_within(&site).await;
}

#[tokio::test(flavor = "multi_thread")]
async fn the_switch_changes_the_whole_widget_without_a_reload() {
    let env = TestEnvironment::from_env();
    let site = site(&env);
    let session = open_in(&env, &site.url("/en.html"), "en", 1280).await;
    let _: bool = session.eval("window.__sameDocument = true; true").await;
    let pressed = |name: &'static str| {
        let session = &session;
        async move {
            session
                .eval::<String>(&format!(
                    "Array.from({ROOT}.querySelectorAll('.pa-languages button')).find(function (b) {{ return b.textContent === {name:?}; }}).getAttribute('aria-pressed')"
                ))
                .await
        }
    };
    assert_eq!(pressed("English").await, "true");
    assert_eq!(pressed("Español").await, "false");

    for (name, tag) in [("Español", "es"), ("العربية", "ar"), ("English", "en")] {
        session.click_on("button", name).await;
        speak(tag);
        session.find("heading", words::start::heading()).await;
        session.find("button", words::start::begin_full()).await;
        assert_eq!(pressed(name).await, "true", "{name} is pressed");
        let (lang, dir) = root_lang_and_dir(&session).await;
        assert_eq!(lang, tag);
        assert_eq!(dir, if tag == "ar" { "rtl" } else { "ltr" });
        if tag != "en" {
            let mut audit = Audit::new(&env, if tag == "es" { "es" } else { "ar" }, 1280);
            audit.screen(&session, "start after the switch", true).await;
            audit.assert_clean();
        }
    }
    let same: bool = session.eval("window.__sameDocument === true").await;
    assert!(same, "the page was not reloaded");
    // Each pack was fetched once, from the page's own origin.
    assert_eq!(
        scripts_requested(&session),
        vec![
            "partnership-assessment.js",
            "partnership-assessment.es.js",
            "partnership-assessment.ar.js"
        ]
    );
    session.finish_within(&site).await;
}

// ----------------------------------------------------------------------------------------
// 2. No English anywhere: the whole widget, at 1280 and 320 px.

/// Answers every question on the page showing (the third choice, or the last when there
/// are fewer), twice, so questions that appear after an answer are answered too.
async fn answer_page(session: &Session) {
    for _ in 0..2 {
        let _: bool = session
            .eval(&format!(
                "(function () {{ {ROOT}.querySelectorAll('fieldset').forEach(function (f) {{ \
                   var r = f.querySelectorAll('input[type=radio]'); \
                   if (r.length && !f.querySelector('input:checked')) r[Math.min(2, r.length - 1)].click(); }}); \
                 return true; }})()"
            ))
            .await;
        session.settle().await;
    }
}

async fn walk_everything(tag: &'static str, width: i64) {
    let env = TestEnvironment::from_env();
    let site = site(&env);
    let session = open_in(&env, &site.url(&format!("/{tag}.html")), tag, width).await;
    let mut audit = Audit::new(&env, tag, width);
    audit.screen(&session, "start", true).await;

    // The organisation's name, then every page of the full assessment.
    let _: bool = session
        .eval(&format!(
            "{ROOT}.querySelector('#pa-organization').focus(); true"
        ))
        .await;
    session.type_text(ORGANIZATION).await;
    session.click_on("button", words::start::begin_full()).await;
    let sections = flow::sections(&INSTRUMENTS, Scope::Full);
    for (i, section) in sections.iter().enumerate() {
        let title = section.title(&INSTRUMENTS).show();
        let pages = paging::page_count(&INSTRUMENTS, *section);
        for page in 0..pages {
            wait_for_focus(&session, &format!("h2:{title}")).await;
            answer_page(&session).await;
            if *section == Section::Partners {
                // An organisation on the map: the list, the coverage and the matrix show.
                let _: bool = session
                    .eval(&format!(
                        "{ROOT}.querySelector('#pa-partner-name').focus(); true"
                    ))
                    .await;
                session.type_text(PARTNER).await;
                session
                    .click_on("button", words::partners::save_button(false))
                    .await;
                session
                    .wait_until(
                        "the organisation in the list",
                        &format!(
                            "{ROOT}.querySelectorAll('.pa-partner-table tbody tr').length === 1"
                        ),
                    )
                    .await;
            }
            if *section == Section::Reflection {
                let _: bool = session
                    .eval(&format!("{ROOT}.querySelector('textarea').focus(); true"))
                    .await;
                session.type_text(REFLECTION).await;
            }
            audit
                .screen(&session, &format!("{title}, page {}", page + 1), page == 0)
                .await;
            let last = paging::is_last(&INSTRUMENTS, &sections, i, page);
            session
                .click_on("button", words::questions::next(last))
                .await;
        }
    }

    // The results, every part open.
    session.find("heading", words::results::title()).await;
    unfold(&session).await;
    audit.screen(&session, "results", true).await;

    // Workshop mode with files answered in English, Spanish and Arabic.
    session
        .click_on("button", words::results::start_page())
        .await;
    session.find("heading", words::start::heading()).await;
    session
        .click_on("button", words::start::open_workshop())
        .await;
    session.find("heading", words::workshop::title()).await;
    audit.screen(&session, "workshop, no files yet", true).await;
    let files: Vec<(String, String)> = ["en", "es", "ar"]
        .iter()
        .enumerate()
        .map(|(n, language)| (format!("{}.json", n + 1), export(&finished(n, language))))
        .collect();
    audit.typed = files.iter().map(|(name, _)| name.clone()).collect();
    choose_files(&session, &files).await;
    session.find("button", words::workshop::present()).await;
    let used: Vec<String> = harness::shadow_texts(&session, ".pa-ws-files tbody td").await;
    let used_word = msg::WORKSHOP_USED.text();
    assert_eq!(
        used.iter().filter(|t| t.as_str() == used_word).count(),
        3,
        "every file is used, whatever its language: {used:?}"
    );
    audit.screen(&session, "workshop report", true).await;
    session.click_on("button", words::workshop::present()).await;
    session
        .find("button", words::workshop::stop_presenting())
        .await;
    audit.screen(&session, "presenter view", true).await;
    session.press("ArrowRight").await;
    audit
        .screen(&session, "presenter view, second topic", false)
        .await;

    audit.assert_clean();
    session.finish_within(&site).await;
}

/// The whole assessment by keyboard alone in `tag`: Tab from question to question, the
/// arrow keys and Space to answer, Enter on Next; focus moves to each page's heading and
/// then to the results. Down and Up rather than Right and Left: in Arabic the horizontal
/// arrows run right to left, and this walk answers the same whatever the direction.
async fn keyboard_walk(tag: &'static str) {
    let env = TestEnvironment::from_env();
    let site = site(&env);
    let session = open_in(&env, &site.url(&format!("/{tag}.html")), tag, 1280).await;
    let start = session.find("button", words::start::begin_full()).await;
    session.focus(&start).await;
    session.press("Enter").await;

    let sections = flow::sections(&INSTRUMENTS, Scope::Full);
    let mut answered = 0;
    for (i, section) in sections.iter().enumerate() {
        let title = section.title(&INSTRUMENTS).show();
        for page in 0..paging::page_count(&INSTRUMENTS, *section) {
            wait_for_focus(&session, &format!("h2:{title}")).await;
            let last = paging::is_last(&INSTRUMENTS, &sections, i, page);
            let next = format!("button:{}", words::questions::next(last));
            let back = format!("button:{}", words::questions::back());
            loop {
                session.press("Tab").await;
                let now = harness::focused(&session).await;
                if now == next {
                    session.press("Enter").await;
                    break;
                }
                match now.as_str() {
                    "radio" => {
                        // The first radio of an unanswered group: Space picks it, Down
                        // moves to the next answer and picks it.
                        session.press(" ").await;
                        for _ in 0..(answered % 3) {
                            session.press("ArrowDown").await;
                        }
                        answered += 1;
                    }
                    "textarea" => session.type_text(REFLECTION).await,
                    // The partner map's form, the glossary's disclosure: pass by.
                    _ if *section == Section::Partners => {}
                    s if s == back || s.starts_with("summary:") => {}
                    other => panic!("{tag}: unexpected focus on {other:?} in {title}"),
                }
            }
        }
    }
    wait_for_focus(&session, &format!("h2:{}", words::results::title())).await;
    let result: serde_json::Value = session
        .eval("document.querySelector('partnership-assessment').result")
        .await;
    assert_eq!(result["language"], tag);
    let readiness = INSTRUMENTS
        .readiness
        .dimensions
        .iter()
        .map(|d| d.items.len())
        .sum::<usize>();
    assert_eq!(
        result["answers"]["readiness"].as_object().map(|a| a.len()),
        Some(readiness),
        "{tag}: every readiness statement answered by keyboard"
    );
    assert_eq!(
        result["reflections"].as_object().map(|a| a.len()),
        Some(INSTRUMENTS.reflection.prompts.len())
    );
    session.finish_within(&site).await;
}

/// The health check of a partnership already running, in `tag` at 320 px: offered on the
/// start screen, every page answered, its results; then a complete result of a
/// partnership doing the work (its health check among the results) and the comparison
/// with an earlier health check. No English, axe clean, nothing sideways.
async fn walk_health_check(tag: &'static str) {
    let env = TestEnvironment::from_env();
    let site = site(&env);
    let session = open_in(&env, &site.url(&format!("/{tag}.html")), tag, 320).await;
    let mut audit = Audit::new(&env, tag, 320);
    session
        .click_on("button", words::checkup::start_offer())
        .await;
    let sections = flow::sections(&INSTRUMENTS, Scope::Health);
    for (i, section) in sections.iter().enumerate() {
        let title = section.title(&INSTRUMENTS).show();
        let pages = paging::page_count(&INSTRUMENTS, *section);
        for page in 0..pages {
            wait_for_focus(&session, &format!("h2:{title}")).await;
            answer_page(&session).await;
            audit
                .screen(&session, &format!("{title}, page {}", page + 1), page == 0)
                .await;
            let last = paging::is_last(&INSTRUMENTS, &sections, i, page);
            session
                .click_on("button", words::questions::next(last))
                .await;
        }
    }
    session.find("heading", words::results::title()).await;
    unfold(&session).await;
    session.find("heading", words::checkup::title()).await;
    audit.screen(&session, "health check results", true).await;

    // A complete result with its health check, compared with an earlier health check.
    let mut complete = finished(0, tag);
    add_health(&mut complete.answers, 0);
    load(&session, &complete).await;
    let mut earlier = finished(1, tag);
    add_health(&mut earlier.answers, 1);
    audit.typed = vec!["earlier.json".to_owned()];
    choose_files(&session, &[("earlier.json".to_owned(), export(&earlier))]).await;
    session
        .wait_until(
            "the health table of the comparison",
            &format!("!!{ROOT}.querySelector('#pa-compare-health')"),
        )
        .await;
    audit
        .screen(
            &session,
            "full results with the health check, compared",
            true,
        )
        .await;
    audit.assert_clean();
    session.finish_within(&site).await;
}

#[tokio::test(flavor = "multi_thread")]
async fn the_health_check_in_spanish_has_no_english_at_320_px() {
    walk_health_check("es").await;
}

#[tokio::test(flavor = "multi_thread")]
async fn the_health_check_in_arabic_has_no_english_at_320_px() {
    walk_health_check("ar").await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_keyboard_user_completes_the_whole_assessment_in_spanish() {
    keyboard_walk("es").await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_keyboard_user_completes_the_whole_assessment_in_arabic() {
    keyboard_walk("ar").await;
}

/// The check itself: on the English widget it finds English, for both languages' rules
/// (so a clean Spanish or Arabic walk means something).
#[tokio::test(flavor = "multi_thread")]
async fn the_check_finds_english_on_the_english_widget() {
    let env = TestEnvironment::from_env();
    let site = site(&env);
    let session = open_in(&env, &site.url("/en.html"), "en", 1280).await;
    for tag in ["es", "ar"] {
        let mut audit = Audit::new(&env, tag, 1280);
        audit.screen(&session, "English start", false).await;
        assert!(
            audit.problems.len() > 5,
            "the {tag} rules find English on the English start screen: {:#?}",
            audit.problems
        );
    }
    session.finish_within(&site).await;
}

#[tokio::test(flavor = "multi_thread")]
async fn spanish_everywhere_at_1280_px() {
    walk_everything("es", 1280).await;
}

#[tokio::test(flavor = "multi_thread")]
async fn spanish_everywhere_at_320_px() {
    walk_everything("es", 320).await;
}

#[tokio::test(flavor = "multi_thread")]
async fn arabic_everywhere_at_1280_px() {
    walk_everything("ar", 1280).await;
}

#[tokio::test(flavor = "multi_thread")]
async fn arabic_everywhere_at_320_px() {
    walk_everything("ar", 320).await;
}

// ----------------------------------------------------------------------------------------
// 3. Right to left.

/// The left and right edges of the first element matching `selector` in the widget.
async fn edges(session: &Session, selector: &str) -> (f64, f64) {
    let found: Option<(f64, f64)> = session
        .eval(&format!(
            "(function () {{ var e = {ROOT}.querySelector({selector:?}); if (!e) return null; \
             var r = e.getBoundingClientRect(); return [r.left, r.right]; }})()"
        ))
        .await;
    found.unwrap_or_else(|| panic!("nothing matches {selector:?}"))
}

#[tokio::test(flavor = "multi_thread")]
async fn arabic_is_laid_out_right_to_left_and_its_bars_grow_from_the_right() {
    let env = TestEnvironment::from_env();
    let site = site(&env);
    let session = open_in(&env, &site.url("/ar.html"), "ar", 1280).await;
    assert_eq!(root_lang_and_dir(&session).await.1, "rtl");
    // The screenshots for the README, on a phone.
    session.set_viewport(PHONE.0, PHONE.1).await;
    session.settle().await;
    session
        .screenshot_screen(&env.artifacts, "arabic-start")
        .await;

    load(&session, &finished(0, "ar")).await;
    let _: bool = session.eval("window.scrollTo(0, 0); true").await;
    let _: bool = session
        .eval(&format!(
            "{ROOT}.querySelector('.pa-results h2').scrollIntoView(); window.scrollBy(0, -12); true"
        ))
        .await;
    session.settle().await;
    session
        .screenshot_screen(&env.artifacts, "arabic-results")
        .await;
    session.set_viewport(1280, 900).await;
    session.settle().await;

    // A readiness bar starts at the inline start, on the right: the fill's right edge is
    // the track's right edge, and it ends short of the track's left edge.
    let track = edges(&session, ".pa-results .pa-chart-track").await;
    let fill = edges(&session, ".pa-results .pa-chart-fill").await;
    assert!(
        fill.1 - fill.0 < track.1 - track.0 - 1.0,
        "the first area does not score 100: its bar is shorter than the track"
    );
    assert!(
        (fill.1 - track.1).abs() < 1.0,
        "the bar grows from the right: fill {fill:?}, track {track:?}"
    );
    // The label sits right of the bar, where an Arabic reader starts.
    let label = edges(&session, ".pa-results .pa-chart-label").await;
    let bar = edges(&session, ".pa-results .pa-chart-bar").await;
    assert!(
        label.0 >= bar.0,
        "label {label:?} starts right of the bar {bar:?}"
    );

    // The progress bar is a native <progress>, which Chromium draws from the inline start
    // of its direction: it runs right to left because its direction is.
    session
        .click_on("button", words::results::back_to_questions())
        .await;
    session
        .wait_until(
            "the progress bar",
            &format!("{ROOT}.querySelector('.pa-progress progress')"),
        )
        .await;
    assert_eq!(
        session.computed(".pa-progress progress", "direction").await,
        "rtl"
    );
    session.finish_within(&site).await;
}

/// The opportunity matrix is an SVG drawn with fixed coordinates: in Arabic the stylesheet
/// mirrors it, and mirrors each word back where it stands.
#[tokio::test(flavor = "multi_thread")]
async fn the_opportunity_matrix_runs_right_to_left_in_arabic() {
    let env = TestEnvironment::from_env();
    let site = site(&env);
    let session = open_in(&env, &site.url("/ar.html"), "ar", 1280).await;
    // "More of it" runs towards the inline end, so in Arabic the first tick along the
    // bottom (low) stands right of the last (high).
    load(&session, &finished(0, "ar")).await;
    let ticks: Vec<f64> = session
        .eval(&format!(
            "Array.from({ROOT}.querySelectorAll('.pa-matrix .pa-matrix-tick')).slice(0, 3).map(function (t) {{ var r = t.getBoundingClientRect(); return (r.left + r.right) / 2; }})"
        ))
        .await;
    let _: bool = session
        .eval(&format!(
            "{ROOT}.querySelector('.pa-matrix').scrollIntoView(); true"
        ))
        .await;
    session.settle().await;
    session
        .screenshot_screen(&env.artifacts, "arabic-matrix")
        .await;
    assert_eq!(ticks.len(), 3);
    assert!(
        ticks[0] > ticks[2],
        "low stands right of high along the bottom of the matrix in Arabic: {ticks:?}"
    );
    session.finish_within(&site).await;
}

// ----------------------------------------------------------------------------------------
// 4. Files.

/// Saves the results showing as a JSON file and returns it parsed (the download is
/// removed, so the next one is found).
async fn saved_json(session: &Session, downloads: &std::path::Path) -> serde_json::Value {
    session
        .click_on("button", words::results::save_file())
        .await;
    let file = harness::wait_for_download(downloads, "json").await;
    let bytes = std::fs::read(&file).expect("read the file");
    std::fs::remove_file(&file).expect("clear the downloads");
    serde_json::from_slice(&bytes).expect("JSON")
}

async fn files_in(tag: &'static str, opened_from: &'static str) {
    let env = TestEnvironment::from_env();
    let site = site(&env);
    let session = open_in(&env, &site.url(&format!("/{tag}.html")), tag, 1280).await;
    let downloads = session.allow_downloads().await;

    // Answers given here are saved as answered in this language.
    let barriers = INSTRUMENTS.barriers.meta.title.show();
    session.click_on("button", barriers).await;
    let sections = flow::sections(&INSTRUMENTS, Scope::Barriers);
    for page in 0..paging::page_count(&INSTRUMENTS, Section::Barriers) {
        wait_for_focus(&session, &format!("h2:{barriers}")).await;
        answer_page(&session).await;
        let last = paging::is_last(&INSTRUMENTS, &sections, 0, page);
        session
            .click_on("button", words::questions::next(last))
            .await;
    }
    session.find("heading", words::results::title()).await;
    let doc = saved_json(&session, downloads.path()).await;
    assert_eq!(
        doc["language"], tag,
        "the file records the language it was answered in"
    );

    // A file answered in another language opens with every text in this one, and keeps
    // the language it was answered in (EMBEDDING.md, Languages).
    load(&session, &finished(1, opened_from)).await;
    let mut audit = Audit::new(&env, tag, 1280);
    audit
        .screen(
            &session,
            &format!("results of a file answered in {opened_from}"),
            false,
        )
        .await;
    audit.assert_clean();
    let doc = saved_json(&session, downloads.path()).await;
    assert_eq!(doc["language"], opened_from);

    session
        .click_on("button", words::results::save_spreadsheet())
        .await;
    let csv = harness::wait_for_download(downloads.path(), "csv").await;
    let bytes = std::fs::read(&csv).expect("read the spreadsheet");
    assert!(
        bytes.starts_with(b"\xEF\xBB\xBF"),
        "UTF-8 with a byte-order mark"
    );
    let text = String::from_utf8(bytes).expect("UTF-8");
    let header: Vec<String> = text
        .trim_start_matches('\u{feff}')
        .lines()
        .next()
        .unwrap_or_default()
        .split(',')
        .map(|c| c.trim_matches('"').to_owned())
        .collect();
    let expected: Vec<String> = [
        msg::CSV_COLUMN_PART,
        msg::CSV_COLUMN_ID,
        msg::CSV_COLUMN_QUESTION,
        msg::CSV_COLUMN_ANSWER,
        msg::CSV_COLUMN_SCORE,
    ]
    .iter()
    .map(|m| m.text().to_owned())
    .collect();
    assert_eq!(header, expected, "the CSV's headers in {tag}");
    // Ids and the organisation's name aside, the spreadsheet's words are in the language.
    let words_only: String = text
        .lines()
        .map(|line| {
            line.split("\",\"")
                .enumerate()
                .filter(|(i, _)| *i != 1)
                .map(|(_, c)| c)
                .collect::<Vec<_>>()
                .join(" ")
        })
        .collect::<Vec<_>>()
        .join("\n");
    let english = english_in(tag, &words_only);
    assert!(english.is_empty(), "English in the {tag} CSV: {english:?}");
    session.finish().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_spanish_file_opens_in_arabic_and_arabic_files_record_their_language() {
    files_in("ar", "es").await;
}

#[tokio::test(flavor = "multi_thread")]
async fn an_arabic_file_opens_in_spanish_and_spanish_files_record_their_language() {
    files_in("es", "ar").await;
}

// ----------------------------------------------------------------------------------------
// 5. Print.

#[tokio::test(flavor = "multi_thread")]
async fn a_complete_result_prints_on_one_to_three_pages_in_spanish_and_in_arabic() {
    let env = TestEnvironment::from_env();
    let site = site(&env);
    // English first, the same result: the figure the other languages must match.
    let mut pages = Vec::new();
    for tag in ["en", "es", "ar"] {
        // The offline page in the language: nothing but the widget on the paper.
        let file = if tag == "en" {
            "partnership-assessment.html".to_owned()
        } else {
            format!("partnership-assessment.{tag}.html")
        };
        let session = open_in(&env, &site.url(&format!("/{file}")), tag, 1280).await;
        // As in assessment_flow's English print test: every question answered, no
        // organisations on the map; and a partnership doing the work, with its health
        // check (issue 17), so the page budget holds with it.
        let mut complete = finished(0, tag);
        complete.partners = partnership_engine::partners::PartnerMap::default();
        add_health(&mut complete.answers, 0);
        load(&session, &complete).await;
        let pdf = session.print_a4().await;
        std::fs::create_dir_all(&env.artifacts).expect("the artefacts folder");
        std::fs::write(env.artifacts.join(format!("results-print-{tag}.pdf")), &pdf)
            .expect("keep the PDF");
        pages.push((tag, pdf_page_count(&pdf)));
        session.finish_within(&site).await;
    }
    eprintln!("A4 pages per language: {pages:?}");
    assert!(
        pages.iter().all(|(_, n)| (1..=3).contains(n)),
        "a complete result prints on one to three A4 pages in every language: {pages:?}"
    );
}

// ----------------------------------------------------------------------------------------
// 6. Offline.

#[tokio::test(flavor = "multi_thread")]
async fn the_arabic_offline_page_works_from_disk_without_a_request() {
    let env = TestEnvironment::from_env();
    let url = format!(
        "file://{}",
        env.dist.join("partnership-assessment.ar.html").display()
    );
    let session = Session::start(&env).await;
    session.go_offline().await;
    session.open(&url).await;
    speak("ar");
    session.find("heading", words::start::heading()).await;
    assert_eq!(
        root_lang_and_dir(&session).await,
        ("ar".into(), "rtl".into())
    );
    let mut audit = Audit::new(&env, "ar", 1280);
    audit.screen(&session, "offline start", false).await;
    audit.assert_clean();
    session.settle().await;
    let requests: Vec<String> = session
        .log()
        .requests
        .into_iter()
        .filter(|r| !r.ends_with(&url))
        .collect();
    assert!(
        requests.is_empty(),
        "the offline page requested {requests:#?}"
    );
    session.finish().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn save_for_offline_use_in_spanish_makes_a_page_that_opens_in_spanish_offline() {
    let env = TestEnvironment::from_env();
    let site = site(&env);
    let session = open_in(&env, &site.url("/es.html"), "es", 1280).await;
    let downloads = session.allow_downloads().await;
    session
        .click_on("button", words::common::offline_save())
        .await;
    let copy = harness::wait_for_download(downloads.path(), "html").await;
    session.finish_within(&site).await;

    let url = format!("file://{}", copy.display());
    let offline = Session::start(&env).await;
    offline.go_offline().await;
    offline.open(&url).await;
    speak("es");
    offline.find("heading", words::start::heading()).await;
    assert_eq!(root_lang_and_dir(&offline).await.0, "es");
    let mut audit = Audit::new(&env, "es", 1280);
    audit
        .screen(&offline, "start of the saved copy", false)
        .await;
    audit.assert_clean();
    let requests: Vec<String> = offline
        .log()
        .requests
        .into_iter()
        .filter(|r| !r.ends_with(&url))
        .collect();
    assert!(
        requests.is_empty(),
        "the saved copy requested {requests:#?}"
    );
    offline.finish().await;
}
