//! Short question screens: a long part is asked over several pages of a handful of
//! questions, so no screen of a phone runs on for long. A page is a range over the part's
//! items in the order they are asked (a readiness area's statements, barriers, or the
//! timing questions with the triggers first); [`next`] and [`back`] walk pages and parts
//! together.

use std::ops::Range;

use crate::answers::Answers;
use crate::flow::Section;
use crate::instrument::Instruments;

/// At most this many statements of a readiness area on one page (each a scale of seven
/// answers with a line of guidance). A longer area is split into pages of nearly equal
/// size: six statements are asked three and three, five as three and two, four as two and
/// two.
pub const READINESS_PER_PAGE: usize = 3;

/// At most this many barriers on one page (each asks two questions).
pub const BARRIERS_PER_PAGE: usize = 2;

/// At most this many timing questions on one page (each a scale of six answers). The
/// groups (triggers, conditions, warning signs) stay whole when they fit.
pub const TIMING_PER_PAGE: usize = 5;

/// Ranges of at most `limit` items over groups of `sizes` items, in order: whole groups
/// are packed together while they fit; a group larger than `limit` is split into pages
/// of nearly equal size (7 at 5 a page: 4 and 3, not 5 and 2).
fn pack(sizes: &[usize], limit: usize) -> Vec<Range<usize>> {
    let limit = limit.max(1);
    let mut pages = Vec::new();
    let (mut start, mut end) = (0, 0);
    for &size in sizes {
        if end > start && end - start + size > limit {
            pages.push(start..end);
            start = end;
        }
        if size > limit {
            let chunks = size.div_ceil(limit);
            let mut left = size;
            for k in 0..chunks {
                let n = left.div_ceil(chunks - k);
                pages.push(end..end + n);
                end += n;
                left -= n;
            }
            start = end;
        } else {
            end += size;
        }
    }
    if end > start || pages.is_empty() {
        pages.push(start..end);
    }
    pages
}

/// The pages of `section`: ranges over a readiness area's statements, the barriers (the
/// barrier part), the timing questions (triggers, then conditions, then warning signs) or,
/// for every other part, one page with everything.
pub fn pages(instruments: &Instruments, section: Section) -> Vec<Range<usize>> {
    match section {
        // A health area is paged as a readiness area: the same statements and scale.
        Section::Dimension(_) | Section::HealthArea(_) => {
            let n = section.area(instruments).map_or(0, |d| d.items.len());
            pack(&[n], READINESS_PER_PAGE)
        }
        Section::Barriers => {
            let n = instruments.barriers.barriers.len();
            pack(&vec![1; n], BARRIERS_PER_PAGE)
        }
        Section::Timing => {
            let t = &instruments.timing;
            let sizes = [t.triggers.len(), t.preconditions.len(), t.warnings.len()];
            pack(&sizes, TIMING_PER_PAGE)
        }
        _ => std::iter::once(0..usize::MAX).collect(),
    }
}

/// How many pages `section` has.
pub fn page_count(instruments: &Instruments, section: Section) -> usize {
    pages(instruments, section).len()
}

/// The items of `section` on `page` (clamped to its last page).
pub fn page_items(instruments: &Instruments, section: Section, page: usize) -> Range<usize> {
    let pages = pages(instruments, section);
    let last = pages.len().saturating_sub(1);
    pages.get(page.min(last)).cloned().unwrap_or(0..0)
}

/// Whether item `n` of a paged `section` (counted as [`pages`] counts them) is answered: a
/// readiness statement; a barrier's presence, and its harm when it is present; a timing
/// question.
fn item_answered(instruments: &Instruments, section: Section, answers: &Answers, n: usize) -> bool {
    match section {
        Section::Dimension(_) | Section::HealthArea(_) => {
            match (
                section.area(instruments),
                section.agreement_answers(answers),
            ) {
                (Some(d), Some(given)) => d.items.get(n).is_some_and(|i| given.contains_key(i.id)),
                _ => false,
            }
        }
        Section::Barriers => instruments
            .barriers
            .barriers
            .get(n)
            .and_then(|b| answers.barriers.get(b.id))
            .is_some_and(|a| a.presence.is_some() && (!a.asks_harm() || a.harm.is_some())),
        Section::Timing => {
            let t = &instruments.timing;
            t.triggers
                .iter()
                .chain(t.preconditions)
                .map(|q| q.id)
                .chain(t.warnings.iter().map(|w| w.id))
                .nth(n)
                .is_some_and(|id| answers.timing.contains_key(id))
        }
        _ => true,
    }
}

/// The page a resumed `section` opens on: the first with an unanswered question, or the
/// first page when every question is answered (or the part is not paged).
pub fn resume_page(instruments: &Instruments, section: Section, answers: &Answers) -> usize {
    let pages = pages(instruments, section);
    if pages.len() < 2 {
        return 0;
    }
    pages
        .iter()
        .position(|r| {
            r.clone()
                .any(|n| !item_answered(instruments, section, answers, n))
        })
        .unwrap_or(0)
}

/// Where Next leads from page `page` of section `section` (an index into `sections`):
/// the next page, the next part's first page, or `None` for the results.
pub fn next(
    instruments: &Instruments,
    sections: &[Section],
    section: usize,
    page: usize,
) -> Option<(usize, usize)> {
    let current = *sections.get(section)?;
    if page + 1 < page_count(instruments, current) {
        Some((section, page + 1))
    } else if section + 1 < sections.len() {
        Some((section + 1, 0))
    } else {
        None
    }
}

/// Where Back leads: the previous page, the previous part's last page, or `None` for the
/// start screen.
pub fn back(
    instruments: &Instruments,
    sections: &[Section],
    section: usize,
    page: usize,
) -> Option<(usize, usize)> {
    if page > 0 {
        return Some((section, page - 1));
    }
    let previous = section.checked_sub(1)?;
    let part = *sections.get(previous)?;
    Some((previous, page_count(instruments, part) - 1))
}

/// Whether `page` of section `section` is the very last page (Next shows the results).
pub fn is_last(
    instruments: &Instruments,
    sections: &[Section],
    section: usize,
    page: usize,
) -> bool {
    next(instruments, sections, section, page).is_none()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::flow::{Scope, sections};
    use crate::instrument::INSTRUMENTS;

    #[test]
    fn packing_keeps_groups_whole_when_they_fit_and_splits_the_long_ones() {
        assert_eq!(pack(&[7, 4, 3], 7), vec![0..7, 7..14]);
        assert_eq!(pack(&[7, 4, 3], 5), vec![0..4, 4..7, 7..11, 11..14]);
        assert_eq!(pack(&[1; 5], 2), vec![0..2, 2..4, 4..5]);
        assert_eq!(pack(&[3, 9], 4), vec![0..3, 3..6, 6..9, 9..12]);
        assert_eq!(pack(&[2, 2, 1], 4), vec![0..4, 4..5]);
        assert_eq!(pack(&[], 4), vec![0..0]);
    }

    #[test]
    fn every_item_of_a_paged_part_is_on_exactly_one_page() {
        for (section, total) in [
            (Section::Barriers, INSTRUMENTS.barriers.barriers.len()),
            (
                Section::Timing,
                INSTRUMENTS.timing.triggers.len()
                    + INSTRUMENTS.timing.preconditions.len()
                    + INSTRUMENTS.timing.warnings.len(),
            ),
        ] {
            let pages = pages(&INSTRUMENTS, section);
            assert!(pages.len() > 1, "{section:?} is long enough to page");
            let flat: Vec<usize> = pages.iter().flat_map(|r| r.clone()).collect();
            assert_eq!(flat, (0..total).collect::<Vec<_>>());
        }
        let barriers = pages(&INSTRUMENTS, Section::Barriers);
        assert!(barriers.iter().all(|r| r.len() <= BARRIERS_PER_PAGE));
        let timing = pages(&INSTRUMENTS, Section::Timing);
        assert!(timing.iter().all(|r| r.len() <= TIMING_PER_PAGE));
        assert_eq!(page_count(&INSTRUMENTS, Section::Depth), 1);
        assert_eq!(
            page_items(&INSTRUMENTS, Section::Barriers, 99),
            barriers[barriers.len() - 1]
        );
    }

    #[test]
    fn a_readiness_area_is_asked_a_handful_of_statements_at_a_time() {
        // The rule on its own: an area longer than the limit splits into nearly equal
        // pages; a short one stays whole.
        assert_eq!(pack(&[6], READINESS_PER_PAGE), vec![0..3, 3..6]);
        assert_eq!(pack(&[5], READINESS_PER_PAGE), vec![0..3, 3..5]);
        assert_eq!(pack(&[4], READINESS_PER_PAGE), vec![0..2, 2..4]);
        assert_eq!(pack(&[3], READINESS_PER_PAGE), vec![0..3]);
        assert_eq!(pack(&[0], READINESS_PER_PAGE), vec![0..0]);
        // Every area of the instrument: each statement on exactly one page, in order, no
        // page over the limit, and every area of more than the limit on several pages.
        let dimensions = INSTRUMENTS.readiness.dimensions;
        assert!(
            dimensions
                .iter()
                .any(|d| d.items.len() > READINESS_PER_PAGE),
            "some area is long enough to page"
        );
        for (d, dimension) in dimensions.iter().enumerate() {
            let section = Section::Dimension(d);
            let pages = pages(&INSTRUMENTS, section);
            let flat: Vec<usize> = pages.iter().flat_map(|r| r.clone()).collect();
            assert_eq!(flat, (0..dimension.items.len()).collect::<Vec<_>>());
            assert!(
                pages
                    .iter()
                    .all(|r| !r.is_empty() && r.len() <= READINESS_PER_PAGE)
            );
            assert_eq!(
                page_count(&INSTRUMENTS, section),
                dimension.items.len().div_ceil(READINESS_PER_PAGE)
            );
            let sizes: Vec<usize> = pages.iter().map(|r| r.len()).collect();
            let (least, most) = (sizes.iter().min(), sizes.iter().max());
            assert!(
                most.zip(least).is_some_and(|(m, l)| m - l <= 1),
                "{} splits evenly: {sizes:?}",
                dimension.id
            );
        }
        // An area that does not exist has one empty page, not a panic.
        let missing = Section::Dimension(dimensions.len());
        assert_eq!(pages(&INSTRUMENTS, missing), vec![0..0]);
        assert_eq!(page_items(&INSTRUMENTS, missing, 3), 0..0);
    }

    #[test]
    fn a_resumed_part_opens_on_its_first_page_with_a_question_left() {
        use crate::{Rating, ReadinessAnswer, TimingAnswer};
        let mut a = Answers::default();
        let area = Section::Dimension(0);
        let first = page_items(&INSTRUMENTS, area, 0);
        assert_eq!(resume_page(&INSTRUMENTS, area, &a), 0, "nothing answered");
        let items = INSTRUMENTS.readiness.dimensions[0].items;
        for item in &items[first.clone()] {
            a.set_readiness(item.id, ReadinessAnswer::DontKnow);
        }
        assert_eq!(resume_page(&INSTRUMENTS, area, &a), 1, "page one is done");
        for item in items {
            a.set_readiness(item.id, ReadinessAnswer::NotApplicable);
        }
        assert_eq!(
            resume_page(&INSTRUMENTS, area, &a),
            0,
            "all done: the start"
        );
        // A barrier rated present still asks its harm: its page is not done.
        let b = INSTRUMENTS.barriers.barriers;
        let two = Rating::new(2);
        for x in &b[..BARRIERS_PER_PAGE] {
            a.set_barrier(x.id, Rating::new(0), None);
        }
        a.set_barrier(b[BARRIERS_PER_PAGE].id, two, None);
        assert_eq!(resume_page(&INSTRUMENTS, Section::Barriers, &a), 1);
        a.set_barrier(b[BARRIERS_PER_PAGE].id, two, two);
        a.set_barrier(b[BARRIERS_PER_PAGE + 1].id, Rating::new(0), None);
        assert_eq!(resume_page(&INSTRUMENTS, Section::Barriers, &a), 2);
        // Timing: the first unanswered question's page.
        let t = &INSTRUMENTS.timing;
        let pages = pages(&INSTRUMENTS, Section::Timing);
        for q in t.triggers.iter().take(pages[0].len()) {
            a.set_timing(q.id, TimingAnswer::DontKnow);
        }
        assert_eq!(resume_page(&INSTRUMENTS, Section::Timing, &a), 1);
        // Parts of one page open on it.
        assert_eq!(resume_page(&INSTRUMENTS, Section::Depth, &a), 0);
        assert_eq!(resume_page(&INSTRUMENTS, Section::Reflection, &a), 0);
    }

    #[test]
    fn next_and_back_walk_every_page_of_every_part_and_return() {
        let all = sections(&INSTRUMENTS, Scope::Full);
        let mut at = (0, 0);
        let mut walked = vec![at];
        while let Some(n) = next(&INSTRUMENTS, &all, at.0, at.1) {
            at = n;
            walked.push(at);
        }
        let pages: usize = all.iter().map(|s| page_count(&INSTRUMENTS, *s)).sum();
        assert_eq!(walked.len(), pages);
        assert!(is_last(&INSTRUMENTS, &all, at.0, at.1));
        let mut back_walk = vec![at];
        while let Some(b) = back(&INSTRUMENTS, &all, at.0, at.1) {
            at = b;
            back_walk.push(at);
        }
        back_walk.reverse();
        assert_eq!(back_walk, walked, "Back retraces Next exactly");
    }

    #[test]
    fn a_health_area_is_paged_like_a_readiness_area() {
        let i = &crate::INSTRUMENTS;
        for (n, area) in i.health.scored.dimensions.iter().enumerate() {
            let section = Section::HealthArea(n);
            let expected = pack(&[area.items.len()], READINESS_PER_PAGE);
            assert_eq!(pages(i, section), expected);
        }
        let section = Section::HealthArea(2);
        let mut a = Answers::default();
        assert_eq!(resume_page(i, section, &a), 0);
        let area = &i.health.scored.dimensions[2];
        for item in area.items.iter().take(READINESS_PER_PAGE) {
            a.set_health(item.id, crate::ReadinessAnswer::NotApplicable);
        }
        assert_eq!(resume_page(i, section, &a), 1, "the first page is answered");
        assert_eq!(pages(i, Section::Balance).len(), 1);
    }
}
