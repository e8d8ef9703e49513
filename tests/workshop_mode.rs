//! Workshop mode as a facilitator uses it: thirty files chosen in two batches (valid
//! results with varied answers and roles, older copies of some, a format-1 file, a broken
//! file and another tool's JSON), the report per file, every figure on screen checked
//! against figures computed here from the generated answers (with our own integer
//! arithmetic, following the formulas documented in `engine/src/workshop/stats.rs`), the
//! presenter view by keyboard, the exports, accessibility and a narrow screen. Then a
//! workshop of partners from several organisations: where each organisation sees the
//! partnership differently, a small one hidden and never named. Last, partners of two
//! organisations who took the health check: the report's health part and the gap on the
//! health area one organisation rates much lower.

mod harness;

use std::collections::BTreeMap;

use harness::{ROOT, Session, open_demo, shadow_text, shadow_texts, wait_for_focus};
use partnership_engine::{
    Answers, Assessment, DimensionStatus, INSTRUMENTS, Rating, ReadinessAnswer, RespondentRole,
    ResultId, Timestamp, TimingAnswer, evaluate, export, import,
};

const WORKSHOP_HEADING: &str = "Workshop: everyone's answers together";
const V1_FIXTURE: &str = include_str!("../engine/tests/fixtures/results-v1.json");

// ----------------------------------------------------------------------------------------
// The generated files.

/// A small deterministic generator, so every run uses the same files.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        self.0 >> 33
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

fn rating(v: u64) -> Rating {
    Rating::new(v as u8).expect("a rating within 0..=4")
}

/// Answers that lean a way per role, so roles differ and items disagree.
fn answers_for(rng: &mut Rng, lean: u64) -> Answers {
    let mut a = Answers::default();
    for d in INSTRUMENTS.readiness.dimensions {
        for item in d.items {
            let answer = match rng.below(14) {
                0 => ReadinessAnswer::DontKnow,
                1 => ReadinessAnswer::NotApplicable,
                2 => continue,
                r => ReadinessAnswer::Scale(rating((r + lean) % 5)),
            };
            a.set_readiness(item.id, answer);
        }
    }
    for b in INSTRUMENTS.barriers.barriers {
        let presence = (rng.below(8) != 0).then(|| rating((rng.below(5) + lean) % 5));
        let harm = (rng.below(8) != 0).then(|| rating(rng.below(5)));
        a.set_barrier(b.id, presence, harm);
    }
    let t = &INSTRUMENTS.timing;
    let timing = t
        .triggers
        .iter()
        .chain(t.preconditions)
        .map(|q| q.id)
        .chain(t.warnings.iter().map(|w| w.id));
    for id in timing {
        let answer = match rng.below(7) {
            0 => TimingAnswer::DontKnow,
            r => TimingAnswer::Scale(rating((r + lean) % 5)),
        };
        a.set_timing(id, answer);
    }
    a
}

/// The organisation of the format-1 file, its only person: never named.
const ALONE: &str = "Riverside Community Food Bank";

/// The presenter topic on organisations.
const ORGANIZATIONS_TOPIC: &str = "Where organizations see things differently";

const ORGANIZATIONS: [&str; 3] = [
    "Riverside Food Bank",
    "Northgate Tenants Union",
    "Harbor Literacy Project",
];

struct Generated {
    /// `(file name, contents)` in the order they are chosen.
    files: Vec<(String, String)>,
    /// The kept result of every person, by file name (the newest copy).
    people: Vec<Assessment>,
    /// File name → expected status word in the report.
    statuses: Vec<(String, &'static str)>,
}

fn generate() -> Generated {
    let mut rng = Rng(0x5eed_2026);
    let roles: Vec<Option<RespondentRole>> = [
        (Some(RespondentRole::Staff), 8),
        (Some(RespondentRole::Board), 5),
        (Some(RespondentRole::Volunteer), 4),
        (Some(RespondentRole::CommunityMember), 4),
        (Some(RespondentRole::Partner), 2),
        (None, 1),
    ]
    .into_iter()
    .flat_map(|(r, n)| std::iter::repeat_n(r, n))
    .collect();
    let start = 1_790_000_000_000i64;
    let mut files = Vec::new();
    let mut people = Vec::new();
    let mut statuses = Vec::new();
    for (i, role) in roles.iter().enumerate() {
        let mut id = [0u8; 16];
        id[0] = i as u8 + 1;
        id[15] = 0x5a;
        let mut a = Assessment::new(
            ResultId::from_random_bytes(id),
            Timestamp::from_unix_millis(start),
        );
        a.respondent_role = *role;
        a.set_organization_name(ORGANIZATIONS[i % 3]);
        let lean = role.map_or(0, |r| r as u64);
        a.answers = answers_for(&mut rng, lean);
        a.touch(Timestamp::from_unix_millis(start + 3_600_000 + i as i64));
        let name = format!("person-{:02}.json", i + 1);
        files.push((name.clone(), export(&a)));
        statuses.push((name, "Used"));
        people.push(a);
    }
    // Older copies of three people, with different answers (so keeping the wrong copy
    // would change the figures): one chosen before the newer file would be found, two after.
    for (k, &i) in [2usize, 9, 17].iter().enumerate() {
        let mut older = people[i].clone();
        older.answers = answers_for(&mut rng, 3);
        older.updated_at = Timestamp::from_unix_millis(start + 60_000);
        let name = format!("person-{:02} (old copy).json", i + 1);
        let entry = (name.clone(), export(&older));
        if k == 0 {
            files.insert(0, entry);
            statuses.insert(0, (name, "Left out: an older copy"));
        } else {
            files.push(entry);
            statuses.push((name, "Left out: an older copy"));
        }
    }
    // A board member's result saved by the first version of the widget.
    files.push(("board-2026-march.json".into(), V1_FIXTURE.to_owned()));
    statuses.push((
        "board-2026-march.json".into(),
        "Used, updated from an older format",
    ));
    people.push(
        import(V1_FIXTURE.as_bytes())
            .expect("the engine reads format 1")
            .assessment,
    );
    // A file cut off half way, and another program's JSON.
    files.push((
        "broken.json".into(),
        "{\"$schema\": \"urn:partnership-assessment:results:v2\", \"formatVersion\": 2, \"answ"
            .into(),
    ));
    statuses.push(("broken.json".into(), "Left out"));
    files.push((
        "package.json".into(),
        "{\"name\": \"event-signups\", \"version\": \"1.4.0\", \"private\": true}".into(),
    ));
    statuses.push(("package.json".into(), "Left out"));
    assert_eq!(files.len(), 30);
    Generated {
        files,
        people,
        statuses,
    }
}

// ----------------------------------------------------------------------------------------
// Our own figures, in integers, following the documented formulas.

#[derive(Debug, Clone, PartialEq)]
struct Figures {
    n: u64,
    mean: Option<u64>,
    median: Option<u64>,
    sd: Option<u64>,
    min: Option<u64>,
    max: Option<u64>,
    agreement: Option<u64>,
}

fn isqrt(v: u128) -> u128 {
    // Newton's method from above, written here rather than borrowed from the engine.
    if v < 2 {
        return v;
    }
    let mut x = v;
    let mut y = x.div_ceil(2);
    while y < x {
        x = y;
        y = (x + v / x) / 2;
    }
    x
}

/// The figures of `values` on the scale `0..=k`.
fn figures(values: &[u64], k: u64) -> Figures {
    let n = values.len() as u64;
    if n == 0 {
        return Figures {
            n,
            mean: None,
            median: None,
            sd: None,
            min: None,
            max: None,
            agreement: None,
        };
    }
    let mut sorted = values.to_vec();
    sorted.sort_unstable();
    let s: u64 = values.iter().sum();
    let q: u64 = values.iter().map(|v| v * v).sum();
    let mean = (2 * s * 100 + n) / (2 * n);
    let median = (sorted[((n - 1) / 2) as usize] + sorted[(n / 2) as usize]) * 50;
    let d = u128::from(n * q - s * s);
    let r = isqrt(40_000 * d);
    let sd = ((r + u128::from(n)) / (2 * u128::from(n))) as u64;
    let full = u128::from(n * n * k * k);
    let agreement = (n >= 2).then(|| {
        let num = 1000 * (full - 4 * d);
        ((2 * num + full) / (2 * full)) as u64
    });
    Figures {
        n,
        mean: Some(mean),
        median: Some(median),
        sd: Some(sd),
        min: sorted.first().copied(),
        max: sorted.last().copied(),
        agreement,
    }
}

fn band(agreement: u64) -> &'static str {
    if agreement >= 850 {
        "High"
    } else if agreement <= 750 {
        "Low"
    } else {
        "Moderate"
    }
}

fn decimal(v: Option<u64>) -> String {
    v.map_or_else(|| "–".into(), |v| format!("{}.{:02}", v / 100, v % 100))
}

/// The six figure cells as the page shows them.
fn cells(f: &Figures) -> Vec<String> {
    let range = match (f.min, f.max) {
        (Some(a), Some(b)) => format!("{a} to {b}"),
        _ => "–".into(),
    };
    let agreement = f.agreement.map_or_else(
        || "Too few answers".into(),
        |a| format!("{} ({a})", band(a)),
    );
    vec![
        f.n.to_string(),
        decimal(f.mean),
        decimal(f.median),
        decimal(f.sd),
        range,
        agreement,
    ]
}

fn item_values(people: &[&Assessment], id: &str) -> (Vec<u64>, u64) {
    let mut values = Vec::new();
    let mut dont_know = 0;
    for p in people {
        match p.answers.readiness.get(id) {
            Some(ReadinessAnswer::Scale(v)) => values.push(u64::from(v.get())),
            Some(ReadinessAnswer::DontKnow) => dont_know += 1,
            _ => {}
        }
    }
    (values, dont_know)
}

/// Each person's own dimension scores come from the engine's single-result scoring (the
/// input of the group figures); everything after that is computed here.
fn dimension_values(people: &[&Assessment], index: Option<usize>) -> Vec<u64> {
    people
        .iter()
        .filter_map(|p| {
            let report = evaluate(&p.answers);
            match index {
                None => report.readiness.index,
                Some(i) => {
                    let d = report.readiness.dimensions.get(i)?;
                    (d.status != DimensionStatus::NotApplicable)
                        .then_some(d.score)
                        .flatten()
                }
            }
        })
        .map(u64::from)
        .collect()
}

// ----------------------------------------------------------------------------------------
// Reading the page.

/// The rows of a table (by class) as cell texts, header cell first.
async fn table_rows(session: &Session, class: &str) -> Vec<Vec<String>> {
    session
        .eval(&format!(
            "Array.from({ROOT}.querySelectorAll('table.{class} tbody tr')).map(function (r) {{ \
             return Array.from(r.children).map(function (c) {{ return c.textContent.trim(); }}); }})"
        ))
        .await
}

/// Chooses several files at once through the widget's (only) file input, which must take
/// many at once.
async fn choose_files(session: &Session, files: &[(String, String)]) {
    let multiple: bool = session
        .eval(&format!(
            "{ROOT}.querySelector('input[type=file]').multiple"
        ))
        .await;
    assert!(
        multiple,
        "the workshop's file input takes many files at once"
    );
    harness::choose_files(session, files).await;
}

/// Opens the presenter view: focus on its first topic's heading; how many topics it has.
async fn present(session: &Session) -> usize {
    session.click_on("button", "Show on a projector").await;
    wait_for_focus(session, "h2:Who took part").await;
    let progress = shadow_text(session, ".pa-presenter-progress").await;
    progress
        .strip_prefix("Topic 1 of ")
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| panic!("progress {progress:?}"))
}

/// Waits until the presenter shows topic `n` of `total`.
async fn wait_for_topic(session: &Session, what: &str, n: usize, total: usize) {
    session
        .wait_until(
            what,
            &format!(
                "{ROOT}.querySelector('.pa-presenter-progress').textContent === 'Topic {n} of {total}'"
            ),
        )
        .await;
}

/// On a narrow phone (320 px), nothing but the tables' own scroll boxes is wider than the
/// screen, and axe finds nothing; a screenshot is kept as `<what>-320px`.
async fn fits_a_narrow_phone(session: &Session, env: &harness::TestEnvironment, what: &str) {
    session.set_width(320).await;
    session.settle().await;
    let overflow: bool = session
        .eval(&format!(
            "(function () {{ var app = {ROOT}.querySelector('.pa-app'); \
             return document.documentElement.scrollWidth > 320 || app.scrollWidth > app.clientWidth; }})()"
        ))
        .await;
    assert!(!overflow, "{what} fits 320 px");
    session
        .assert_no_axe_violations(&env.axe, &format!("{what} at 320 px"))
        .await;
    session.screenshot(&format!("{what}-320px")).await;
    session.set_width(1280).await;
}

// ----------------------------------------------------------------------------------------

#[tokio::test(flavor = "multi_thread")]
async fn a_facilitator_merges_thirty_files_and_every_figure_matches_our_own_arithmetic() {
    let (env, site, session) = open_demo().await;
    let g = generate();
    let people: Vec<&Assessment> = g.people.iter().collect();
    assert_eq!(people.len(), 25);

    session.click_on("button", "Open workshop mode").await;
    session.find("heading", WORKSHOP_HEADING).await;
    wait_for_focus(&session, &format!("h2:{WORKSHOP_HEADING}")).await;
    session
        .assert_no_axe_violations(&env.axe, "empty workshop")
        .await;

    // Two batches: the second is added to the same merge.
    choose_files(&session, &g.files[..18]).await;
    session
        .wait_until(
            "the first batch",
            &format!("{ROOT}.querySelectorAll('table.pa-ws-files tbody tr').length === 18"),
        )
        .await;
    session.find("button", "Add more files").await;
    choose_files(&session, &g.files[18..]).await;
    session
        .wait_until(
            "both batches",
            &format!("{ROOT}.querySelectorAll('table.pa-ws-files tbody tr').length === 30"),
        )
        .await;

    // The report per file, with the engine's own reasons for the two refused files.
    let report = table_rows(&session, "pa-ws-files").await;
    for (row, (name, status)) in report.iter().zip(&g.statuses) {
        assert_eq!(&row[0], name);
        assert_eq!(&row[1], status, "{name}");
    }
    for name in ["broken.json", "package.json"] {
        let contents = &g.files.iter().find(|f| f.0 == name).expect("generated").1;
        let reason = import(contents.as_bytes())
            .expect_err("refused")
            .to_string();
        let row = report.iter().find(|r| r[0] == name).expect("a row");
        assert_eq!(row[2], reason, "{name}");
    }
    let old = report
        .iter()
        .find(|r| r[0] == "person-03 (old copy).json")
        .expect("the old copy's row");
    assert!(old[2].contains("person-03.json"), "{old:?}");
    assert!(
        shadow_text(&session, ".pa-ws-status")
            .await
            .contains("includes 25 people"),
    );

    // Who is included.
    assert_eq!(shadow_text(&session, ".pa-ws-respondents").await, "25");

    // The dimension table: the overall index, then the eight areas.
    let dims = table_rows(&session, "pa-ws-dimensions").await;
    assert_eq!(dims.len(), 1 + INSTRUMENTS.readiness.dimensions.len());
    assert_eq!(dims[0][0], "Overall readiness");
    assert_eq!(
        dims[0][1..],
        cells(&figures(&dimension_values(&people, None), 100))
    );
    for (i, d) in INSTRUMENTS.readiness.dimensions.iter().enumerate() {
        let row = &dims[i + 1];
        assert_eq!(row[0], d.title.en());
        assert_eq!(
            row[1..],
            cells(&figures(&dimension_values(&people, Some(i)), 100)),
            "{}",
            d.id
        );
    }
    // The chart draws a bar for each row of the table.
    let bars: usize = session
        .eval(&format!(
            "{ROOT}.querySelectorAll('.pa-chart-rows .pa-ws-mean').length"
        ))
        .await;
    assert_eq!(bars, dims.len());

    // Every statement: the distribution and its figures.
    let items = table_rows(&session, "pa-ws-items").await;
    let all_items: Vec<_> = INSTRUMENTS
        .readiness
        .dimensions
        .iter()
        .flat_map(|d| d.items)
        .collect();
    assert_eq!(items.len(), all_items.len());
    let mut item_agreement = BTreeMap::new();
    for (row, item) in items.iter().zip(&all_items) {
        assert_eq!(row[0], item.text.en());
        let (values, dont_know) = item_values(&people, item.id);
        let counts: Vec<String> = (0..5)
            .map(|v| values.iter().filter(|&&x| x == v).count().to_string())
            .collect();
        assert_eq!(row[1..6], counts, "{}", item.id);
        assert_eq!(row[6], dont_know.to_string(), "{}", item.id);
        let f = figures(&values, 4);
        assert_eq!(row[7..], cells(&f), "{}", item.id);
        item_agreement.insert(item.text.en(), f.agreement);
    }
    let bars: usize = session
        .eval(&format!(
            "{ROOT}.querySelectorAll('table.pa-ws-items .pa-ws-dist').length"
        ))
        .await;
    assert_eq!(bars, all_items.len(), "a distribution bar per statement");

    // Least consensus: each listed statement's agreement is ours, lowest first, with a prompt.
    let topics = shadow_texts(&session, ".pa-ws-topic").await;
    assert!(!topics.is_empty());
    let mut last = 0;
    for t in &topics {
        let Some((text, agreement)) = item_agreement
            .iter()
            .find(|(text, _)| t.starts_with(**text))
        else {
            continue; // a barrier
        };
        let agreement = agreement.expect("at least two answers");
        assert!(
            t.contains(&format!("Agreement: {} ({agreement})", band(agreement))),
            "{text}: {t}"
        );
        assert!(agreement >= last, "least agreement first");
        last = agreement;
    }
    assert_eq!(
        shadow_texts(&session, ".pa-ws-prompt").await.len(),
        topics.len()
    );

    // Barriers: presence and harm from the answers, risk = presence × harm.
    let barriers = table_rows(&session, "pa-ws-barriers").await;
    for (row, b) in barriers.iter().zip(INSTRUMENTS.barriers.barriers) {
        assert_eq!(row[0], b.title.en());
        let rated = |harm: bool| -> Vec<u64> {
            people
                .iter()
                .filter_map(|p| {
                    let a = p.answers.barriers.get(b.id)?;
                    if harm { a.harm } else { a.presence }
                })
                .map(|r| u64::from(r.get()))
                .collect()
        };
        let risk: Vec<u64> = people
            .iter()
            .filter_map(|p| {
                let a = p.answers.barriers.get(b.id)?;
                // "Not present" is rated, with risk 0 and no harm question.
                match a.presence?.get() {
                    0 => Some(0),
                    presence => Some(u64::from(presence) * u64::from(a.harm?.get())),
                }
            })
            .collect();
        let shown = |f: Figures| {
            let a = f.agreement.map_or_else(
                || "Too few answers (–)".to_owned(),
                |a| format!("{} ({a})", band(a)),
            );
            (decimal(f.mean), a)
        };
        let (pm, pa) = shown(figures(&rated(false), 4));
        let (hm, ha) = shown(figures(&rated(true), 4));
        assert_eq!(row[1..5], [pm, pa, hm, ha], "{}", b.id);
        assert_eq!(row[5], decimal(figures(&risk, 16).mean), "{}", b.id);
    }

    // Timing verdicts.
    let verdicts = table_rows(&session, "pa-ws-verdicts").await;
    let mut counts = [0u64; 4];
    for p in &people {
        counts[evaluate(&p.answers).timing.verdict as usize] += 1;
    }
    for (row, count) in verdicts.iter().zip(counts) {
        assert_eq!(row[1], count.to_string(), "{}", row[0]);
    }
    let top = counts.iter().max().copied().unwrap_or(0);
    let agreement = (2 * 1000 * top + 25) / 50;
    // Numbers are written by the browser's Intl, with English grouping: "1,000".
    let grouped = |n: u64| {
        if n >= 1000 {
            format!("{},{:03}", n / 1000, n % 1000)
        } else {
            n.to_string()
        }
    };
    assert!(
        shadow_text(&session, ".pa-ws-verdict-agreement")
            .await
            .contains(&format!("({} in 1,000", grouped(agreement))),
    );

    // Subgroups: partners (2 people) are hidden and said so; the one person without a
    // role plus the 2 partners make 3 outside the visible groups, so no one else hides.
    let hidden = shadow_texts(&session, ".pa-ws-hidden li").await;
    assert_eq!(hidden.len(), 1, "{hidden:?}");
    assert!(hidden[0].starts_with("Partner organizations: not shown"));
    let by_role = table_rows(&session, "pa-ws-subgroups").await;
    let heads = shadow_texts(&session, "table.pa-ws-subgroups thead th").await;
    assert_eq!(
        heads,
        ["Area", "Staff", "Board", "Volunteers", "Community members"]
    );
    let roles = [
        RespondentRole::Staff,
        RespondentRole::Board,
        RespondentRole::Volunteer,
        RespondentRole::CommunityMember,
    ];
    for (col, role) in roles.iter().enumerate() {
        let members: Vec<&Assessment> = people
            .iter()
            .copied()
            .filter(|p| p.respondent_role == Some(*role))
            .collect();
        assert_eq!(by_role[0][col + 1], members.len().to_string());
        assert_eq!(
            by_role[1][col + 1],
            decimal(figures(&dimension_values(&members, None), 100).mean)
        );
        for i in 0..INSTRUMENTS.readiness.dimensions.len() {
            assert_eq!(
                by_role[2 + i][col + 1],
                decimal(figures(&dimension_values(&members, Some(i)), 100).mean),
                "{role:?} dimension {i}"
            );
        }
    }
    assert!(
        !shadow_text(&session, ".pa-ws")
            .await
            .contains("Partner organizations average"),
        "a hidden group never appears with a figure"
    );

    session
        .assert_no_axe_violations(&env.axe, "workshop profile")
        .await;
    session.screenshot("workshop-profile").await;

    fits_a_narrow_phone(&session, &env, "workshop").await;

    session.finish_within(&site).await;
}

#[tokio::test(flavor = "multi_thread")]
async fn the_presenter_view_moves_by_keyboard_shows_no_names_and_the_summary_exports() {
    let (env, site, session) = open_demo().await;
    let downloads = session.allow_downloads().await;
    let g = generate();
    session.click_on("button", "Open workshop mode").await;
    // Workshop mode is loaded when opened: its screen, not the start page's file input.
    session.find("heading", WORKSHOP_HEADING).await;
    choose_files(&session, &g.files).await;
    session.find("button", "Show on a projector").await;

    // Presenter: focus on each topic's heading, progress announced, arrows and Escape.
    let total = present(&session).await;
    let status_role: String = session
        .eval(&format!(
            "{ROOT}.querySelector('.pa-presenter-progress').getAttribute('role')"
        ))
        .await;
    assert_eq!(status_role, "status", "the progress is announced");
    assert!(
        shadow_text(&session, ".pa-presenter")
            .await
            .contains("25 people")
    );
    session
        .assert_no_axe_violations(&env.axe, "presenter")
        .await;
    session.screenshot("workshop-presenter").await;

    // No file name ever; no organisation name but on the topic of organisations (those
    // with three people or more); never the one person from the format-1 file's.
    let names: Vec<String> = g
        .files
        .iter()
        .map(|f| f.0.clone())
        .chain(ORGANIZATIONS.iter().map(|o| o.to_string()))
        .collect();
    for n in 1..=total {
        let text = shadow_text(&session, ".pa-presenter").await;
        assert!(text.contains(&format!("Topic {n} of {total}")), "{text}");
        let organizations = text.contains(ORGANIZATIONS_TOPIC);
        for name in &names[..names.len() - usize::from(organizations) * ORGANIZATIONS.len()] {
            assert!(!text.contains(name.as_str()), "topic {n} shows {name}");
        }
        assert!(!text.contains(ALONE), "topic {n} shows {ALONE}");
        assert!(!text.contains(".json"), "topic {n} shows a file name");
        if n == 2 {
            assert!(text.contains("The eight areas of readiness"));
        }
        session.press("ArrowRight").await;
        wait_for_topic(&session, "the next topic", (n + 1).min(total), total).await;
    }
    session.press("ArrowLeft").await;
    wait_for_topic(&session, "the previous topic", total - 1, total).await;
    session
        .click_then_wait_until(
            "button",
            "Previous topic",
            "the previous topic by button",
            &format!(
                "{ROOT}.querySelector('.pa-presenter-progress').textContent === 'Topic {} of {total}'",
                total - 2
            ),
        )
        .await;
    session.press("Escape").await;
    wait_for_focus(&session, &format!("h2:{WORKSHOP_HEADING}")).await;

    // The group summary as JSON.
    session.click_on("button", "Save the group summary").await;
    let file = harness::wait_for_download(downloads.path(), "json").await;
    let name = harness::file_name(&file);
    assert!(
        name.starts_with("group-summary-20") && name.len() == "group-summary-2026-01-01.json".len(),
        "{name}"
    );
    let doc: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&file).expect("read")).expect("JSON");
    assert_eq!(
        doc["$schema"],
        "urn:partnership-assessment:group-summary:v3"
    );
    assert_eq!(doc["profile"]["group"]["respondents"], 25);
    // No one answered the health check: the summary says nothing of health.
    assert!(doc["profile"]["group"]["health"].is_null());
    let files = doc["files"].as_array().expect("files");
    assert_eq!(files.len(), 30);
    let count = |status: &str| files.iter().filter(|f| f["status"] == status).count();
    assert_eq!(count("accepted"), 24);
    assert_eq!(count("migrated"), 1);
    assert_eq!(count("duplicate-of"), 3);
    assert_eq!(count("rejected"), 2);
    let people: Vec<&Assessment> = g.people.iter().collect();
    let first = &INSTRUMENTS.readiness.dimensions[0].items[0];
    let (values, _) = item_values(&people, first.id);
    let f = figures(&values, 4);
    let item = &doc["profile"]["group"]["items"][0];
    assert_eq!(item["item"], first.id);
    assert_eq!(item["stats"]["mean"], f.mean.expect("answers"));
    assert_eq!(item["stats"]["sd"], f.sd.expect("answers"));
    let text = String::from_utf8(std::fs::read(&file).expect("read")).expect("UTF-8");
    assert!(
        !text.contains(ALONE),
        "the summary never names an organization of fewer than three people"
    );

    // The CSV: the same figure for the same statement.
    session
        .click_on("button", "Save for a spreadsheet (CSV)")
        .await;
    let csv_file = harness::wait_for_download(downloads.path(), "csv").await;
    let csv = String::from_utf8(std::fs::read(&csv_file).expect("read")).expect("UTF-8");
    assert!(csv.starts_with("\u{feff}group,kind,id,"), "{}", &csv[..40]);
    let row = csv
        .lines()
        .find(|l| l.starts_with(&format!("all,item,{},", first.id)))
        .expect("the first statement's row");
    assert!(
        row.contains(&format!(
            ",{},{},{},",
            f.n,
            decimal(f.mean),
            decimal(f.median)
        )),
        "{row}"
    );
    session
        .wait_until(
            "the saved message",
            &format!(
                "{ROOT}.querySelector('.pa-ws-status').textContent.includes('group-summary-')"
            ),
        )
        .await;

    // Start over forgets every file.
    session.click_on("button", "Start over").await;
    session.find("button", "Choose everyone's files").await;
    let rows: usize = session
        .eval(&format!("{ROOT}.querySelectorAll('table').length"))
        .await;
    assert_eq!(rows, 0);
    session.click_on("button", "Back to the start").await;
    session.find("heading", "Before you start").await;

    session.finish_within(&site).await;
}

/// The `i`th partner of the workshop `workshop` (a byte of every result id), from
/// `organization`, with no answers yet.
fn partner(i: u8, workshop: u8, organization: &str) -> Assessment {
    let mut id = [0u8; 16];
    id[0] = i + 1;
    id[15] = workshop;
    let mut a = Assessment::new(
        ResultId::from_random_bytes(id),
        Timestamp::from_unix_millis(1_790_000_000_000),
    );
    a.set_organization_name(organization);
    a
}

/// Ten partners: four from Riverside Food Bank (its name typed three ways), three from
/// Northgate Tenants Union, two from Harbor Literacy Project and one who named none. Each
/// organisation's answers lean its own way.
fn partners() -> Vec<(String, String)> {
    let mut rng = Rng(0x0a9_2026);
    let typed = [
        ("Riverside Food Bank", 0),
        ("riverside food bank", 0),
        ("Riverside  Food Bank", 0),
        ("Riverside Food Bank", 0),
        ("Northgate Tenants Union", 2),
        ("Northgate Tenants Union", 2),
        ("NORTHGATE TENANTS UNION", 2),
        ("Harbor Literacy Project", 4),
        ("Harbor Literacy Project", 4),
        ("", 1),
    ];
    typed
        .iter()
        .enumerate()
        .map(|(i, &(organization, lean))| {
            let mut a = partner(i as u8, 0x0a, organization);
            a.answers = answers_for(&mut rng, lean);
            (format!("partner-{:02}.json", i + 1), export(&a))
        })
        .collect()
}

#[tokio::test(flavor = "multi_thread")]
async fn partners_from_several_organisations_see_where_each_sees_things_differently() {
    let (env, site, session) = open_demo().await;
    session.click_on("button", "Open workshop mode").await;
    session.find("heading", WORKSHOP_HEADING).await;
    choose_files(&session, &partners()).await;
    session.find("heading", "By organization").await;

    // Two organisations compared, as most of their people wrote their names; the two
    // people of the third are counted, never named.
    let head = shadow_texts(&session, "table.pa-ws-organizations thead th").await;
    assert_eq!(
        head,
        ["Area", "Northgate Tenants Union", "Riverside Food Bank"]
    );
    let rows = table_rows(&session, "pa-ws-organizations").await;
    assert_eq!(rows[0], ["People", "3", "4"]);
    assert_eq!(rows.len(), 2 + INSTRUMENTS.readiness.dimensions.len());
    let notes = shadow_texts(&session, ".pa-ws-org-notes li").await;
    assert_eq!(
        notes,
        [
            "To protect people's privacy, an organization is shown, and named, only when at \
             least 3 people from it answered.",
            "1 organization is not shown, because fewer than 3 people from it answered.",
            "1 person named no organization: their answers count in the whole group only.",
        ]
    );
    assert!(
        !shadow_texts(&session, ".pa-ws-org-gaps li")
            .await
            .is_empty()
    );
    session.find("heading", ORGANIZATIONS_TOPIC).await;
    let screen = shadow_text(&session, ".pa-ws").await;
    assert!(
        !screen.contains("Harbor Literacy"),
        "a hidden organization is named"
    );
    assert!(
        !screen.contains(HEALTH_TITLE),
        "no one answered the health check: nothing about health shows"
    );
    session
        .assert_no_axe_violations(&env.axe, "workshop organizations")
        .await;

    fits_a_narrow_phone(&session, &env, "workshop-organizations").await;

    // The presenter's last topic: where the organisations differ, by name.
    let total = present(&session).await;
    for n in 2..=total {
        session.press("ArrowRight").await;
        wait_for_topic(&session, "the next topic", n, total).await;
    }
    wait_for_focus(&session, &format!("h2:{ORGANIZATIONS_TOPIC}")).await;
    let topic = shadow_text(&session, ".pa-presenter").await;
    assert!(
        topic.contains("“Riverside Food Bank”") && topic.contains("“Northgate Tenants Union”"),
        "{topic}"
    );
    assert!(
        !topic.contains("Harbor") && !topic.contains(".json"),
        "{topic}"
    );
    session
        .assert_no_axe_violations(&env.axe, "presenter, organizations")
        .await;
    session.screenshot("workshop-organizations-presenter").await;
    session.press("Escape").await;
    wait_for_focus(&session, &format!("h2:{WORKSHOP_HEADING}")).await;

    session.finish_within(&site).await;
}

/// The heading of the report's health part and the title of its presenter topic.
const HEALTH_TITLE: &str = "Partnership health";

/// Six partners who took the health check of their running partnership: three from
/// Riverside Food Bank, who find the shares fair and the partnership worth more than it
/// costs, and three from Eastside Tenants Union, who find the shares unfair and the
/// partnership costing more than it gives. Every other area is rated the same by all.
fn health_partners() -> Vec<(String, String)> {
    let health = &INSTRUMENTS.health;
    (0..6u8)
        .map(|i| {
            let riverside = i < 3;
            let organization = if riverside {
                "Riverside Food Bank"
            } else {
                "Eastside Tenants Union"
            };
            let mut a = partner(i, 0x4e, organization);
            for dim in health.scored.dimensions {
                let good = match (dim.id, riverside) {
                    ("fairness", true) => 4,
                    ("fairness", false) => 0,
                    _ => 3,
                };
                for item in dim.items {
                    let v = if item.reverse { 4 - good } else { good };
                    a.answers
                        .set_health(item.id, ReadinessAnswer::Scale(rating(v)));
                }
            }
            let (benefits, costs) = if riverside { (4, 1) } else { (1, 4) };
            a.answers.set_balance(
                health.balance.benefits().id,
                TimingAnswer::Scale(rating(benefits)),
            );
            a.answers.set_balance(
                health.balance.costs().id,
                TimingAnswer::Scale(rating(costs)),
            );
            (format!("health-{:02}.json", i + 1), export(&a))
        })
        .collect()
}

#[tokio::test(flavor = "multi_thread")]
async fn partners_who_took_the_health_check_see_which_organisation_finds_the_shares_unfair() {
    let (env, site, session) = open_demo().await;
    session.click_on("button", "Open workshop mode").await;
    session.find("heading", WORKSHOP_HEADING).await;
    choose_files(&session, &health_partners()).await;
    session.find("heading", HEALTH_TITLE).await;

    // The health part: everyone answered; fair shares 100 in one organisation, 0 in the
    // other, so 50.00 on average and the room split.
    let lines = shadow_texts(&session, ".pa-ws-part p").await;
    assert!(
        lines.contains(
            &"6 people answered the partnership health check; the figures below are about \
              their answers."
                .to_owned()
        ),
        "{lines:?}"
    );
    let rows = table_rows(&session, "pa-ws-health").await;
    assert_eq!(rows.len(), 1 + INSTRUMENTS.health.scored.dimensions.len());
    assert_eq!(rows[0][0], "Overall health");
    let fair = rows
        .iter()
        .find(|r| r[0] == "Fair shares")
        .expect("a row for fair shares");
    assert_eq!(fair[1..3], ["6", "50.00"]);
    assert_eq!(fair.last().map(String::as_str), Some("Low (0)"));
    let balance = shadow_texts(&session, ".pa-ws-health-balance li").await;
    assert_eq!(balance[0], "Gives more than it costs: 3 people");
    assert_eq!(balance[2], "Costs more than it gives: 3 people");
    assert_eq!(
        shadow_texts(&session, ".pa-ws-health-recommendations li")
            .await
            .len(),
        5
    );

    // Where the organisations see things differently: fair shares, by name.
    let gaps = shadow_texts(&session, ".pa-ws-org-gaps li").await;
    assert_eq!(
        gaps.first().map(String::as_str),
        Some(
            "Fair shares: “Riverside Food Bank” average 100.00, “Eastside Tenants Union\u{201d} \
             average 0.00."
        ),
        "{gaps:?}"
    );
    let rows = table_rows(&session, "pa-ws-organizations").await;
    let fair = rows.iter().find(|r| r[0] == "Fair shares").expect("a row");
    assert_eq!(fair[1..], ["0.00", "100.00"]);
    session
        .assert_no_axe_violations(&env.axe, "workshop health")
        .await;
    fits_a_narrow_phone(&session, &env, "workshop-health").await;

    // The presenter: a topic on health with the areas and no one's name, then the gap.
    let total = present(&session).await;
    let mut n = 1;
    while shadow_text(&session, ".pa-presenter-title").await != HEALTH_TITLE {
        assert!(n < total, "no topic on partnership health");
        n += 1;
        session.press("ArrowRight").await;
        wait_for_topic(&session, "the next topic", n, total).await;
    }
    wait_for_focus(&session, &format!("h2:{HEALTH_TITLE}")).await;
    let topic = shadow_texts(&session, ".pa-ws-slide-list li").await;
    assert!(
        topic.contains(&"Fair shares: average 50.00, agreement low".to_owned()),
        "{topic:?}"
    );
    let all = topic.join("\n");
    assert!(
        !all.contains("Riverside") && !all.contains("Eastside") && !all.contains(".json"),
        "{all}"
    );
    session
        .assert_no_axe_violations(&env.axe, "presenter, health")
        .await;
    session.screenshot("workshop-health-presenter").await;
    while n < total {
        n += 1;
        session.press("ArrowRight").await;
        wait_for_topic(&session, "the next topic", n, total).await;
    }
    wait_for_focus(&session, &format!("h2:{ORGANIZATIONS_TOPIC}")).await;
    let last = shadow_text(&session, ".pa-presenter").await;
    assert!(
        last.contains("Fair shares: “Riverside Food Bank” 100.00"),
        "{last}"
    );
    session.press("Escape").await;
    wait_for_focus(&session, &format!("h2:{WORKSHOP_HEADING}")).await;

    session.finish_within(&site).await;
}
