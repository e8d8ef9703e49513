//! The name of every file the product saves, in one place.
//!
//! | file | name |
//! | --- | --- |
//! | results document, spreadsheet, offline copy with answers | [`export_file_name`]: `riverside-food-bank-partnership-assessment-2026-03-01.json` |
//! | offline copy without answers | [`BLANK_OFFLINE_COPY_NAME`]: `partnership-assessment.html`, the name of the built offline file |
//! | workshop group summary | [`summary_file_name`]: `group-summary-2026-11-22.csv` |
//!
//! Names hold only lowercase ASCII letters, digits, hyphens and one dot, so they are safe
//! on every system; the date is the UTC date of the time given.

use crate::document::Assessment;
use crate::time::Timestamp;

/// The file name of a copy of the widget for offline use that carries no answers: the same
/// name as the offline file the build makes.
pub const BLANK_OFFLINE_COPY_NAME: &str = "partnership-assessment.html";

/// The file name of a copy of the widget for offline use: named like the results (see
/// [`export_file_name`]) when it carries `answers`, else [`BLANK_OFFLINE_COPY_NAME`].
pub fn offline_copy_name(answers: Option<&Assessment>) -> String {
    answers.map_or_else(
        || BLANK_OFFLINE_COPY_NAME.to_owned(),
        |a| export_file_name(a, "html"),
    )
}

/// The file name of an exported document: the organisation name as a lowercase ASCII
/// slug (at most 40 characters), then `partnership-assessment` and the UTC date of the
/// last change, for example `riverside-food-bank-partnership-assessment-2026-03-01.json`.
///
/// Letters with accents lose them where a plain letter is obvious; anything else that is
/// not a letter or digit becomes a single hyphen, so the name is safe on every system.
pub fn export_file_name(assessment: &Assessment, extension: &str) -> String {
    let mut name = slug(assessment.organization_name.as_deref().unwrap_or(""), 40);
    if !name.is_empty() {
        name.push('-');
    }
    name.push_str("partnership-assessment-");
    dated(name, assessment.updated_at, extension)
}

/// A lowercase ASCII slug of at most `max` characters, with no leading, trailing or
/// doubled hyphens.
pub fn slug(text: &str, max: usize) -> String {
    let mut out = String::new();
    let mut pending_hyphen = false;
    for c in text.chars() {
        let plain = match c {
            'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'À' | 'Á' | 'Â' | 'Ã' | 'Ä' | 'Å' => {
                'a'
            }
            'ç' | 'Ç' => 'c',
            'è' | 'é' | 'ê' | 'ë' | 'È' | 'É' | 'Ê' | 'Ë' => 'e',
            'ì' | 'í' | 'î' | 'ï' | 'Ì' | 'Í' | 'Î' | 'Ï' => 'i',
            'ñ' | 'Ñ' => 'n',
            'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'Ò' | 'Ó' | 'Ô' | 'Õ' | 'Ö' => 'o',
            'ù' | 'ú' | 'û' | 'ü' | 'Ù' | 'Ú' | 'Û' | 'Ü' => 'u',
            c if c.is_ascii_alphanumeric() => c.to_ascii_lowercase(),
            '\'' | '’' => continue,
            _ => {
                pending_hyphen = true;
                continue;
            }
        };
        if pending_hyphen && !out.is_empty() {
            out.push('-');
        }
        pending_hyphen = false;
        out.push(plain);
        if out.len() >= max {
            break;
        }
    }
    out.truncate(max);
    while out.ends_with('-') {
        out.pop();
    }
    out
}

/// The file name of an exported group summary: `group-summary-YYYY-MM-DD.<extension>`,
/// dated when it was made. No organisation or file name goes into it.
pub fn summary_file_name(generated_at: Timestamp, extension: &str) -> String {
    dated(String::from("group-summary-"), generated_at, extension)
}

/// The file name of a draft kept on the device, saved as it was stored:
/// `partnership-assessment-kept-draft-<n>-YYYY-MM-DD.json` (`n` from 1, as listed).
pub fn kept_draft_name(index: usize, saved_at: Timestamp) -> String {
    let name = format!("partnership-assessment-kept-draft-{}-", index + 1);
    dated(name, saved_at, "json")
}

/// `name` followed by the UTC date of `at` (`YYYY-MM-DD`), a dot and `extension`.
fn dated(mut name: String, at: Timestamp, extension: &str) -> String {
    let stamp = at.to_string();
    name.push_str(stamp.get(..10).unwrap_or("undated"));
    name.push('.');
    name.push_str(extension);
    name
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ResultId;

    fn assessment(name: Option<&str>) -> Assessment {
        let mut a = Assessment::new(
            ResultId::from_random_bytes([1; 16]),
            Timestamp::from_unix_millis(1_772_355_600_000), // 2026-03-01T09:00:00Z
        );
        if let Some(n) = name {
            a.set_organization_name(n);
        }
        a
    }

    #[test]
    fn file_names_come_from_the_organization_and_the_date_of_the_last_change() {
        assert_eq!(
            export_file_name(&assessment(Some("Riverside Food Bank")), "json"),
            "riverside-food-bank-partnership-assessment-2026-03-01.json"
        );
        assert_eq!(
            export_file_name(&assessment(None), "csv"),
            "partnership-assessment-2026-03-01.csv"
        );
        assert_eq!(
            export_file_name(&assessment(Some("  Café Solidarité / “Les Amis” ")), "json"),
            "cafe-solidarite-les-amis-partnership-assessment-2026-03-01.json"
        );
        // Nothing usable in the name: no leading hyphen.
        assert_eq!(
            export_file_name(&assessment(Some("日本語")), "json"),
            "partnership-assessment-2026-03-01.json"
        );
    }

    #[test]
    fn slugs_are_short_and_never_end_in_a_hyphen() {
        assert_eq!(slug("St. Mary's -- Outreach!!", 40), "st-marys-outreach");
        assert_eq!(slug("../../etc/passwd", 40), "etc-passwd");
        let long = slug("a b c d e f g h i j k l m n o p q r s t u v w x y z", 10);
        assert!(long.len() <= 10 && !long.ends_with('-'), "{long}");
    }

    #[test]
    fn summary_files_are_named_by_date_only() {
        let t = Timestamp::parse("2026-11-22T09:30:00.000Z").expect("a valid time");
        assert_eq!(summary_file_name(t, "csv"), "group-summary-2026-11-22.csv");
    }

    #[test]
    fn offline_copies_are_named_like_the_results_or_like_the_built_file() {
        assert_eq!(offline_copy_name(None), "partnership-assessment.html");
        assert_eq!(BLANK_OFFLINE_COPY_NAME, "partnership-assessment.html");
        assert_eq!(
            offline_copy_name(Some(&assessment(Some("Riverside Food Bank")))),
            "riverside-food-bank-partnership-assessment-2026-03-01.html"
        );
    }
}
