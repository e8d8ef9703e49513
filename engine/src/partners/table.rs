//! What the partner table and the matrix chart need decided: the order of the rows for each
//! sortable column, why a candidate got its priority in sentences ([`row_summary`]), a
//! short, inert label for a name in the chart, and where each organisation is drawn on the
//! opportunity matrix ([`matrix_points`]).
//!
//! # Sorting
//!
//! Every column sorts stably: candidates that tie keep the order of the list. Names compare
//! without regard to the case of ASCII letters (full Unicode case folding would add its
//! tables to the widget for little gain in a list of a few dozen names). The first press on a column sorts the way people read it
//! first ([`SortKey::first_direction`]): names and sectors A to Z, ratings High first,
//! priority Immediate first. A second press reverses it. Organisations not rated yet on the
//! column (or, for priority, without a priority) come last either way: "Not rated yet" is
//! not a rating, so it belongs neither above High nor below Low.

use super::map::Candidate;
use super::portfolio::Portfolio;
use super::priority::{Criterion, PartnerRating, Priority, PriorityDecision};
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
    // `None` is "not rated yet", which goes last whichever the direction.
    let number = |i: usize| -> Option<u32> {
        candidates.get(i).and_then(|c| match key {
            SortKey::Sector => Some(u32::from(sector_rank(c))),
            SortKey::Rating(criterion) => c.ratings.get(criterion).map(|r| u32::from(r.points())),
            SortKey::Priority => c.priority_level().map(|p| u32::from(p.rank())),
            SortKey::Name => Some(0),
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
        (_, Direction::Descending) => sort_desc_by_key(&mut order, |&i| {
            number(i).map(|n| (1u8, n)).unwrap_or((0, 0))
        }),
        (_, Direction::Ascending) => sort_desc_by_key(&mut order, |&i| {
            number(i).map_or((0u8, std::cmp::Reverse(0)), |n| (1, std::cmp::Reverse(n)))
        }),
    }
    order
}

/// Sectors sort by their label in the language spoken, so "A to Z" means what the user
/// reads.
fn sector_rank(c: &Candidate) -> u8 {
    let label = c.sector.label().show();
    let below = PARTNER_VOCABULARY
        .sectors
        .iter()
        .filter(|s| s.label.show() < label)
        .count();
    u8::try_from(below).unwrap_or(u8::MAX)
}

/// Why a candidate has its priority, as sentences: what the priority means, then whatever
/// moved it later.
pub fn priority_reasons(decision: &PriorityDecision) -> Vec<&'static str> {
    let m = &PARTNER_VOCABULARY.messages;
    let mut reasons = vec![decision.priority.def().explanation.show()];
    if decision.lowered_for_capacity {
        reasons.push(m.capacity_lowered.show());
    }
    if decision.lowered_for_trust {
        reasons.push(m.trust_lowered.show());
    }
    reasons
}

/// The label of a priority, in the language spoken.
pub fn priority_label(priority: Priority) -> &'static str {
    priority.def().label.show()
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

// ----------------------------------------------------------------------------------------
// What each row says, and where each point of the matrix goes

/// The priority decision for the candidate at `position`: the portfolio's, or the
/// candidate's own if the portfolio was worked out for a shorter list; `None` while it is
/// not rated enough for one.
pub fn priority_of(
    portfolio: &Portfolio,
    position: usize,
    candidate: &Candidate,
) -> Option<PriorityDecision> {
    match portfolio.priorities.get(position) {
        Some(decision) => *decision,
        None => candidate.priority(),
    }
}

/// Whether the candidate at `position` is in the smallest covering set.
pub fn in_cover(portfolio: &Portfolio, position: usize) -> bool {
    portfolio
        .cover
        .members
        .iter()
        .any(|m| m.candidate == position)
}

/// What one row of the partner table says beside an organisation's name.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RowSummary {
    /// Its priority; `None` shows "Not rated yet".
    pub priority: Option<Priority>,
    /// Why it has that priority ([`priority_reasons`]), then whether it is a trusted place
    /// to start and whether it connects to the community.
    pub reasons: Vec<&'static str>,
    /// Without a priority: the ratings still to give (the view words them).
    pub missing: Vec<Criterion>,
    /// It is in the smallest covering set: the row is marked and tagged.
    pub in_cover: bool,
}

/// The row of the candidate at `position`.
pub fn row_summary(portfolio: &Portfolio, position: usize, candidate: &Candidate) -> RowSummary {
    let decision = priority_of(portfolio, position, candidate);
    let m = &PARTNER_VOCABULARY.messages;
    let mut reasons = decision.as_ref().map(priority_reasons).unwrap_or_default();
    let missing = if decision.is_some() {
        Vec::new()
    } else {
        candidate.ratings.missing()
    };
    if portfolio.trusted_starting_points.contains(&position) {
        reasons.push(m.trusted_start.show());
    }
    if portfolio.community_connectors.contains(&position) {
        reasons.push(m.connector.show());
    }
    RowSummary {
        priority: decision.map(|d| d.priority),
        reasons,
        missing,
        in_cover: in_cover(portfolio, position),
    }
}

/// How many candidates have each priority, in [`Priority::ALL`] order.
pub fn priority_counts(portfolio: &Portfolio) -> [(Priority, usize); 4] {
    Priority::ALL.map(|p| {
        let n = portfolio
            .priorities
            .iter()
            .filter(|d| d.is_some_and(|d| d.priority == p))
            .count();
        (p, n)
    })
}

/// How many candidates have no priority yet ("Not rated yet").
pub fn unrated_count(portfolio: &Portfolio) -> usize {
    portfolio.priorities.iter().filter(|d| d.is_none()).count()
}

/// The side of one cell of the opportunity matrix, in SVG viewBox units. The plot is three
/// columns (resource complementarity Low, Medium, High, left to right) by three rows
/// (mission alignment High at the top), its top left corner at ([`MATRIX_LEFT`],
/// [`MATRIX_TOP`]); the room to the left and below holds the axis labels.
pub const MATRIX_CELL: i32 = 90;
/// Where the matrix's plot starts from the left edge of the chart.
pub const MATRIX_LEFT: i32 = 64;
/// Where the matrix's plot starts from the top edge of the chart.
pub const MATRIX_TOP: i32 = 8;

/// Where one organisation is drawn on the opportunity matrix.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct MatrixPoint {
    /// Its position in the list (the chart shows it plus one, matching the list).
    pub position: usize,
    /// Its centre, in viewBox units.
    pub x: i32,
    pub y: i32,
    /// Its size: larger for more relationship potential, smaller when many share a cell.
    pub radius: i32,
    /// Its priority, which the shape of the point shows.
    pub priority: Priority,
    /// Whether its number fits beside it (its cell holds at most nine organisations).
    pub numbered: bool,
}

/// What places a candidate on the matrix: its mission alignment (the row), resource
/// complementarity (the column), relationship potential (the size) and priority (the
/// shape). A candidate missing any of them is not drawn: a point in a cell would claim a
/// rating nobody gave.
fn placement(
    c: &Candidate,
    priority: Option<Priority>,
) -> Option<(PartnerRating, PartnerRating, PartnerRating, Priority)> {
    Some((
        c.ratings.mission_alignment?,
        c.ratings.resource_complementarity?,
        c.ratings.relationship_potential?,
        priority?,
    ))
}

/// Whether the candidate is drawn on the opportunity matrix ([`matrix_points`]).
pub fn on_matrix(c: &Candidate) -> bool {
    placement(c, c.priority_level()).is_some()
}

/// The cell of a candidate, 0 to 8, row by row from the top left: mission alignment picks
/// the row (High at the top), resource complementarity the column (High at the right).
fn matrix_cell(mission: PartnerRating, complementarity: PartnerRating) -> usize {
    let col = usize::from(complementarity.points());
    let row = 2usize.saturating_sub(usize::from(mission.points()));
    (row * 3 + col).min(8)
}

fn units(n: usize) -> i32 {
    i32::try_from(n).unwrap_or(i32::MAX)
}

/// The point of every candidate rated enough to place ([`on_matrix`]), in list order.
/// Organisations that share a cell sit in the smallest square grid that holds them all, in
/// list order.
pub fn matrix_points(candidates: &[Candidate], portfolio: &Portfolio) -> Vec<MatrixPoint> {
    let placed_list: Vec<(
        usize,
        (PartnerRating, PartnerRating, PartnerRating, Priority),
    )> = candidates
        .iter()
        .enumerate()
        .filter_map(|(i, c)| {
            let priority = priority_of(portfolio, i, c).map(|d| d.priority);
            placement(c, priority).map(|p| (i, p))
        })
        .collect();
    let mut per_cell = [0usize; 9];
    for (_, (m, co, _, _)) in &placed_list {
        if let Some(n) = per_cell.get_mut(matrix_cell(*m, *co)) {
            *n += 1;
        }
    }
    let mut placed = [0usize; 9];
    placed_list
        .into_iter()
        .map(|(i, (mission, complementarity, relationship, priority))| {
            let cell = matrix_cell(mission, complementarity);
            let k = placed.get(cell).copied().unwrap_or(0);
            if let Some(n) = placed.get_mut(cell) {
                *n += 1;
            }
            let n = per_cell.get(cell).copied().unwrap_or(1).max(1);
            let mut side = 1;
            while side * side < n {
                side += 1;
            }
            let step = (MATRIX_CELL - 8) / units(side);
            let origin = |along: usize| 4 + step / 2 + units(along) * step;
            let x = MATRIX_LEFT + units(cell % 3) * MATRIX_CELL + origin(k % side);
            let y = MATRIX_TOP + units(cell / 3) * MATRIX_CELL + origin(k / side);
            let size = 4 + 3 * i32::from(relationship.points());
            MatrixPoint {
                position: i,
                x,
                y,
                radius: size.min(step / 2 - 1).max(2),
                priority,
                numbered: side <= 3,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::partners::{PartnerRating, Sector};

    fn candidate(name: &str, sector: &str, m: PartnerRating, trust: PartnerRating) -> Candidate {
        let mut c = Candidate::new(name, Sector::from_id(sector).unwrap_or(Sector::other()))
            .unwrap_or_else(|e| panic!("{e}"));
        c.ratings.mission_alignment = Some(m);
        c.ratings.resource_complementarity = Some(PartnerRating::High);
        c.ratings.relationship_potential = Some(PartnerRating::High);
        c.ratings.capacity_to_engage = Some(PartnerRating::Medium);
        c.ratings.existing_trust = Some(trust);
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
        let plain = l[0]
            .priority()
            .as_ref()
            .map(priority_reasons)
            .unwrap_or_default();
        assert_eq!(plain, [Priority::Immediate.def().explanation.en()]);
        let lowered = l[3]
            .priority()
            .as_ref()
            .map(priority_reasons)
            .unwrap_or_default();
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

    fn map_of(list: Vec<Candidate>) -> crate::partners::PartnerMap {
        let mut map = crate::partners::PartnerMap::default();
        for c in list {
            assert!(map.add(c).is_ok());
        }
        map
    }

    #[test]
    fn a_row_gives_the_priority_its_reasons_and_whether_it_is_in_the_cover() {
        use crate::partners::{Offer, analyse};
        let mut l = list();
        let funding = Offer::from_id("funding").unwrap_or_else(|| panic!("funding"));
        l[0].offers.insert(funding);
        l[0].ratings.existing_trust = Some(PartnerRating::High);
        let mut map = map_of(l);
        assert!(map.set_need(funding, true).is_ok());
        let portfolio = analyse(&map);
        let c = &map.candidates()[0];
        let row = row_summary(&portfolio, 0, c);
        assert_eq!(row.priority, Some(Priority::Immediate));
        assert!(row.in_cover);
        assert_eq!(
            row.reasons,
            [
                Priority::Immediate.def().explanation.en(),
                PARTNER_VOCABULARY.messages.trusted_start.en()
            ]
        );
        let lowered = row_summary(&portfolio, 3, &map.candidates()[3]);
        assert_eq!(lowered.priority, Some(Priority::Explore));
        assert!(!lowered.in_cover);
        assert_eq!(lowered.reasons.len(), 2);
        // A portfolio worked out for a shorter list falls back on the candidate's own.
        let empty = analyse(&crate::partners::PartnerMap::default());
        assert_eq!(priority_of(&empty, 0, c), c.priority());
        assert!(!in_cover(&empty, 0));
    }

    #[test]
    fn the_priorities_are_counted_in_order() {
        let portfolio = crate::partners::analyse(&map_of(list()));
        assert_eq!(
            priority_counts(&portfolio),
            [
                (Priority::Immediate, 1),
                (Priority::Explore, 2),
                (Priority::LongTerm, 0),
                (Priority::NotNow, 1)
            ]
        );
    }

    #[test]
    fn matrix_points_sit_in_their_cell_and_grow_with_relationship_potential() {
        use PartnerRating::*;
        let mut l = list();
        l[2].ratings.relationship_potential = Some(Low);
        let portfolio = crate::partners::analyse(&map_of(l.clone()));
        let points = matrix_points(&l, &portfolio);
        assert_eq!(points.len(), 4);
        let inside = |p: &MatrixPoint, col: i32, row: i32| {
            let left = MATRIX_LEFT + col * MATRIX_CELL;
            let top = MATRIX_TOP + row * MATRIX_CELL;
            p.x - p.radius > left
                && p.x + p.radius < left + MATRIX_CELL
                && p.y - p.radius > top
                && p.y + p.radius < top + MATRIX_CELL
        };
        // High mission, High complementarity: top right, shared by two (0 and 3).
        assert!(inside(&points[0], 2, 0) && inside(&points[3], 2, 0));
        assert_ne!((points[0].x, points[0].y), (points[3].x, points[3].y));
        // Low mission: bottom row; Medium: middle row.
        assert!(inside(&points[1], 2, 2));
        assert!(inside(&points[2], 2, 1));
        assert!(
            points[2].radius < points[1].radius,
            "less relationship potential"
        );
        assert_eq!(points[1].priority, Priority::NotNow);
        assert!(points.iter().all(|p| p.numbered));
        assert_eq!(
            points.iter().map(|p| p.position).collect::<Vec<_>>(),
            [0, 1, 2, 3]
        );
    }

    #[test]
    fn a_crowded_cell_still_holds_every_point_apart() {
        let l: Vec<Candidate> = (0..40)
            .map(|n| {
                candidate(
                    &format!("Org {n}"),
                    "other",
                    PartnerRating::High,
                    PartnerRating::Medium,
                )
            })
            .collect();
        let portfolio = crate::partners::analyse(&map_of(l.clone()));
        let points = matrix_points(&l, &portfolio);
        let mut spots: Vec<(i32, i32)> = points.iter().map(|p| (p.x, p.y)).collect();
        spots.sort_unstable();
        spots.dedup();
        assert_eq!(spots.len(), 40, "no two points on top of each other");
        for p in &points {
            assert!(p.radius >= 2);
            assert!(p.x + p.radius <= MATRIX_LEFT + 3 * MATRIX_CELL);
            assert!(p.y + p.radius <= MATRIX_TOP + MATRIX_CELL);
            assert!(!p.numbered, "no room for numbers in a grid of seven");
        }
        assert!(matrix_points(&[], &portfolio).is_empty());
    }
}
