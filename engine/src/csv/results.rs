//! One result's answers and scores as a CSV file for spreadsheets: one row per question,
//! score, plan step (the step, then why; the plan of the screen and the results file) and
//! partner fact, in five columns (part, id, question, answer, score).
//!
//! Every word (headers, parts, row labels, "Yes"/"No") is in the language asked for, like
//! the instrument texts: a sheet saved in Arabic has Arabic headers. Ids stay as they are
//! (they name the question whatever the language), and numbers and the date stay in ASCII
//! digits and ISO form, so a spreadsheet reads them as numbers and dates in every language.
//! The byte order mark the writer puts first makes spreadsheet programs read the file as
//! UTF-8, which Arabic and accented letters need.
//!
//! Written with [`Quoting::Always`] (see the writer's rules): every cell is quoted, so
//! commas, quotes and line breaks in a reflection stay in their cell, and a cell that could
//! start a formula gets a leading apostrophe. Only text from the respondent can start that
//! way; scores never do.

use super::writer::{CsvWriter, Quoting};
use crate::answers::{Answers, IdMap, ReadinessAnswer, TimingAnswer};
use crate::catalogue::{Msg, msg};
use crate::document::Assessment;
use crate::explain::readiness_answer_label;
use crate::health::HealthReport;
use crate::instrument::INSTRUMENTS;
use crate::instrument::{Instruments, ReadinessInstrument};
use crate::partners::{Portfolio, analyse};
use crate::readiness::ReadinessReport;
use crate::report::evaluate_with_partners;

/// The CSV of `assessment` against the built-in instruments, in the language spoken now.
pub fn export_csv(assessment: &Assessment) -> String {
    export_csv_with(&INSTRUMENTS, assessment, &crate::catalogue::language())
}

/// The sheet being written: every row has the same five cells.
struct Sheet(CsvWriter);

impl Sheet {
    fn row(&mut self, cells: [&str; 5]) {
        self.0.row(&cells);
    }
}

/// [`export_csv`] against any instruments, with instrument texts in `lang`.
pub fn export_csv_with(
    instruments: &'static Instruments,
    assessment: &Assessment,
    lang: &str,
) -> String {
    let answers = &assessment.answers;
    let portfolio = analyse(&assessment.partners);
    let report = evaluate_with_partners(instruments, answers, &assessment.partners, &portfolio);
    let w = |m: Msg| m.get(lang);
    let mut sheet = Sheet(CsvWriter::with_quoting(Quoting::Always));
    sheet.row([
        w(msg::CSV_COLUMN_PART),
        w(msg::CSV_COLUMN_ID),
        w(msg::CSV_COLUMN_QUESTION),
        w(msg::CSV_COLUMN_ANSWER),
        w(msg::CSV_COLUMN_SCORE),
    ]);
    let about = w(msg::CSV_PART_ABOUT);
    let org = assessment.organization_name.as_deref().unwrap_or("");
    sheet.row([about, "organization", w(msg::CSV_ORGANIZATION), org, ""]);
    let updated = assessment.updated_at.to_string();
    sheet.row([about, "updated-at", w(msg::CSV_LAST_CHANGED), &updated, ""]);
    let id = assessment.id.to_string();
    sheet.row([about, "result-id", w(msg::CSV_RESULT_ID), &id, ""]);

    let readiness = [w(msg::CSV_PART_READINESS), w(msg::CSV_OVERALL_READINESS)];
    let r = (
        &instruments.readiness,
        &report.readiness,
        &answers.readiness,
    );
    area_rows(&mut sheet, instruments, r, readiness, lang);

    let b = &instruments.barriers;
    for barrier in b.barriers {
        let a = answers.barriers.get(barrier.id);
        let label = |labels: &[crate::text::Text; 5], v: Option<crate::answers::Rating>| {
            v.map_or("", |v| labels[usize::from(v.get())].get(lang))
        };
        let title = barrier.title.get(lang);
        let presence = label(&b.presence_labels, a.and_then(|a| a.presence));
        let harm = label(&b.harm_labels, a.and_then(|a| a.harm));
        let risk = report.barriers.barrier(barrier.id);
        let risk_value = risk.map(|r| r.risk.to_string()).unwrap_or_default();
        let level = risk.map_or("", |r| b.band(r.level).label.get(lang));
        sheet.row([
            title,
            barrier.id,
            barrier.presence_question.get(lang),
            presence,
            "",
        ]);
        sheet.row([title, barrier.id, barrier.harm_question.get(lang), harm, ""]);
        sheet.row([title, barrier.id, w(msg::CSV_RISK), level, &risk_value]);
    }

    let t = &instruments.timing;
    let timing = w(msg::CSV_PART_TIMING);
    let questions = t
        .triggers
        .iter()
        .map(|q| (q.id, q.text))
        .chain(t.preconditions.iter().map(|q| (q.id, q.text)))
        .chain(t.warnings.iter().map(|w| (w.id, w.text)));
    for (id, text) in questions {
        let answer = match answers.timing.get(id) {
            Some(TimingAnswer::Scale(v)) => t.labels[usize::from(v.get())].get(lang),
            Some(TimingAnswer::DontKnow) => t.dont_know.get(lang),
            None => "",
        };
        sheet.row([timing, id, text.get(lang), answer, ""]);
    }
    let verdict = t.verdict(report.timing.verdict).title.get(lang);
    sheet.row([timing, "verdict", w(msg::CSV_TIMING_VERDICT), verdict, ""]);

    let d = &instruments.depth;
    let depth = w(msg::CSV_PART_DEPTH);
    let ambition = answers.ambition.map_or("", |l| d.level(l).title.get(lang));
    let stage = answers.stage.map_or("", |s| d.stage(s).title.get(lang));
    for (id, question, answer) in [
        (d.ambition.id, d.ambition.text, ambition),
        (d.stage_question.id, d.stage_question.text, stage),
    ] {
        sheet.row([depth, id, question.get(lang), answer, ""]);
    }
    let recommended = report
        .depth
        .recommended
        .map_or("", |l| d.level(l).title.get(lang));
    let start = w(msg::CSV_WHERE_TO_START);
    sheet.row([depth, "recommended", start, recommended, ""]);

    // The action plan, as on the screen and in the results file: each step and why.
    for (n, step) in report.action_plan.iter().enumerate() {
        let id = format!("plan.{}", n + 1);
        let text = crate::explain::action_text(step, lang);
        let why = crate::explain::explain_action(instruments, step, lang);
        sheet.row([w(msg::CSV_PART_PLAN), &id, &text, &why, ""]);
    }

    partner_rows(&mut sheet, assessment, &portfolio, lang);
    if let Some(health) = &report.health {
        health_rows(&mut sheet, instruments, health, answers, lang);
    }

    for prompt in instruments.reflection.prompts {
        let text = answers
            .reflections
            .get(prompt.id)
            .map_or("", String::as_str);
        sheet.row([
            w(msg::CSV_PART_NOTES),
            prompt.id,
            prompt.text.get(lang),
            text,
            "",
        ]);
    }
    sheet.0.finish()
}

/// An instrument of agreement statements (readiness, or the health check): the overall
/// index, then each area's score and its statements with the answer and the value scored.
fn area_rows(
    sheet: &mut Sheet,
    instruments: &'static Instruments,
    (r, scored, given): (
        &'static ReadinessInstrument,
        &ReadinessReport,
        &IdMap<ReadinessAnswer>,
    ),
    [part, overall]: [&str; 2],
    lang: &str,
) {
    let w = |m: Msg| m.get(lang);
    let index = scored.index.map(|i| i.to_string()).unwrap_or_default();
    let band = scored.band.map_or("", |b| r.band(b).label.get(lang));
    sheet.row([part, "index", overall, band, &index]);
    for (dim, score) in r.dimensions.iter().zip(&scored.dimensions) {
        let title = dim.title.get(lang);
        let status = crate::explain::area_status_label(r, score, lang);
        let value = score.score.map(|s| s.to_string()).unwrap_or_default();
        sheet.row([title, dim.id, w(msg::CSV_AREA_SCORE), status, &value]);
        for item in dim.items {
            let answer = given
                .get(item.id)
                .map_or("", |a| readiness_answer_label(instruments, *a, lang));
            let value = match given.get(item.id) {
                Some(ReadinessAnswer::Scale(v)) if item.reverse => (4 - v.get()).to_string(),
                Some(ReadinessAnswer::Scale(v)) => v.get().to_string(),
                _ => String::new(),
            };
            sheet.row([title, item.id, item.text.get(lang), answer, &value]);
        }
    }
}

/// The health check: its areas as readiness's, the two balance questions and what they
/// come to, the recommendation, and its plan.
fn health_rows(
    sheet: &mut Sheet,
    instruments: &'static Instruments,
    health: &HealthReport,
    answers: &Answers,
    lang: &str,
) {
    let w = |m: Msg| m.get(lang);
    let h = &instruments.health;
    let part = w(msg::CSV_PART_HEALTH);
    let scored = (&h.scored, &health.areas, &answers.health);
    area_rows(
        sheet,
        instruments,
        scored,
        [part, w(msg::CSV_OVERALL_HEALTH)],
        lang,
    );
    for question in &h.balance.questions {
        let (answer, value) = match answers.balance.get(question.id) {
            Some(TimingAnswer::Scale(v)) => (
                h.balance
                    .labels
                    .get(usize::from(v.get()))
                    .map_or("", |t| t.get(lang)),
                v.get().to_string(),
            ),
            Some(TimingAnswer::DontKnow) => (h.scored.scale.dont_know.get(lang), String::new()),
            None => ("", String::new()),
        };
        sheet.row([part, question.id, question.text.get(lang), answer, &value]);
    }
    let balance = crate::words::checkup::balance_outcome(health.balance.outcome);
    sheet.row([part, "balance", w(msg::CSV_HEALTH_BALANCE), balance, ""]);
    let recommendation = health
        .recommendation
        .map_or("", |r| crate::words::checkup::recommendation(r).get(lang));
    let label = w(msg::CSV_HEALTH_RECOMMENDATION);
    sheet.row([part, "recommendation", label, recommendation, ""]);
    for (n, step) in health.plan.iter().enumerate() {
        let id = format!("health.plan.{}", n + 1);
        let text = crate::explain::action_text(step, lang);
        let why = crate::explain::explain_action(instruments, step, lang);
        sheet.row([part, &id, &text, &why, ""]);
    }
}

/// The partner map: each ticked need with who offers it, then every candidate with its
/// sector, offers, five ratings, priority, place in the smallest covering set and notes.
fn partner_rows(sheet: &mut Sheet, assessment: &Assessment, portfolio: &Portfolio, lang: &str) {
    use crate::partners::{Criterion, PARTNER_VOCABULARY};
    let map = &assessment.partners;
    if map.is_empty() && map.needs().is_empty() {
        return;
    }
    let w = |m: Msg| m.get(lang);
    let separator = w(msg::CSV_ITEM_SEPARATOR);
    let part = PARTNER_VOCABULARY.title.get(lang);
    let names: Vec<&str> = map.candidates().iter().map(|c| c.name()).collect();
    for need in &portfolio.coverage {
        let who = if need.candidates.is_empty() {
            w(msg::CSV_NOBODY_OFFERS).to_owned()
        } else {
            need.candidates
                .iter()
                .filter_map(|&i| names.get(i).copied())
                .collect::<Vec<_>>()
                .join(separator)
        };
        let id = format!("need.{}", need.need.id());
        sheet.row([part, &id, need.need.label().get(lang), &who, ""]);
    }
    for (i, c) in map.candidates().iter().enumerate() {
        let n = i + 1;
        let id = |field: &str| format!("partner.{n}.{field}");
        sheet.row([part, &id("name"), w(msg::CSV_PARTNER_NAME), c.name(), ""]);
        let sector = c.sector.label().get(lang);
        sheet.row([part, &id("sector"), w(msg::CSV_PARTNER_SECTOR), sector, ""]);
        let offers: Vec<&str> = c.offers.iter().map(|o| o.label().get(lang)).collect();
        let offers = offers.join(separator);
        let offers_label = w(msg::CSV_PARTNER_OFFERS);
        sheet.row([part, &id("offers"), offers_label, &offers, ""]);
        for criterion in Criterion::ALL {
            let rating = c.ratings.get(criterion);
            sheet.row([
                part,
                &id(criterion.id()),
                criterion.label().get(lang),
                rating.map_or(crate::words::partners::not_rated(), |r| r.label().get(lang)),
                "",
            ]);
        }
        let priority = portfolio.priorities.get(i).copied().flatten();
        let priority = priority.map_or(crate::words::partners::not_rated(), |p| {
            p.priority.def().label.get(lang)
        });
        sheet.row([
            part,
            &id("priority"),
            w(msg::CSV_PARTNER_PRIORITY),
            priority,
            "",
        ]);
        let in_cover = portfolio.cover.members.iter().any(|m| m.candidate == i);
        let in_cover = w(if in_cover { msg::CSV_YES } else { msg::CSV_NO });
        let in_cover_label = w(msg::CSV_PARTNER_IN_SMALLEST_SET);
        sheet.row([part, &id("in-smallest-set"), in_cover_label, in_cover, ""]);
        sheet.row([part, &id("notes"), w(msg::CSV_PARTNER_NOTES), c.notes(), ""]);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Rating, ResultId, Timestamp};

    #[test]
    fn the_sheet_carries_the_plan_of_the_screen_and_the_file_partner_steps_included() {
        use crate::partners::{Candidate, Offer, PartnerRating, Ratings, Sector};
        let mut a = assessment();
        let need = |id| Offer::from_id(id).unwrap_or_else(|| panic!("{id}"));
        let mut c =
            Candidate::new("Riverside Library", Sector::other()).unwrap_or_else(|e| panic!("{e}"));
        c.ratings = Ratings {
            mission_alignment: PartnerRating::High,
            relationship_potential: PartnerRating::High,
            ..Ratings::default()
        }
        .into();
        c.offers.insert(need("space"));
        let _ = a.partners.add(c);
        let _ = a.partners.set_need(need("space"), true);
        let _ = a.partners.set_need(need("data"), true);
        let portfolio = analyse(&a.partners);
        let report = evaluate_with_partners(&INSTRUMENTS, &a.answers, &a.partners, &portfolio);
        let csv = export_csv(&a);
        for (n, step) in report.action_plan.iter().enumerate() {
            let text = crate::explain::action_text(step, "en");
            assert!(
                csv.contains(&format!("\"Action plan\",\"plan.{}\",\"{}\"", n + 1, text)),
                "{text}\n{csv}"
            );
        }
        // The file carries the same plan.
        let doc = crate::export(&a);
        let back: serde_json::Value = serde_json::from_str(&doc).unwrap_or_default();
        let kinds: Vec<&str> = back["results"]["actionPlan"]
            .as_array()
            .map(|v| v.iter().filter_map(|s| s["kind"].as_str()).collect())
            .unwrap_or_default();
        assert_eq!(kinds.len(), report.action_plan.len());
        assert!(kinds.iter().any(|k| k.starts_with("partner-")), "{kinds:?}");
        assert_eq!(
            kinds.iter().filter(|k| k.starts_with("partner-")).count(),
            report
                .action_plan
                .iter()
                .filter(|s| s.partner.is_some() || s.kind == crate::PlanStepKind::PartnerGap)
                .count()
        );
    }

    #[test]
    fn partners_have_their_rows_with_hostile_text_kept_as_inert_cells() {
        use crate::partners::{Candidate, Offer, PartnerRating, Sector};
        let mut a = assessment();
        let funding = Offer::from_id("funding").unwrap_or_else(|| panic!("funding"));
        let data = Offer::from_id("data").unwrap_or_else(|| panic!("data"));
        let mut c = Candidate::new("=cmd|' /C calc'!A0 <script>x</script>", Sector::other())
            .unwrap_or_else(|e| panic!("{e}"));
        c.offers.insert(funding);
        c.ratings = crate::partners::Ratings {
            mission_alignment: PartnerRating::High,
            relationship_potential: PartnerRating::High,
            ..crate::partners::Ratings::default()
        }
        .into();
        let _ = c.set_notes("line one\n\u{202E}\"quoted\"");
        let _ = a.partners.add(c);
        let _ = a.partners.set_need(funding, true);
        let _ = a.partners.set_need(data, true);
        let csv = export_csv(&a);
        assert!(csv.contains("\"Partner mapping\",\"partner.1.name\",\"Organisation\",\"'=cmd|' /C calc'!A0 <script>x</script>\""), "{csv}");
        assert!(csv.contains("\"partner.1.priority\",\"Priority\",\"Immediate\""));
        assert!(csv.contains(
            "\"partner.1.in-smallest-set\",\"In the smallest set covering the needs\",\"Yes\""
        ));
        assert!(csv.contains("\"partner.1.notes\",\"Notes\",\"line one\n\u{202E}\"\"quoted\"\"\""));
        assert!(
            csv.contains("\"need.data\",\"Data and research\",\"Nobody on the list offers this\"")
        );
        assert!(
            csv.contains("\"need.funding\",\"Funding\",\"'=cmd|' /C calc'!A0 <script>x</script>\"")
        );
        // Partner rows come before the reflections, which stay last.
        assert!(csv.find("partner.1.notes") < csv.find("reflection.overlap"));
        // Without partners the export is as it was.
        assert!(!export_csv(&assessment()).contains("Partner mapping"));
    }

    fn assessment() -> Assessment {
        let mut a = Assessment::new(
            ResultId::from_random_bytes([2; 16]),
            Timestamp::from_unix_millis(1_772_355_600_000),
        );
        a.set_organization_name("=HYPERLINK(\"http://example.invalid\")");
        a.answers.set_reflection(
            "reflection.overlap",
            "We said \"yes\", then:\nfood, rides, and +1 more\n@everyone",
        );
        a.answers
            .set_barrier("barriers.turf", Rating::new(3), Rating::new(4));
        a
    }

    #[test]
    fn the_file_starts_with_a_bom_and_every_line_ends_in_crlf() {
        let csv = export_csv(&assessment());
        assert!(csv.starts_with('\u{feff}'));
        assert!(csv.ends_with("\r\n"));
        assert_eq!(
            csv.lines().next(),
            Some("\u{feff}\"Part\",\"Id\",\"Question\",\"Answer\",\"Score\"")
        );
    }

    #[test]
    fn cells_that_would_be_formulas_are_neutralised() {
        let csv = export_csv(&assessment());
        assert!(
            csv.contains("\"'=HYPERLINK(\"\"http://example.invalid\"\")\""),
            "{csv}"
        );
        // A line break stays inside its quoted cell; the quote inside is doubled.
        assert!(
            csv.contains("\"We said \"\"yes\"\", then:\nfood, rides, and +1 more\n@everyone\"")
        );
    }

    #[test]
    fn every_question_has_a_row_and_scores_come_from_the_engine() {
        let a = assessment();
        let csv = export_csv(&a);
        let items: usize = INSTRUMENTS
            .readiness
            .dimensions
            .iter()
            .map(|d| d.items.len() + 1)
            .sum();
        let t = &INSTRUMENTS.timing;
        let expected_rows = 1 // header
            + 3 // about
            + 1 // overall
            + items
            + 3 * INSTRUMENTS.barriers.barriers.len()
            + t.triggers.len() + t.preconditions.len() + t.warnings.len() + 1
            + 3
            + crate::evaluate(&a.answers).action_plan.len()
            + INSTRUMENTS.reflection.prompts.len();
        assert_eq!(csv.matches("\r\n").count(), expected_rows);
        assert!(
            csv.contains(
                "\"barriers.turf\",\"Risk (presence × harm, 0 to 16)\",\"Critical\",\"12\""
            ),
            "{csv}"
        );
    }
}
