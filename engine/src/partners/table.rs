//! What the partner table and the matrix chart need decided: the order of the rows for each
//! sortable column, why a candidate got its priority in sentences, and a short, inert label
//! for a name in the chart.
//!
//! # Sorting
//!
//! Every column sorts stably: candidates that tie keep the order of the list. Names compare
//! without regard to the case of ASCII letters (full Unicode case folding would add its
//! tables to the widget for little gain in a list of a few dozen names). The first press on a column sorts the way people read it
//! first ([`SortKey::first_direction`]): names and sectors A to Z, ratings High first,
//! priority Immediate first. A second press reverses it.

use super::map::Candidate;
use super::priority::{Criterion, Priority, PriorityDecision};
use super::vocabulary::PARTNER_VOCABULARY;
use crate::rank::sort_desc_by_key;

/// A column of the partner table that can be sorted.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SortKey {
    Name,
    Sector,
    Rating(Criterion),
    Priority,
}

/// Which way a column is sorted, in the sense of `aria-sort`: ascending means the values
/// grow down the table (A to Z, Low to High, Immediate to Not now).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Direction {
    Ascending,
    Descending,
}

impl Direction {
    /// The other way.
    pub fn reversed(self) -> Direction {
        match self {
            Direction::Ascending => Direction::Descending,
            Direction::Descending => Direction::Ascending,
        }
    }

    /// The value of `aria-sort`.
    pub fn aria(self) -> &'static str {
        match self {
            Direction::Ascending => "ascending",
            Direction::Descending => "descending",
        }
    }
}

impl SortKey {
    /// The way the first press sorts (module documentation).
    pub fn first_direction(self) -> Direction {
        match self {
            SortKey::Rating(_) => Direction::Descending,
            _ => Direction::Ascending,
        }
    }
}

/// The sort after a press on `key`, given the current sort: a new column starts in its
/// first direction, the same column reverses.
pub fn next_sort(current: Option<(SortKey, Direction)>, key: SortKey) -> (SortKey, Direction) {
    match current {
        Some((k, d)) if k == key => (key, d.reversed()),
        _ => (key, key.first_direction()),
    }
}

/// The positions of `candidates` in table order for `sort` (`None`: the list's own order).
///
/// ```
/// use partnership_engine::partners::*;
/// use partnership_engine::partners::table::*;
/// let sector = Sector::from_id("faith").unwrap();
/// let list = [Candidate::new("b", sector).unwrap(), Candidate::new("A", sector).unwrap()];
/// assert_eq!(sorted_positions(&list, Some((SortKey::Name, Direction::Ascending))), [1, 0]);
/// assert_eq!(sorted_positions(&list, None), [0, 1]);
/// ```
pub fn sorted_positions(
    candidates: &[Candidate],
    sort: Option<(SortKey, Direction)>,
) -> Vec<usize> {
    let mut order: Vec<usize> = (0..candidates.len()).collect();
    let Some((key, direction)) = sort else {
        return order;
    };
    // One integer or text key per candidate; the stable sort keeps list order among ties.
    let number = |i: usize| -> u32 {
        candidates.get(i).map_or(0, |c| match key {
            SortKey::Sector => u32::from(sector_rank(c)),
            SortKey::Rating(criterion) => u32::from(c.ratings.get(criterion).points()),
            SortKey::Priority => u32::from(c.priority().priority.rank()),
            SortKey::Name => 0,
        })
    };
    let name = |i: usize| -> String {
        candidates
            .get(i)
            .map(|c| c.name().to_ascii_lowercase())
            .unwrap_or_default()
    };
    // `sort_desc_by_key` puts the largest first; ascending wraps the key in `Reverse`.
    match (key, direction) {
        (SortKey::Name, Direction::Descending) => sort_desc_by_key(&mut order, |&i| name(i)),
        (SortKey::Name, Direction::Ascending) => {
            sort_desc_by_key(&mut order, |&i| std::cmp::Reverse(name(i)))
        }
        (_, Direction::Descending) => sort_desc_by_key(&mut order, |&i| number(i)),
        (_, Direction::Ascending) => {
            sort_desc_by_key(&mut order, |&i| std::cmp::Reverse(number(i)))
        }
    }
    order
}

/// Sectors sort by their label, so "A to Z" means what the user reads.
fn sector_rank(c: &Candidate) -> u8 {
    let label = c.sector.label().en();
    let below = PARTNER_VOCABULARY
        .sectors
        .iter()
        .filter(|s| s.label.en() < label)
        .count();
    u8::try_from(below).unwrap_or(u8::MAX)
}

/// Why a candidate has its priority, as sentences: what the priority means, then whatever
/// moved it later.
pub fn priority_reasons(decision: &PriorityDecision) -> Vec<&'static str> {
    let m = &PARTNER_VOCABULARY.messages;
    let mut reasons = vec![decision.priority.def().explanation.en()];
    if decision.lowered_for_capacity {
        reasons.push(m.capacity_lowered.en());
    }
    if decision.lowered_for_trust {
        reasons.push(m.trust_lowered.en());
    }
    reasons
}

/// The label of a priority.
pub fn priority_label(priority: Priority) -> &'static str {
    priority.def().label.en()
}

/// The most characters of a name shown beside a point of the matrix chart.
pub const CHART_LABEL_CHARS: usize = 18;

/// A name cut to fit beside a point of the chart: bidirectional controls removed (an
/// override in one label must not reverse the text around it), line breaks and tabs made
/// spaces, and at most [`CHART_LABEL_CHARS`] characters, the last an ellipsis when cut.
///
/// ```
/// use partnership_engine::partners::table::chart_label;
/// assert_eq!(chart_label("Food bank"), "Food bank");
/// assert_eq!(chart_label("Riverside Community Foundation"), "Riverside Communi…");
/// assert_eq!(chart_label("evil\u{202E}gnp.exe"), "evilgnp.exe");
/// ```
pub fn chart_label(name: &str) -> String {
    let clean: Vec<char> = name
        .chars()
        .filter(|c| !is_bidi_control(*c))
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    if clean.len() <= CHART_LABEL_CHARS {
        return clean.into_iter().collect();
    }
    let mut cut: String = clean.iter().take(CHART_LABEL_CHARS - 1).collect();
    cut.truncate(cut.trim_end().len());
    cut.push('…');
    cut
}

/// The invisible characters that change the direction of the text around them.
pub fn is_bidi_control(c: char) -> bool {
    matches!(
        c,
        '\u{061C}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}'
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::partners::{PartnerRating, Sector};

    fn candidate(name: &str, sector: &str, m: PartnerRating, trust: PartnerRating) -> Candidate {
        let mut c = Candidate::new(name, Sector::from_id(sector).unwrap_or(Sector::other()))
            .unwrap_or_else(|e| panic!("{e}"));
        c.ratings.mission_alignment = m;
        c.ratings.resource_complementarity = PartnerRating::High;
        c.ratings.relationship_potential = PartnerRating::High;
        c.ratings.existing_trust = trust;
        c
    }

    fn list() -> Vec<Candidate> {
        use PartnerRating::*;
        vec![
            candidate("clinic", "health", High, Medium),  // Immediate
            candidate("Arts trust", "funder", Low, High), // Not now
            candidate("bakery", "business", Medium, Medium), // Explore
            candidate("Apple Co", "business", High, Low), // Immediate, trust lowers: Explore
        ]
    }

    #[test]
    fn every_column_sorts_both_ways_and_ties_keep_the_list_order() {
        let l = list();
        let by = |key, dir| sorted_positions(&l, Some((key, dir)));
        use Direction::*;
        assert_eq!(by(SortKey::Name, Ascending), [3, 1, 2, 0]);
        assert_eq!(by(SortKey::Name, Descending), [0, 2, 1, 3]);
        // Business < Funder < Health care provider, by label.
        assert_eq!(by(SortKey::Sector, Ascending), [2, 3, 1, 0]);
        assert_eq!(by(SortKey::Priority, Ascending), [0, 2, 3, 1]);
        assert_eq!(by(SortKey::Priority, Descending), [1, 2, 3, 0]);
        let mission = SortKey::Rating(Criterion::MissionAlignment);
        assert_eq!(by(mission, Descending), [0, 3, 2, 1]);
        assert_eq!(by(mission, Ascending), [1, 2, 0, 3]);
        assert_eq!(sorted_positions(&l, None), [0, 1, 2, 3]);
        assert_eq!(
            sorted_positions(&[], Some((SortKey::Name, Ascending))),
            [0usize; 0]
        );
    }

    #[test]
    fn a_new_column_starts_its_own_way_and_the_same_column_reverses() {
        let mission = SortKey::Rating(Criterion::MissionAlignment);
        assert_eq!(next_sort(None, mission), (mission, Direction::Descending));
        assert_eq!(
            next_sort(None, SortKey::Name),
            (SortKey::Name, Direction::Ascending)
        );
        assert_eq!(
            next_sort(Some((SortKey::Name, Direction::Ascending)), SortKey::Name),
            (SortKey::Name, Direction::Descending)
        );
        assert_eq!(
            next_sort(
                Some((SortKey::Name, Direction::Ascending)),
                SortKey::Priority
            ),
            (SortKey::Priority, Direction::Ascending)
        );
    }

    #[test]
    fn the_reasons_say_what_the_priority_means_and_what_moved_it() {
        let l = list();
        let plain = priority_reasons(&l[0].priority());
        assert_eq!(plain, [Priority::Immediate.def().explanation.en()]);
        let lowered = priority_reasons(&l[3].priority());
        assert_eq!(lowered.len(), 2);
        assert_eq!(lowered[0], Priority::Explore.def().explanation.en());
        assert_eq!(lowered[1], PARTNER_VOCABULARY.messages.trust_lowered.en());
    }

    #[test]
    fn chart_labels_are_short_single_line_and_free_of_direction_controls() {
        let long = "x".repeat(10_000);
        let label = chart_label(&long);
        assert_eq!(label.chars().count(), CHART_LABEL_CHARS);
        assert!(label.ends_with('…'));
        let hostile = "<img src=x onerror=alert(1)>\u{202E}\u{2066}\n\tfin";
        let label = chart_label(hostile);
        assert!(!label.chars().any(|c| is_bidi_control(c) || c.is_control()));
        assert!(label.chars().count() <= CHART_LABEL_CHARS);
        assert_eq!(chart_label("exactly eighteen!!"), "exactly eighteen!!");
        // A cut never leaves a space before the ellipsis.
        assert_eq!(
            chart_label("Riverside Community Hall"),
            "Riverside Communi…"
        );
        assert_eq!(
            chart_label("Riverside Centre of the Arts"),
            "Riverside Centre…"
        );
    }
}
