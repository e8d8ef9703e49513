//! The short glossary reachable from the questions and the results: the few terms of the
//! trade the instruments use, each explained in a sentence or two with an example.
use crate::catalogue::{Msg, msg};

/// The heading of the glossary, and the label of the link that opens it.
pub fn heading() -> &'static str {
    msg::GLOSSARY_HEADING.text()
}

/// One term and what it means.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Entry {
    term: Msg,
    meaning: Msg,
}

impl Entry {
    /// The term, in the language spoken now.
    pub fn term(&self) -> &'static str {
        self.term.text()
    }

    /// What it means, in a sentence or two with an example.
    pub fn meaning(&self) -> &'static str {
        self.meaning.text()
    }
}

/// Every term, in the order a reader meets them (readiness first, then depth).
pub const ENTRIES: &[Entry] = &[
    Entry {
        term: msg::GLOSSARY_LIVED_EXPERIENCE_TERM,
        meaning: msg::GLOSSARY_LIVED_EXPERIENCE_MEANING,
    },
    Entry {
        term: msg::GLOSSARY_ASSET_VIEW_TERM,
        meaning: msg::GLOSSARY_ASSET_VIEW_MEANING,
    },
    Entry {
        term: msg::GLOSSARY_COMMUNITY_CONNECTOR_TERM,
        meaning: msg::GLOSSARY_COMMUNITY_CONNECTOR_MEANING,
    },
    Entry {
        term: msg::GLOSSARY_IN_KIND_TERM,
        meaning: msg::GLOSSARY_IN_KIND_MEANING,
    },
    Entry {
        term: msg::GLOSSARY_MOU_TERM,
        meaning: msg::GLOSSARY_MOU_MEANING,
    },
    Entry {
        term: msg::GLOSSARY_COLLECTIVE_IMPACT_TERM,
        meaning: msg::GLOSSARY_COLLECTIVE_IMPACT_MEANING,
    },
    Entry {
        term: msg::GLOSSARY_BACKBONE_TERM,
        meaning: msg::GLOSSARY_BACKBONE_MEANING,
    },
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_term_the_issue_names_is_explained_once() {
        let terms: Vec<&str> = ENTRIES.iter().map(|e| e.term()).collect();
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
        assert!(ENTRIES.iter().all(|e| e.meaning().ends_with('.')));
    }
}
