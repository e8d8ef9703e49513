//! Migration of older format versions: a document of any version this build reads is
//! turned, one version at a time, into the current one before its fields are read.

use super::errors::{ImportError, ImportWarning};
use super::format::FORMAT_VERSION;
use super::json::Json;
use crate::instrument::Instruments;
use crate::text::shorten;

/// A migration turns a document of version `n` into version `n + 1`; `MIGRATIONS[0]` takes
/// version 1 to 2, and so on. Each released version keeps a fixture
/// `tests/fixtures/results-vN.json` that must import forever.
type Migration = fn(Json) -> Result<Json, ImportError>;
const MIGRATIONS: &[Migration] = &[v1_to_v2, v2_to_v3];

/// Version 2 added the partner list. A version 1 file has none: it gets an empty one (a
/// stray `partners` member in a version 1 file was never ours, so it is replaced).
fn v1_to_v2(doc: Json) -> Result<Json, ImportError> {
    let Json::Object(mut members) = doc else {
        return Err(ImportError::NotOurFormat);
    };
    members.retain(|(k, _)| k != "partners");
    members.push((
        "partners".into(),
        Json::Object(vec![
            ("needs".into(), Json::Array(Vec::new())),
            ("candidates".into(), Json::Array(Vec::new())),
        ]),
    ));
    Ok(Json::Object(members))
}

/// Version 3 added the partnership health check: `answers.health` (statements) and
/// `answers.balance` (what the partnership gives and costs), and `results.health`. A
/// version 2 file has no health answers: it gets empty ones (a stray `health` or `balance`
/// member of a version 2 file's answers was never ours, so it is replaced), and every other
/// answer reads exactly as before. `results` is recomputed on import anyway.
fn v2_to_v3(doc: Json) -> Result<Json, ImportError> {
    let Json::Object(mut members) = doc else {
        return Err(ImportError::NotOurFormat);
    };
    for (key, value) in &mut members {
        if key == "answers"
            && let Json::Object(answers) = value
        {
            answers.retain(|(k, _)| k != "health" && k != "balance");
            answers.push(("health".into(), Json::Object(Vec::new())));
            answers.push(("balance".into(), Json::Object(Vec::new())));
        }
    }
    Ok(Json::Object(members))
}

/// What becomes of an answer to a retired item id (`instruments/*.toml`, `[[retired]]`):
/// `Some((Some(new_id), note))` when the item was reworded with its meaning kept (the answer
/// moves to the new id, unless the file also answers the new id, which then wins);
/// `Some((None, note))` when the meaning changed (the answer is left out); `None` when the
/// id was never released.
pub(super) fn retired_answer(
    instruments: &'static Instruments,
    id: &str,
) -> Option<(Option<&'static str>, ImportWarning)> {
    let retired = instruments.retired(id)?;
    let note = retired.note;
    Some(match retired.replaced_by {
        Some(to) => (
            Some(to),
            ImportWarning::RetiredItemMoved {
                id: shorten(id),
                to,
                note,
            },
        ),
        None => (
            None,
            ImportWarning::RetiredItemDropped {
                id: shorten(id),
                note,
            },
        ),
    })
}

/// Turns a document of version `from` (at least 1, at most [`FORMAT_VERSION`]) into the
/// current version.
pub(super) fn migrate(mut doc: Json, from: u32) -> Result<Json, ImportError> {
    let mut version = from;
    while version < FORMAT_VERSION {
        let step = MIGRATIONS
            .get(version as usize - 1)
            .ok_or(ImportError::NotOurFormat)?;
        doc = step(doc)?;
        version += 1;
    }
    Ok(doc)
}
