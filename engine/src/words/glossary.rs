//! The short glossary reachable from the questions and the results: the few terms of the
//! trade the instruments use, each explained in a sentence or two with an example.
use crate::catalogue::msg;

/// The heading of the glossary, and the label of the link that opens it.
pub fn heading() -> &'static str {
    msg::GLOSSARY_HEADING.text()
}

/// One term and what it means.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Entry {
    pub term: &'static str,
    pub meaning: &'static str,
}

/// Every term, in the order a reader meets them (readiness first, then depth).
pub const ENTRIES: &[Entry] = &[
    Entry {
        term: "Lived experience",
        meaning: "Knowing an issue from your own life rather than from work or study: a \
                  tenant who has faced eviction knows something about housing that a housing \
                  officer may not.",
    },
    Entry {
        term: "Asset view",
        meaning: "Describing a community by what it has (skills, groups, places, people who \
                  get things done) before what it lacks. The opposite, a deficit view, sees \
                  only problems to fix.",
    },
    Entry {
        term: "Community connector",
        meaning: "A person others in the community trust and listen to, such as a faith \
                  leader, a shop owner or a long-time volunteer, who can introduce you and \
                  vouch for you.",
    },
    Entry {
        term: "In kind",
        meaning: "A contribution that is not money: a meeting room, staff hours, equipment, \
                  printing, or a volunteer's time.",
    },
    Entry {
        term: "Memorandum of understanding",
        meaning: "A short written agreement between partners, often called an MOU, that sets \
                  out goals, who does what, what each puts in and how disagreements are \
                  handled. It is usually not a legal contract.",
    },
    Entry {
        term: "Collective impact",
        meaning: "The deepest kind of partnership: many organizations working for years toward \
                  one shared goal, with common measures of progress, constant communication \
                  and a team whose job is to coordinate them.",
    },
    Entry {
        term: "Backbone organization",
        meaning: "The organization, or small team, paid to hold a large partnership together: \
                  it convenes meetings, keeps the shared data and keeps everyone informed. It \
                  serves the partners rather than leading them.",
    },
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_term_the_issue_names_is_explained_once() {
        let terms: Vec<&str> = ENTRIES.iter().map(|e| e.term).collect();
        for term in [
            "Collective impact",
            "Backbone organization",
            "In kind",
            "Memorandum of understanding",
            "Lived experience",
            "Asset view",
            "Community connector",
        ] {
            assert_eq!(terms.iter().filter(|t| **t == term).count(), 1, "{term}");
        }
        assert!(ENTRIES.iter().all(|e| e.meaning.ends_with('.')));
    }
}
