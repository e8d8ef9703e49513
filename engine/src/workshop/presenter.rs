//! What the workshop shows on a projector, and in which order: decisions the app only
//! renders. (Its words and figures are written by [`super::presentation`], in the language
//! spoken now; the summary's file name is [`crate::file_names::summary_file_name`].)
//!
//! # The presenter's topics
//! One topic at a time, in the order a facilitator would lead the discussion:
//! 1. **Who took part**: the number of respondents and the overall index (always shown).
//! 2. **The eight areas**: the dimension figures (when anyone answered).
//! 3. **One topic per least-consensus item or barrier**, least consensus first, each with
//!    its discussion prompt.
//! 4. **Barriers**: presence, harm and risk agreement (when anyone answered).
//! 5. **Timing**: the spread of the timing verdicts (when anyone answered).
//! 6. **Partnership health**: the health areas, the balance of benefits and costs and the
//!    recommendations people's own results reached (only when anyone answered the health
//!    check).
//! 7. **Differences between roles**: only when there are gaps between visible subgroups.
//! 8. **Differences between organisations**: only when organisations are compared and
//!    differ.
//!
//! No topic ever carries a person's name or a file name: the profile holds neither. The
//! only names are those of organisations shown, each with at least three people.

use super::profile::WorkshopProfile;

/// One topic of the presenter view.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Slide {
    /// How many took part and the overall index.
    Overview,
    /// The dimension figures.
    Dimensions,
    /// `least_consensus[i]` with its prompt.
    Disagreement(usize),
    /// Barrier agreement.
    Barriers,
    /// The timing verdicts.
    Timing,
    /// The health check's areas, balance and recommendations.
    Health,
    /// The largest gaps between subgroups.
    Gaps,
    /// The largest gaps between organisations.
    OrganizationGaps,
}

/// The presenter's topics for a profile, in order (see the module documentation).
pub fn slides(profile: &WorkshopProfile) -> Vec<Slide> {
    let mut out = vec![Slide::Overview];
    if profile.group.respondents == 0 {
        return out;
    }
    out.push(Slide::Dimensions);
    out.extend((0..profile.least_consensus.len()).map(Slide::Disagreement));
    out.push(Slide::Barriers);
    out.push(Slide::Timing);
    if profile.group.health.is_some() {
        out.push(Slide::Health);
    }
    if !profile.gaps.is_empty() {
        out.push(Slide::Gaps);
    }
    if !profile.organizations.gaps.is_empty() {
        out.push(Slide::OrganizationGaps);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::workshop::{merge, profile};
    use crate::{Assessment, ResultId, Timestamp, export};

    #[test]
    fn an_empty_merge_shows_only_the_overview() {
        let p = profile(&merge::<&str, &[u8]>(&[]));
        assert_eq!(slides(&p), vec![Slide::Overview]);
    }

    #[test]
    fn topics_run_from_overview_through_each_disagreement_to_timing() {
        let files: Vec<(String, String)> = (0..4u8)
            .map(|i| {
                let mut a = Assessment::new(
                    ResultId::from_random_bytes([i + 1; 16]),
                    Timestamp::from_unix_millis(0),
                );
                let first = crate::INSTRUMENTS.readiness.dimensions[0].items[0].id;
                let v = crate::Rating::new(if i % 2 == 0 { 0 } else { 4 });
                if let Some(v) = v {
                    a.answers
                        .set_readiness(first, crate::ReadinessAnswer::Scale(v));
                }
                (format!("f{i}.json"), export(&a))
            })
            .collect();
        let p = profile(&merge(&files));
        let s = slides(&p);
        assert_eq!(s[0], Slide::Overview);
        assert_eq!(s[1], Slide::Dimensions);
        assert!(!p.least_consensus.is_empty());
        for (i, _) in p.least_consensus.iter().enumerate() {
            assert_eq!(s[2 + i], Slide::Disagreement(i));
        }
        let after = 2 + p.least_consensus.len();
        assert_eq!(&s[after..after + 2], &[Slide::Barriers, Slide::Timing]);
        // No roles given: no subgroup, so no gaps topic.
        assert!(p.gaps.is_empty());
        assert_eq!(s.len(), after + 2);
    }
}
