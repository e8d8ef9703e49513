//! The portfolio view: how the candidates together meet the needs the user ticked.
//!
//! # What is computed
//!
//! - **Coverage**: for each ticked need (in vocabulary order), the candidates that offer it.
//! - **Gaps**: ticked needs that no candidate offers.
//! - **Sector diversity**: how many candidates come from each sector; a warning when there
//!   are at least two candidates and all share one sector (a single candidate is not yet a
//!   portfolio to judge).
//! - **Trusted starting points**: candidates rated High on existing trust whose priority is
//!   given and is not Not now (a trusted organisation whose mission does not fit is not a
//!   place to start this alliance, and one not yet rated is not known to fit).
//! - **Community connectors**: candidates flagged as such, whatever their priority.
//! - **The covering set** ([`Cover`]): the fewest candidates that together offer every
//!   ticked need that anyone offers, found exactly (never greedily).
//!
//! # The covering set, precisely
//!
//! Among all sets of candidates that together offer every *coverable* need (a need some
//! candidate offers), the cover is the one that is best by these rules, each deciding only
//! when the ones before it tie:
//!
//! 1. **Fewest Not now candidates.** A Not now candidate is used only for a need that no
//!    other candidate offers, and is then flagged ([`CoverMember::not_now`]): the user sees
//!    that the only source of that need is a partner we would otherwise not approach.
//! 2. **Fewest candidates without a priority** ("Not rated yet"). What an organisation
//!    offers is a fact the user ticked, so an unrated one can still cover a need, but only
//!    one that no rated candidate (short of Not now) offers, and it is then flagged
//!    ([`CoverMember::unrated`]): the set never quietly rests on a rating nobody gave.
//! 3. **Fewest candidates** ("the fewest connections that reach the goal").
//! 4. **Best priorities**: the smallest sum of priority ranks (Immediate 0, Explore 1,
//!    Long-term 2, Not now 3; no priority counts as 3).
//! 5. **Most existing trust**: the largest sum of trust (Low 0, Medium 1, High 2; trust not
//!    rated yet counts as 0, since unknown trust is not trust).
//! 6. **Earliest in the list**: the smallest sum of list positions.
//! 7. Any tie still left is settled by taking, for the need not yet covered that the fewest
//!    candidates offer (ties: vocabulary order), the earliest candidate in the list that
//!    keeps the set best, and so on.
//!
//! Each member's reason is the needs it offers that no other member offers
//! ([`CoverMember::only_it`]); in a cover chosen this way that list is never empty, since a
//! member without one could be dropped.
//!
//! The search is a dynamic programme over the subsets of coverable needs (at most 2^16):
//! the best set covering a subset `S` is a candidate offering the rarest need of `S` plus
//! the best set covering what that candidate leaves of `S` (rarest first, because the
//! first need's list is walked for half of all subsets). The six rules are one packed
//! integer cost, so "best" is a single comparison. Candidates offering exactly the same
//! needs are reduced to the cheapest, and a candidate is skipped when another offers all
//! its needs at a lower cost (it can be in no best set).

use super::map::{Candidate, MAX_CANDIDATES, MAX_NEEDS, PartnerMap};
use super::priority::{PartnerRating, Priority, PriorityDecision};
use super::vocabulary::{Offer, OfferSet, Sector};

/// Everything the portfolio view shows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Portfolio {
    /// Each candidate's priority, by position; `None` while the ratings it rests on are
    /// not all given ("Not rated yet").
    pub priorities: Vec<Option<PriorityDecision>>,
    /// One entry per ticked need, in vocabulary order.
    pub coverage: Vec<NeedCoverage>,
    /// Ticked needs no candidate offers.
    pub gaps: OfferSet,
    pub sectors: SectorDiversity,
    /// Positions of candidates rated High on existing trust with a priority other than Not
    /// now.
    pub trusted_starting_points: Vec<usize>,
    /// Positions of candidates flagged as community connectors.
    pub community_connectors: Vec<usize>,
    pub cover: Cover,
}

/// Who offers one need.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NeedCoverage {
    pub need: Offer,
    /// Positions of the candidates offering it, in list order.
    pub candidates: Vec<usize>,
}

/// How varied the candidates' sectors are.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SectorDiversity {
    /// `(sector, number of candidates)` for each sector with at least one, in vocabulary
    /// order.
    pub counts: Vec<(Sector, usize)>,
    /// The warning: set when there are at least two candidates and all are in this sector.
    pub single_sector: Option<Sector>,
}

/// The smallest set of candidates covering every coverable need (module docs for the rule).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Cover {
    /// The members, in list order.
    pub members: Vec<CoverMember>,
    /// Ticked needs that no candidate offers (the same as [`Portfolio::gaps`]).
    pub uncovered: OfferSet,
}

/// One member of the covering set and why it is there.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CoverMember {
    /// Its position in the list.
    pub candidate: usize,
    /// The ticked needs it offers.
    pub covers: OfferSet,
    /// The ticked needs it offers that no other member offers: the reason it is in the set.
    pub only_it: OfferSet,
    /// Its priority is Not now: it is in the set only because nobody else offers some of
    /// the needs in `only_it`.
    pub not_now: bool,
    /// It has no priority yet ("Not rated yet"): it is in the set only because no rated
    /// candidate offers some of the needs in `only_it`.
    pub unrated: bool,
}

/// Analyses the map against its ticked needs.
///
/// ```
/// use partnership_engine::partners::*;
/// let mut map = PartnerMap::default();
/// let need = |id: &str| Offer::from_id(id).unwrap();
/// map.set_need(need("funding"), true).unwrap();
/// map.set_need(need("volunteers"), true).unwrap();
/// map.set_need(need("data"), true).unwrap();
/// let mut add = |name, offers: &[&str]| {
///     let mut c = Candidate::new(name, Sector::from_id("nonprofit").unwrap()).unwrap();
///     c.offers = offers.iter().map(|id| need(id)).collect();
///     map.add(c).unwrap();
/// };
/// add("Community foundation", &["funding"]);
/// add("Volunteer centre", &["volunteers"]);
/// add("United Way", &["funding", "volunteers"]);
/// let p = analyse(&map);
/// assert_eq!(p.cover.members.len(), 1);
/// assert_eq!(p.cover.members[0].candidate, 2);
/// assert!(p.gaps.contains(need("data")));
/// assert_eq!(p.sectors.single_sector, Sector::from_id("nonprofit"));
/// ```
pub fn analyse(map: &PartnerMap) -> Portfolio {
    let candidates = map.candidates();
    let needs = map.needs();
    let priorities: Vec<Option<PriorityDecision>> =
        candidates.iter().map(Candidate::priority).collect();
    let coverage: Vec<NeedCoverage> = needs
        .iter()
        .map(|need| NeedCoverage {
            need,
            candidates: positions(candidates, |c| c.offers.contains(need)),
        })
        .collect();
    let offered = candidates
        .iter()
        .fold(OfferSet::EMPTY, |acc, c| acc.union(c.offers));
    let gaps = needs.difference(offered);

    let mut counts: Vec<(Sector, usize)> = Vec::new();
    for sector in Sector::all() {
        let n = candidates.iter().filter(|c| c.sector == sector).count();
        if n > 0 {
            counts.push((sector, n));
        }
    }
    let single_sector = match counts.as_slice() {
        [(sector, n)] if *n >= 2 => Some(*sector),
        _ => None,
    };

    let trusted_starting_points = candidates
        .iter()
        .zip(&priorities)
        .enumerate()
        .filter(|(_, (c, p))| {
            c.ratings.existing_trust == Some(PartnerRating::High)
                && p.is_some_and(|p| p.priority != Priority::NotNow)
        })
        .map(|(i, _)| i)
        .collect();
    let community_connectors = positions(candidates, Candidate::is_community_connector);
    let cover = smallest_cover(candidates, needs);
    Portfolio {
        priorities,
        coverage,
        gaps,
        sectors: SectorDiversity {
            counts,
            single_sector,
        },
        trusted_starting_points,
        community_connectors,
        cover,
    }
}

fn positions(candidates: &[Candidate], keep: impl Fn(&Candidate) -> bool) -> Vec<usize> {
    candidates
        .iter()
        .enumerate()
        .filter(|(_, c)| keep(c))
        .map(|(i, _)| i)
        .collect()
}

// Packed cost fields (low to high): list position sum (16 bits: at most 16 members x 199),
// trust deficit sum (10 bits: at most 16 x 2), priority rank sum (8 bits: at most 16 x 3),
// member count (6 bits), unrated count (6 bits), Not now count (6 bits). No field can
// carry into the next.
const POSITION_SHIFT: u32 = 0;
const TRUST_SHIFT: u32 = 16;
const PRIORITY_SHIFT: u32 = 26;
const SIZE_SHIFT: u32 = 34;
const UNRATED_SHIFT: u32 = 40;
const NOT_NOW_SHIFT: u32 = 46;

fn member_cost(position: usize, candidate: &Candidate) -> u64 {
    let priority = candidate.priority_level();
    let not_now = u64::from(priority == Some(Priority::NotNow));
    let unrated = u64::from(priority.is_none());
    let rank = priority.map_or(Priority::NotNow.rank(), Priority::rank);
    let trust = candidate
        .ratings
        .existing_trust
        .map_or(0, PartnerRating::points);
    let trust_deficit = u64::from(2 - trust.min(2));
    (not_now << NOT_NOW_SHIFT)
        | (unrated << UNRATED_SHIFT)
        | (1 << SIZE_SHIFT)
        | (u64::from(rank) << PRIORITY_SHIFT)
        | (trust_deficit << TRUST_SHIFT)
        | ((position.min(0xFFF) as u64) << POSITION_SHIFT)
}

/// One distinct way of covering needs: the best candidate with this exact mask.
#[derive(Clone, Copy)]
struct Entry {
    mask: u32,
    cost: u64,
    position: usize,
}

/// The exact smallest covering set (module docs for the rule). Only the first
/// [`MAX_NEEDS`] of `needs` and the first [`MAX_CANDIDATES`] candidates are considered (a
/// [`PartnerMap`] never holds more).
pub fn smallest_cover(candidates: &[Candidate], needs: OfferSet) -> Cover {
    // At most 200 candidates: a per-need list index always fits the DP's `u8` choice table.
    let candidates = candidates.get(..MAX_CANDIDATES).unwrap_or(candidates);
    let need_list: Vec<Offer> = needs.iter().take(MAX_NEEDS).collect();
    let needs = need_list.iter().copied().collect::<OfferSet>();
    let mask_of = |c: &Candidate| -> u32 {
        need_list
            .iter()
            .enumerate()
            .filter(|(_, n)| c.offers.contains(**n))
            .fold(0u32, |m, (b, _)| m | (1 << b))
    };
    let masks: Vec<u32> = candidates.iter().map(mask_of).collect();
    let coverable = masks.iter().fold(0u32, |a, m| a | m);
    let uncovered: OfferSet = need_list
        .iter()
        .enumerate()
        .filter(|(b, _)| coverable & (1 << b) == 0)
        .map(|(_, n)| *n)
        .collect();

    // Compress the coverable needs to bits 0..k.
    let bits: Vec<usize> = (0..need_list.len())
        .filter(|b| coverable & (1 << b) != 0)
        .collect();
    let compress = |m: u32| -> u32 {
        bits.iter()
            .enumerate()
            .filter(|(_, b)| m & (1 << **b) != 0)
            .fold(0u32, |acc, (i, _)| acc | (1 << i))
    };
    let k = bits.len();

    // The best candidate for each distinct mask (equal masks: the cheaper one always wins).
    let mut entries: Vec<Entry> = Vec::new();
    for (position, (candidate, mask)) in candidates.iter().zip(&masks).enumerate() {
        let mask = compress(*mask);
        if mask == 0 {
            continue;
        }
        let cost = member_cost(position, candidate);
        match entries.iter_mut().find(|e| e.mask == mask) {
            Some(e) if e.cost <= cost => {}
            Some(e) => {
                *e = Entry {
                    mask,
                    cost,
                    position,
                }
            }
            None => entries.push(Entry {
                mask,
                cost,
                position,
            }),
        }
    }
    // Drop dominated entries: one whose needs another entry also offers, at a lower cost.
    // Costs are all distinct (list positions differ), so a dominated entry is in no best
    // set, and dropping it changes nothing but the time taken.
    let snapshot = entries.clone();
    entries.retain(|e| {
        !snapshot
            .iter()
            .any(|f| f.mask & e.mask == e.mask && f.cost < e.cost)
    });
    // Put the rarest needs first: half of all subsets start with the first need, a quarter
    // with the second, and so on, so the work is dominated by the first needs' lists.
    let count = |b: usize| entries.iter().filter(|e| e.mask & (1 << b) != 0).count();
    let mut order: Vec<usize> = (0..k).collect();
    crate::rank::sort_desc_by_key(&mut order, |&b| std::cmp::Reverse((count(b), b)));
    for e in &mut entries {
        e.mask = order
            .iter()
            .enumerate()
            .filter(|(_, old)| e.mask & (1 << **old) != 0)
            .fold(0u32, |acc, (new, _)| acc | (1 << new));
    }
    // By list position, so ties go to the earliest candidate (rule 6).
    crate::rank::sort_desc_by_key(&mut entries, |e| std::cmp::Reverse(e.position));
    let by_bit: Vec<Vec<Entry>> = (0..k)
        .map(|b| {
            entries
                .iter()
                .filter(|e| e.mask & (1 << b) != 0)
                .copied()
                .collect()
        })
        .collect();

    let states = 1usize << k;
    let mut best = vec![0u64; states];
    let mut choice = vec![0u8; states];
    for s in 1..states {
        let low = (s as u32).trailing_zeros() as usize;
        let mut found = u64::MAX;
        let mut pick = 0u8;
        for (i, e) in by_bit
            .get(low)
            .map_or(&[][..], Vec::as_slice)
            .iter()
            .enumerate()
        {
            let rest = s & !(e.mask as usize);
            let cost = e
                .cost
                .saturating_add(best.get(rest).copied().unwrap_or(u64::MAX));
            if cost < found {
                found = cost;
                pick = u8::try_from(i).unwrap_or(u8::MAX);
            }
        }
        if let (Some(b), Some(c)) = (best.get_mut(s), choice.get_mut(s)) {
            *b = found;
            *c = pick;
        }
    }

    let mut chosen: Vec<usize> = Vec::new();
    let mut s = states - 1;
    while s != 0 {
        let low = s.trailing_zeros() as usize;
        let pick = usize::from(choice.get(s).copied().unwrap_or(0));
        let Some(e) = by_bit.get(low).and_then(|list| list.get(pick)) else {
            break;
        };
        chosen.push(e.position);
        s &= !(e.mask as usize);
    }
    crate::rank::sort_desc_by_key(&mut chosen, |p| std::cmp::Reverse(*p));

    let covers = |p: usize| {
        candidates
            .get(p)
            .map_or(OfferSet::EMPTY, |c| c.offers.intersection(needs))
    };
    let members = chosen
        .iter()
        .map(|&p| {
            let others = chosen
                .iter()
                .filter(|&&q| q != p)
                .fold(OfferSet::EMPTY, |acc, &q| acc.union(covers(q)));
            CoverMember {
                candidate: p,
                covers: covers(p),
                only_it: covers(p).difference(others),
                not_now: candidates
                    .get(p)
                    .is_some_and(|c| c.priority_level() == Some(Priority::NotNow)),
                unrated: candidates
                    .get(p)
                    .is_some_and(|c| c.priority_level().is_none()),
            }
        })
        .collect();
    Cover { members, uncovered }
}
