//! Workshop mode speaks only the catalogue: every label, row, sentence, presenter topic and
//! summary text is found inside the pseudo-language's brackets (nothing English slips past),
//! and in Arabic and Spanish the counts take the form their plural rules choose.
//!
//! The files merged were answered by different people, some in another format version; the
//! names given to them are digits only, so any letter outside the brackets is a word that
//! bypassed the catalogue.

#[path = "common/languages.rs"]
mod languages;

use std::rc::Rc;

use partnership_engine::catalogue::{self, Conventions, PluralCategory};
use partnership_engine::words::workshop as words;
use partnership_engine::workshop::presentation::{self as say, SlideBody, Wording};
use partnership_engine::workshop::presenter::slides;
use partnership_engine::workshop::*;
use partnership_engine::{
    Assessment, INSTRUMENTS, Rating, ReadinessAnswer, RespondentRole, ResultId, Timestamp,
    TimingAnswer, export,
};

const W: Wording<'static> = Wording {
    instruments: &INSTRUMENTS,
    lang: "en",
};

fn r(v: u8) -> Rating {
    Rating::new(v).expect("on the scale")
}

/// A person's results, answered so that the room disagrees on some statements.
fn person(seed: u8, role: Option<RespondentRole>, at: i64) -> Assessment {
    let mut a = Assessment::new(
        ResultId::from_random_bytes([seed; 16]),
        Timestamp::from_unix_millis(0),
    );
    a.respondent_role = role;
    let p = usize::from(seed);
    for (d, dim) in INSTRUMENTS.readiness.dimensions.iter().enumerate() {
        for (i, item) in dim.items.iter().enumerate() {
            let answer = match (p + d + i) % 9 {
                0 => ReadinessAnswer::DontKnow,
                _ => ReadinessAnswer::Scale(r(((p * 3 + d * 2 + i) % 5) as u8)),
            };
            a.answers.set_readiness(item.id, answer);
        }
    }
    for (b, barrier) in INSTRUMENTS.barriers.barriers.iter().enumerate() {
        let presence = ((p + b) % 5) as u8;
        let harm = ((p * 2 + b) % 5) as u8;
        a.answers
            .set_barrier(barrier.id, Some(r(presence)), Some(r(harm)));
    }
    for (t, q) in INSTRUMENTS.timing.triggers.iter().enumerate() {
        a.answers
            .set_timing(q.id, TimingAnswer::Scale(r(((p + t) % 5) as u8)));
    }
    let health = &INSTRUMENTS.health;
    for (d, dim) in health.scored.dimensions.iter().enumerate() {
        for (i, item) in dim.items.iter().enumerate() {
            let v = r(((p * 2 + d + i) % 5) as u8);
            a.answers.set_health(item.id, ReadinessAnswer::Scale(v));
        }
    }
    let (benefits, costs) = (health.balance.benefits(), health.balance.costs());
    a.answers
        .set_balance(benefits.id, TimingAnswer::Scale(r((p % 5) as u8)));
    a.answers
        .set_balance(costs.id, TimingAnswer::Scale(r(((p + 2) % 5) as u8)));
    a.touch(Timestamp::from_unix_millis(at));
    a
}

/// Three staff, three community members and a board member in the first format version
/// (the file also holds an organisation's name, alone so never shown, and reflections), a
/// file saved twice and a file chosen twice. The staff and community members come from
/// two organisations, "11" and "22", three people each. With `hidden`, the board member is
/// alone: their role is hidden, and so is the next smallest with them, and of the
/// organisations only one can be shown; else two more board members (naming no
/// organisation) make three roles and two organisations to compare. Names are digits.
fn room(hidden: bool) -> (WorkshopMerge, WorkshopProfile) {
    use RespondentRole::{Board, CommunityMember, Staff};
    let mut roles = vec![
        Staff,
        Staff,
        Staff,
        CommunityMember,
        CommunityMember,
        CommunityMember,
    ];
    if !hidden {
        roles.extend([Board, Board]);
    }
    let mut files: Vec<(String, Vec<u8>)> = Vec::new();
    for (i, role) in roles.iter().enumerate() {
        let mut a = person(i as u8 + 1, Some(*role), 20);
        match i {
            0 | 1 | 3 => a.set_organization_name("11"),
            2 | 4 | 5 => a.set_organization_name("22"),
            _ => {}
        }
        files.push((format!("{}", i + 1), export(&a).into_bytes()));
    }
    let mut older = person(1, Some(Staff), 10);
    older.set_organization_name("11");
    files.push(("100".into(), export(&older).into_bytes()));
    let mut again = person(2, Some(Staff), 20);
    again.set_organization_name("11");
    files.push(("200".into(), export(&again).into_bytes()));
    let v1 = include_bytes!("fixtures/results-v1.json");
    files.push(("300".into(), v1.to_vec()));
    let merged = merge(&files);
    let p = profile(&merged);
    (merged, p)
}

/// Organisations compared, with `fewer` and `reveal` more not shown and `without` people
/// naming none.
fn left_out(fewer: u32, reveal: u32, without: u32) -> OrganizationProfile {
    OrganizationProfile {
        comparison: OrganizationComparison::Compared,
        named: fewer + reveal,
        groups: Vec::new(),
        hidden_fewer_than_three: fewer,
        hidden_would_reveal_others: reveal,
        without_organization: without,
        gaps: Vec::new(),
    }
}

/// Every text workshop mode shows for this merge, with where it comes from.
fn everything_shown(merged: &WorkshopMerge, p: &WorkshopProfile) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = Vec::new();
    let mut add = |what: &str, text: &str| out.push((what.to_owned(), text.to_owned()));
    add(
        "status",
        &say::status(
            merged.files.len() + 1,
            merged.respondents.len(),
            say::left_out(merged, 1),
        ),
    );
    for row in merged.files.iter().map(|f| say::file_row_in(merged, f)) {
        add("file result", row.result);
        add("file details", &row.details);
    }
    let lost = say::unreadable_row("400", words::unreadable());
    add("unreadable", lost.result);
    for label in [say::file_button(0), say::file_button(3)] {
        add("file button", label);
    }
    for head in words::files_head()
        .into_iter()
        .chain(words::dimensions_head())
        .chain(words::items_head())
        .chain(words::barriers_head())
        .chain(words::verdicts_head())
    {
        add("column", head);
    }
    add("items note", &say::items_note());
    add("barriers note", &say::barriers_note());
    add("privacy", &say::privacy_notice());
    for reason in [
        HiddenReason::FewerThanThree,
        HiddenReason::WouldRevealOthers,
    ] {
        add("hidden reason", &say::hidden_reason(reason));
    }
    for role in RespondentRole::ALL {
        add("role", say::role_group(role));
    }
    let t = say::profile_text(W, p);
    add("included", &t.included.whole());
    add("overview", &t.overview);
    for a in &t.areas {
        add("area", a.row.title);
        for c in &a.row.cells {
            add("area cell", c);
        }
        if let Some(bar) = &a.bar {
            add("chart mean", &bar.mean);
        }
    }
    for topic in &t.topics {
        add("topic", topic.title);
        add("topic detail", &topic.detail);
        add("prompt", &topic.prompt);
    }
    for row in t
        .items
        .iter()
        .map(|i| &i.row)
        .chain(&t.barriers)
        .chain(&t.verdicts)
    {
        add("row", row.title);
        for c in &row.cells {
            add("cell", c);
        }
    }
    add("verdict agreement", &t.verdict_agreement);
    if let Some(h) = &t.health {
        add("health answered", &h.answered);
        add("health overview", &h.overview);
        for a in &h.areas {
            add("health area", a.row.title);
            for c in &a.row.cells {
                add("health area cell", c);
            }
        }
        for line in h.balance.iter().chain(&h.recommendations) {
            add("health count", line);
        }
    }
    add("health title", words::health_title());
    add("health caption", words::health_caption());
    add(
        "health recommendations title",
        words::health_recommendations_title(),
    );
    for h in &t.hidden {
        add("hidden", h);
    }
    // The tables of roles and of organisations.
    let o = &t.organizations;
    let heads = t.roles_head.iter().copied();
    for head in heads.chain(o.head.iter().map(String::as_str)) {
        add("group head", head);
    }
    for row in t.roles.iter().chain(&o.rows) {
        add("group row", row.title);
        for c in &row.cells {
            add("group cell", c);
        }
    }
    for g in &t.gaps {
        add("gap", g);
    }
    for note in &o.notes {
        add("organization note", note);
    }
    for g in &o.gaps {
        add("organization gap", g);
    }
    add("organizations title", words::organizations_title());
    add("organizations caption", words::organizations_caption());
    add("organization gaps title", words::organization_gaps_title());
    for c in [
        OrganizationComparison::NoneNamed,
        OrganizationComparison::OneNamed,
        OrganizationComparison::NoneLargeEnough,
        OrganizationComparison::OnlyOneLargeEnough,
        OrganizationComparison::WouldRevealOthers,
    ] {
        add(
            "organizations not compared",
            &say::organization_comparison(c).unwrap_or_default(),
        );
    }
    for n in [1, 2, 3, 11] {
        for line in say::organizations_left_out(&left_out(n, n, n)) {
            add("organizations left out", &line);
        }
    }
    let topics = slides(p);
    for i in 0..topics.len() {
        let s = say::slide_text(W, &topics, i, p);
        add("progress", &s.progress);
        add("slide title", s.title);
        match s.body {
            SlideBody::Headline { figure, text } => {
                add("headline", &figure);
                add("headline text", &text);
            }
            SlideBody::Lines(lines) => {
                for l in lines {
                    add("slide line", &l);
                }
            }
            SlideBody::Discussion { text, prompt } => {
                add("discussion", &text);
                add("discussion prompt", &prompt);
            }
        }
    }
    out
}

/// The cells of one CSV line (quotes as [`partnership_engine::csv`] writes them).
fn cells(line: &str) -> Vec<String> {
    let mut out = vec![String::new()];
    let mut quoted = false;
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '"' if quoted && chars.peek() == Some(&'"') => {
                chars.next();
                out.last_mut().unwrap().push('"');
            }
            '"' => quoted = !quoted,
            ',' if !quoted => out.push(String::new()),
            _ => out.last_mut().unwrap().push(c),
        }
    }
    out
}

fn assert_all_translated(shown: &[(String, String)]) {
    let bad: Vec<String> = shown
        .iter()
        .filter_map(|(what, text)| {
            let left = catalogue::untranslated(text);
            (!left.is_empty()).then(|| format!("{what}: {text:?} shows {left:?}"))
        })
        .collect();
    assert!(
        bad.is_empty(),
        "words outside the catalogue:\n{}",
        bad.join("\n")
    );
}

#[test]
fn every_text_of_workshop_mode_comes_from_the_catalogue() {
    catalogue::install_pseudo();
    for hidden in [false, true] {
        let (merged, p) = room(hidden);
        if hidden {
            assert_eq!(p.hidden_groups.len(), 2, "one hidden for each reason");
        } else {
            assert!(!p.gaps.is_empty(), "the roles are compared");
        }
        assert!(!p.least_consensus.is_empty());
        let o = &p.organizations;
        if hidden {
            assert_eq!(o.comparison, OrganizationComparison::WouldRevealOthers);
        } else {
            assert_eq!(o.comparison, OrganizationComparison::Compared);
            assert!(!o.gaps.is_empty(), "the organisations are compared");
            assert!(slides(&p).contains(&presenter::Slide::OrganizationGaps));
        }
        assert!(slides(&p).contains(&presenter::Slide::Health));
        let shown = everything_shown(&merged, &p);
        assert!(shown.iter().any(|(w, _)| w == "health area"));
        assert!(shown.iter().any(|(w, _)| w == "hidden") == hidden);
        assert!(shown.iter().any(|(w, _)| w == "organization gap") != hidden);
        assert_all_translated(&shown);
    }
    for band in [
        None,
        Some(AgreementBand::Low),
        Some(AgreementBand::Moderate),
        Some(AgreementBand::High),
    ] {
        assert_all_translated(&[
            ("band".into(), say::band_word(band).into()),
            (
                "band in a sentence".into(),
                say::band_in_sentence(band).into(),
            ),
        ]);
    }
    for topic in [
        ConsensusTopic::Item,
        ConsensusTopic::BarrierPresence,
        ConsensusTopic::BarrierHarm,
    ] {
        assert_all_translated(&[("kind".into(), say::consensus_topic(topic).into())]);
    }
    catalogue::install_english();
}

#[test]
fn the_summary_speaks_the_language_it_is_asked_for() {
    catalogue::install_pseudo();
    let lang = catalogue::language();
    let (merged, p) = room(true);
    let csv = summary_csv(&INSTRUMENTS, &p, &lang);
    let mut checked = 0;
    for line in csv.trim_start_matches('\u{feff}').split("\r\n").skip(1) {
        let c = cells(line);
        if c.len() < 22 {
            continue;
        }
        for (what, text) in [("text", &c[3]), ("distribution", &c[21])] {
            assert!(
                catalogue::untranslated(text).is_empty(),
                "{what} of {line:?}"
            );
            checked += usize::from(!text.is_empty());
        }
    }
    assert!(checked > 20, "{checked} cells");
    assert!(csv.contains("hidden-group"), "the ids stay");
    let json = summary_json(
        &INSTRUMENTS,
        &merged,
        &p,
        Timestamp::from_unix_millis(0),
        &lang,
    );
    let doc: serde_json::Value = serde_json::from_str(&json).expect("JSON");
    let prompts = doc["discussionPrompts"].as_array().expect("prompts");
    assert!(!prompts.is_empty());
    for prompt in prompts {
        let text = prompt["prompt"].as_str().expect("a prompt");
        assert!(catalogue::untranslated(text).is_empty(), "{text}");
    }
    // Asked for English while another language is spoken: English, as before.
    let english = summary_csv(&INSTRUMENTS, &p, "en");
    assert!(english.contains("concern "), "{english}");
    assert!(english.contains("hidden: fewer than three respondents"));
    catalogue::install_english();
}

/// Arabic as `Intl.PluralRules` and `Intl.NumberFormat` write it (`ar`): six plural
/// categories and Arabic-Indic digits.
struct Arabic;

impl Conventions for Arabic {
    fn plural(&self, n: u64) -> PluralCategory {
        languages::arabic_plural(n)
    }

    fn number(&self, n: i64) -> String {
        languages::arabic_digits(n)
    }

    fn date(&self, _: i64) -> String {
        String::new()
    }
}

fn install(tag: &str, conventions: Rc<dyn Conventions>) {
    let pack = languages::pack(tag);
    catalogue::install(tag, pack, conventions).expect("the pack fits");
}

#[test]
fn arabic_counts_take_the_form_their_number_needs() {
    install("ar", Rc::new(Arabic));
    assert_eq!(
        say::status(2, 3, 0),
        "قُرئ ملفان. تشمل نتائج المجموعة إجابات ٣ أشخاص؛ لم يُستبعد أي ملف (تجدون السبب في الجدول)."
    );
    assert_eq!(
        say::status(11, 1, 100),
        "قُرئ ١١ ملفًا. تشمل نتائج المجموعة إجابات شخص واحد؛ استُبعد ١٠٠ ملف (تجدون السبب في الجدول)."
    );
    // The smallest group shown is 3: the "few" form.
    assert!(say::privacy_notice().contains("٣ أشخاص على الأقل"));
    // One or two people could be worked out: the "two" form.
    assert_eq!(
        say::hidden_reason(HiddenReason::WouldRevealOthers),
        "عرضه سيسمح للآخرين باستنتاج إجابات شخص أو شخصين"
    );
    let hidden = say::hidden_group(&HiddenGroup {
        role: RespondentRole::Board,
        reason: HiddenReason::FewerThanThree,
    });
    assert_eq!(
        hidden,
        "مجلس الإدارة: لا يُعرض، لأن من أجابوا في هذا الدور أقل من ٣ أشخاص."
    );
    // Written in words for one person: no figure to set apart.
    let one = say::included(1);
    assert_eq!(
        (one.before.as_str(), one.figure.as_str()),
        ("أُدرجت إجابات شخص واحد.", "")
    );
    let many = say::included(25);
    assert_eq!(many.whole(), "أُدرجت إجابات ٢٥ شخصًا.");
    assert_eq!(many.figure, "٢٥");
    assert_eq!(say::decimal(275), "٢٫٧٥");
    assert_eq!(say::decimal(7), "٠٫٠٧");
    assert_eq!(say::progress(1, 7), "الموضوع ٢ من ٧");
    // The presenter's headline and its verdict lines.
    let (_, p) = room(true);
    let topics = slides(&p);
    let first = say::slide_text(W, &topics, 0, &p);
    assert!(matches!(
        first.body,
        SlideBody::Headline { ref figure, .. } if figure == "٧ أشخاص"
    ));
    let (_, p) = room(false);
    let timing = say::slide_body(
        W,
        partnership_engine::workshop::presenter::Slide::Timing,
        &p,
    );
    let SlideBody::Lines(lines) = timing else {
        panic!("a line per verdict")
    };
    let counts: Vec<u32> = [
        p.group.verdicts.act_now,
        p.group.verdicts.start_small,
        p.group.verdicts.invest_in_relationships,
        p.group.verdicts.not_yet,
    ]
    .to_vec();
    for (line, n) in lines.iter().zip(counts) {
        let form = match n {
            0 => "لا أحد",
            1 => "شخص واحد",
            2 => "شخصان",
            _ => "أشخاص",
        };
        assert!(line.ends_with(form), "{n}: {line}");
    }
    assert_eq!(first.title, "من شارك");
    // Eight of the nine answered the health check (the first-format file could not): the
    // "few" form; and each count of the health part in the form its number needs.
    let h = say::health_text(W, &p.group).expect("the health part");
    assert_eq!(
        h.answered,
        "أجاب ٨ أشخاص عن فحص حال الشراكة، والأرقام أدناه تخص إجاباتهم."
    );
    let b = p.group.health.as_ref().expect("health figures").balance;
    let balance = [
        b.benefits_outweigh,
        b.about_even,
        b.costs_outweigh,
        b.not_enough_answers,
    ];
    for (line, n) in h.balance.iter().zip(balance) {
        let form = match n {
            0 => "لا أحد".to_owned(),
            1 => "شخص واحد".to_owned(),
            2 => "شخصان".to_owned(),
            n => format!(
                "{} أشخاص",
                say::decimal(n * 100).split('٫').next().unwrap_or("")
            ),
        };
        assert!(line.ends_with(&form), "{n}: {line}");
    }
    assert!(h.balance[0].starts_with("تعطي أكثر مما تكلّف: "));
    // Organisations not shown: counted in their own forms, the floor as people.
    assert_eq!(
        say::organizations_left_out(&left_out(2, 11, 1)),
        [
            "منظمتان لا تُعرضان، لأن من أجابوا من كل منهما أقل من ٣ أشخاص.",
            "١١ منظمةً لا تُعرض، لأن عرضها سيسمح للآخرين باستنتاج إجابات شخص أو شخصين.",
            "شخص واحد لم يذكر اسم منظمة: تُحتسب إجاباته ضمن المجموعة كلها فقط.",
        ]
    );
    assert_eq!(
        say::organization_comparison(OrganizationComparison::OnlyOneLargeEnough).as_deref(),
        Some("توجد هنا منظمة واحدة فقط أجاب منها ٣ أشخاص أو أكثر، لذا لا تُقارَن المنظمات.")
    );
    catalogue::install_english();
}

#[test]
fn spanish_counts_agree_with_their_number() {
    install("es", Rc::new(catalogue::English));
    assert_eq!(
        say::status(1, 1, 1),
        "Se leyó 1 archivo. El perfil del grupo incluye a 1 persona; 1 archivo quedó fuera \
         (vea el motivo en la tabla)."
    );
    assert_eq!(
        say::status(30, 25, 5),
        "Se leyeron 30 archivos. El perfil del grupo incluye a 25 personas; 5 archivos \
         quedaron fuera (vea el motivo en la tabla)."
    );
    let twenty_five = say::included(25);
    assert_eq!(twenty_five.before, "Se incluyen las respuestas de ");
    assert_eq!(twenty_five.figure, "25");
    assert_eq!(say::role_group(RespondentRole::Board), "Junta directiva");
    let (_, p) = room(false);
    let h = say::health_text(W, &p.group).expect("the health part");
    assert_eq!(
        h.answered,
        "8 personas respondieron la revisión de salud de la alianza; las cifras de abajo son \
         de sus respuestas."
    );
    assert!(
        h.recommendations
            .iter()
            .all(|l| l.ends_with(" persona") || l.ends_with(" personas"))
    );
    assert_eq!(
        say::organizations_left_out(&left_out(1, 3, 4)),
        [
            "1 organización no se muestra, porque respondieron menos de 3 personas de ella.",
            "3 organizaciones no se muestran, porque mostrarlas permitiría deducir las \
             respuestas de 1 o 2 personas.",
            "4 personas no indicaron ninguna organización: sus respuestas cuentan solo en el \
             grupo completo.",
        ]
    );
    assert_eq!(
        say::organization_privacy_notice(),
        "Para proteger la privacidad de las personas, una organización se muestra, con su \
         nombre, solo si respondieron al menos 3 personas de ella."
    );
    catalogue::install_english();
}

/// Workshop mode's words (`[workshop]`, `[workshop_summary]` and the discussion prompts)
/// are empty in the English of the script without workshop mode (the engine's `workshop`
/// feature), so only workshop mode's own code may read them: `words::workshop` and the
/// `workshop` module. Its way in on the start screen is in `[start]`.
#[test]
fn only_workshop_mode_reads_its_words() {
    fn rust_files(dir: &std::path::Path, found: &mut Vec<std::path::PathBuf>) {
        for entry in std::fs::read_dir(dir)
            .expect("engine/src is there")
            .flatten()
        {
            let path = entry.path();
            if path.is_dir() {
                rust_files(&path, found);
            } else if path.extension().is_some_and(|e| e == "rs") {
                found.push(path);
            }
        }
    }
    let src = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    let workshop_mode = |p: &std::path::Path| {
        p.starts_with(src.join("workshop")) || p == src.join("words/workshop.rs")
    };
    let mut found = Vec::new();
    for path in files.iter().filter(|p| !workshop_mode(p)) {
        let code = std::fs::read_to_string(path).expect("readable");
        // The catalogue's own tests may name any word.
        let code = code.split("#[cfg(test)]").next().unwrap_or_default();
        for name in ["msg::WORKSHOP_", "words::workshop", "PROMPTS"] {
            if code.contains(name) {
                found.push(format!("{}: reads `{name}`", path.display()));
            }
        }
    }
    assert!(found.is_empty(), "{}", found.join("\n"));
    assert_eq!(words::title(), "Workshop: everyone's answers together");
}
