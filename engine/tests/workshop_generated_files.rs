//! Files generated from the workshop types must not go stale: the JSON Schema of the group
//! summary and the examples in `docs/group-summary-format.md`. Also checks the CSV.
//!
//! To regenerate after a deliberate change:
//! `UPDATE_SCHEMA=1 CARGO_TARGET_DIR=/work/target-engine cargo test -p partnership-engine --test workshop_generated_files`

mod common;

use common::{r, replace_between};
use partnership_engine::workshop::*;
use partnership_engine::*;

const SCHEMA_PATH: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/schema/group-summary-v3.schema.json"
);
const DOC_PATH: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../docs/group-summary-format.md"
);
const DOC_NAME: &str = "docs/group-summary-format.md";
const HOW: &str = "UPDATE_SCHEMA=1 CARGO_TARGET_DIR=/work/target-engine cargo test -p partnership-engine --test workshop_generated_files";

fn schema_json() -> String {
    let mut schema = schemars::schema_for!(GroupSummary<'static>);
    schema.insert("$id".into(), SUMMARY_SCHEMA_URN.into());
    serde_json::to_string_pretty(&schema).expect("schema serialises") + "\n"
}

/// A small workshop: three staff and three community members from two organisations
/// (each name typed two ways), one file saved twice, a shopping list picked by mistake.
/// Everyone answered the health check too; Eastside rates fair shares low.
fn example_files() -> Vec<(String, Vec<u8>)> {
    let roles = [
        RespondentRole::Staff,
        RespondentRole::Staff,
        RespondentRole::Staff,
        RespondentRole::CommunityMember,
        RespondentRole::CommunityMember,
        RespondentRole::CommunityMember,
    ];
    let mut files = Vec::new();
    for (p, role) in roles.iter().enumerate() {
        let mut a = Assessment::new(
            ResultId::from_random_bytes([0x10 + p as u8; 16]),
            Timestamp::parse("2026-03-02T09:00:00.000Z").unwrap(),
        );
        a.respondent_role = Some(*role);
        let organization = match p {
            0 | 1 => "Riverside Food Bank",
            3 => "riverside  food bank",
            4 => "Eastside Tenants' Union",
            _ => "EASTSIDE TENANTS' UNION ",
        };
        a.set_organization_name(organization);
        for (d, dim) in INSTRUMENTS.readiness.dimensions.iter().enumerate() {
            for (i, item) in dim.items.iter().enumerate() {
                let v = ((p * 3 + d * 2 + i) % 5) as u8;
                let answer = match (p + d + i) % 11 {
                    0 => ReadinessAnswer::DontKnow,
                    _ if p >= 3 && d == 3 => ReadinessAnswer::Scale(r(v.min(1))),
                    _ => ReadinessAnswer::Scale(r(v)),
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
        for q in INSTRUMENTS.timing.preconditions {
            a.answers.set_timing(q.id, TimingAnswer::Scale(r(3)));
        }
        let eastside = matches!(p, 2 | 4 | 5);
        let health = &INSTRUMENTS.health;
        for (d, dim) in health.scored.dimensions.iter().enumerate() {
            for (i, item) in dim.items.iter().enumerate() {
                let good = if eastside && dim.id == "fairness" {
                    0
                } else {
                    2 + ((p + d + i) % 3) as u8
                };
                let v = if item.reverse { 4 - good } else { good };
                a.answers.set_health(item.id, ReadinessAnswer::Scale(r(v)));
            }
            let (benefits, costs) = if eastside {
                (1, 3)
            } else {
                (3 + (p % 2) as u8, 2)
            };
            a.answers.set_balance(
                health.balance.benefits().id,
                TimingAnswer::Scale(r(benefits)),
            );
            a.answers
                .set_balance(health.balance.costs().id, TimingAnswer::Scale(r(costs)));
        }
        a.touch(Timestamp::parse("2026-03-02T09:40:00.000Z").unwrap());
        files.push((
            format!("participant-{}.json", p + 1),
            export(&a).into_bytes(),
        ));
        if p == 0 {
            let mut earlier = a.clone();
            earlier.updated_at = Timestamp::parse("2026-03-02T09:20:00.000Z").unwrap();
            files.push((
                "participant-1 (old).json".into(),
                export(&earlier).into_bytes(),
            ));
        }
    }
    files.push(("shopping-list.txt".into(), b"eggs, flour, milk".to_vec()));
    files
}

fn example() -> (WorkshopMerge, WorkshopProfile) {
    let merged = merge(&example_files());
    let p = profile(&merged);
    (merged, p)
}

fn example_json() -> String {
    let (merged, p) = example();
    summary_json(
        &INSTRUMENTS,
        &merged,
        &p,
        Timestamp::parse("2026-03-02T11:00:00.000Z").unwrap(),
        "en",
    )
}

/// The example as the doc shows it: inside `profile`, every list of more than
/// [`DOC_LIST_ENTRIES`] objects cut to its first ones, so the doc shows the format without
/// every area, statement and barrier of five groups.
fn doc_example_json() -> String {
    let json = example_json();
    let mut out: Vec<&str> = Vec::new();
    // Per open list: its indent, whether it may be cut, the entries seen, and whether the
    // rest of it is being left out.
    let mut lists: Vec<(usize, bool, usize, bool)> = Vec::new();
    for line in json.lines() {
        let indent = line.len() - line.trim_start().len();
        let t = line.trim();
        if let Some(&(at, _, _, cutting)) = lists.last() {
            if indent == at && t.starts_with(']') {
                lists.pop();
            } else if cutting {
                continue;
            } else if indent == at + 2 && t == "{" {
                let top = lists.last_mut().expect("a list is open");
                top.2 += 1;
                if top.1 && top.2 > DOC_LIST_ENTRIES {
                    top.3 = true;
                    if let Some(last) = out.last_mut() {
                        *last = last.trim_end_matches(',');
                    }
                    continue;
                }
            }
        }
        if t.ends_with('[') {
            lists.push((indent, indent >= 4, 0, false));
        }
        out.push(line);
    }
    out.join("\n")
}

/// How many entries of each list inside `profile` the doc's example keeps.
const DOC_LIST_ENTRIES: usize = 2;

fn example_csv_head() -> String {
    let (_, p) = example();
    let csv = summary_csv(&INSTRUMENTS, &p, "en");
    // The header, the whole group's index and dimensions, one item and one barrier.
    let lines: Vec<&str> = csv.split("\r\n").collect();
    let mut head: Vec<&str> = lines[..10].to_vec();
    head.extend(
        lines
            .iter()
            .filter(|l| l.starts_with("all,barrier-"))
            .take(3),
    );
    head.join("\n").trim_start_matches('\u{feff}').to_owned()
}

#[test]
fn the_committed_schema_is_up_to_date() {
    common::check_generated(
        SCHEMA_PATH,
        &schema_json(),
        &format!(
            "engine/schema/group-summary-v3.schema.json is stale or missing. Regenerate it with:\n  {HOW}"
        ),
    );
}

#[test]
fn the_documented_examples_are_up_to_date() {
    let doc = std::fs::read_to_string(DOC_PATH).expect("docs/group-summary-format.md exists");
    let fresh = replace_between(
        &doc,
        DOC_NAME,
        "<!-- json-example:start (generated by engine/tests/workshop_generated_files.rs) -->\n```json\n",
        "```\n<!-- json-example:end -->",
        &doc_example_json(),
    );
    let fresh = replace_between(
        &fresh,
        DOC_NAME,
        "<!-- csv-example:start (generated by engine/tests/workshop_generated_files.rs) -->\n```csv\n",
        "```\n<!-- csv-example:end -->",
        &example_csv_head(),
    );
    common::check_generated(
        DOC_PATH,
        &fresh,
        &format!(
            "The examples in docs/group-summary-format.md are stale. Regenerate them with:\n  {HOW}"
        ),
    );
}

#[test]
fn the_example_follows_the_schema_in_its_shape() {
    let example = common::assert_follows_schema_shape(&schema_json(), &example_json());
    assert_eq!(example["$schema"], SUMMARY_SCHEMA_URN);
    assert_eq!(example["formatVersion"], 3);
    // The doc's shortened example is still JSON, with every field of the whole one.
    let short: serde_json::Value = serde_json::from_str(&doc_example_json()).unwrap();
    assert_eq!(
        short["profile"]["group"]["items"].as_array().unwrap().len(),
        2
    );
    assert_eq!(short["files"], example["files"]);
    let health = &short["profile"]["group"]["health"];
    assert_eq!(health["respondents"], 6);
    assert_eq!(health["areas"].as_array().unwrap().len(), 2);
    assert_eq!(example["generatedAt"], "2026-03-02T11:00:00.000Z");
}

#[test]
fn the_example_reports_every_file_without_contents() {
    let json = example_json();
    let example: serde_json::Value = serde_json::from_str(&json).unwrap();
    let files = example["files"].as_array().unwrap();
    assert_eq!(files.len(), 8);
    let status: Vec<&str> = files
        .iter()
        .map(|f| f["status"].as_str().unwrap())
        .collect();
    assert_eq!(
        status,
        [
            "accepted",
            "duplicate-of",
            "accepted",
            "accepted",
            "accepted",
            "accepted",
            "accepted",
            "rejected"
        ]
    );
    assert_eq!(files[1]["keptFile"], "participant-1.json");
    assert!(!json.contains("eggs"));
    assert_eq!(example["profile"]["subgroups"].as_array().unwrap().len(), 2);
    let orgs = &example["profile"]["organizations"];
    assert_eq!(orgs["comparison"], "compared");
    let names: Vec<&str> = orgs["groups"]
        .as_array()
        .unwrap()
        .iter()
        .map(|g| g["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["EASTSIDE TENANTS' UNION", "Riverside Food Bank"]);
    // Eastside rates fair shares far lower: the organisations' widest gap.
    let first = &orgs["gaps"][0];
    assert_eq!(
        (first["topic"].as_str(), first["id"].as_str()),
        (Some("health-area"), Some("fairness"))
    );
    assert_eq!(first["lowerOrganization"], "EASTSIDE TENANTS' UNION");
    let prompts = example["discussionPrompts"].as_array().unwrap();
    assert_eq!(
        prompts.len(),
        example["profile"]["leastConsensus"]
            .as_array()
            .unwrap()
            .len()
    );
    assert!(!prompts.is_empty());
}

#[test]
fn the_csv_has_one_row_per_figure_set_and_names_hidden_groups() {
    let (_, p) = example();
    let csv = summary_csv(&INSTRUMENTS, &p, "en");
    assert!(csv.starts_with('\u{feff}'));
    assert!(csv.ends_with("\r\n"));
    // Index, areas, statements, barriers, verdicts; then the health check's index, areas,
    // balance and recommendations.
    let per_group = 1 + 8 + 44 + 3 * 11 + 1 + (1 + 6 + 2);
    let rows = csv.matches("\r\n").count();
    // The whole group, two roles, two organisations.
    assert_eq!(rows, 1 + 5 * per_group);
    assert!(csv.contains("\r\norganization:Riverside Food Bank,index,"));
    // A hidden role gets a row with the reason and no figure.
    let mut people: Vec<Assessment> = merge(&example_files())
        .respondents
        .into_iter()
        .map(|r| r.assessment)
        .collect();
    people[0].respondent_role = Some(RespondentRole::Board);
    let refs: Vec<&Assessment> = people.iter().collect();
    let p = profile_with(&INSTRUMENTS, &refs);
    let csv = summary_csv(&INSTRUMENTS, &p, "en");
    let hidden: Vec<&str> = csv
        .split("\r\n")
        .filter(|l| l.contains(",hidden-group,"))
        .collect();
    assert_eq!(hidden.len(), 2, "{hidden:?}");
    assert!(
        hidden[0].starts_with("staff,hidden-group,,\"hidden: fewer than three"),
        "{hidden:?}"
    );
    assert!(hidden[1].starts_with("board,hidden-group,,\"hidden: fewer than three"));
    assert!(!csv.contains("\nboard,item,"));
}
