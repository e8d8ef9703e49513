//! The figures of one set of answers on an integer scale `0..=k`, in integers only.
//!
//! # Formulas
//! For `n` answers `x₁ … xₙ` on the scale `0..=k`, with `S = Σx` and `Q = Σx²`:
//! - **mean** (hundredths) = `S·100 / n`, rounded half up.
//! - **median** (hundredths): the middle answer, or for an even `n` the mean of the two
//!   middle answers, `(a + b)·50`. Always exact.
//! - **standard deviation** (hundredths): the *population* standard deviation (the room
//!   is the whole group, not a sample of it), `100·√D / n` with `D = n·Q − S²`, rounded
//!   half up exactly: with `r = ⌊√(40000·D)⌋` (an integer square root), the result is
//!   `⌊(r + n) / 2n⌋`. (`(2q − 1)·n ≤ 200·√D` holds exactly when `(2q − 1)·n ≤ r`, as the
//!   left side is an integer.)
//! - **range** = `max − min`, with `min` and `max` given too.
//! - **agreement index** (per mille) = `1000 × (1 − variance / maximum variance)`, where
//!   the maximum variance of a scale `0..=k` is `k²/4` (half the answers at each end).
//!   In integers: `1000·(n²k² − 4D) / (n²k²)`, rounded half up. 1000 means everyone gave
//!   the same answer; 0 means the room is split evenly between the two ends of the
//!   scale. Undefined (`None`) for fewer than two answers: one person cannot disagree.
//!
//! # Bands
//! On the 0..=4 agreement scale the maximum variance is 4, so the index is `1 − V/4`.
//! The widely used within-group agreement index r_wg compares the variance with that of
//! random answers (2 on a five-point scale) instead: r_wg = `1 − V/2` = `2·index − 1`.
//! - **high**, 850 and above: a variance of at most 0.6 (standard deviation ≤ 0.77 scale
//!   points): almost everyone within one step of each other. r_wg ≥ 0.70, the
//!   conventional threshold for "the group agrees".
//! - **low**, 750 and below: a variance of at least 1 (standard deviation ≥ 1 point).
//!   The cut point is placed so that a room split evenly between "disagree" and "agree"
//!   (two steps apart: variance 1, index 750) is low agreement: that is exactly the
//!   disagreement a workshop exists to bring out. Answers spread at random over the five
//!   points give 500.
//! - **moderate** in between.
//!
//! The same cut points apply to every scale (presence, harm, risk 0..=16, scores
//! 0..=100): the index is already relative to the scale's maximum variance.

use serde::Serialize;

/// Hundredths of a scale point as a decimal with two places, as the summary CSV and the
/// chart's attributes write them, whatever the language: `275` → `"2.75"`, `7` → `"0.07"`.
/// (What people read goes through [`super::presentation::decimal`], in their digits.)
pub fn hundredths(v: u32) -> String {
    format!("{}.{:02}", v / 100, v % 100)
}

/// An agreement index at or above this is high agreement (per mille).
pub const HIGH_AGREEMENT_MIN: u32 = 850;
/// An agreement index at or below this is low agreement (per mille).
pub const LOW_AGREEMENT_MAX: u32 = 750;

/// How much the group agrees.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum AgreementBand {
    Low,
    Moderate,
    High,
}

impl AgreementBand {
    /// The band of an agreement index in per mille.
    pub fn of(agreement: u32) -> Self {
        if agreement >= HIGH_AGREEMENT_MIN {
            Self::High
        } else if agreement <= LOW_AGREEMENT_MAX {
            Self::Low
        } else {
            Self::Moderate
        }
    }

    /// The band's id in the group summary.
    pub fn id(self) -> &'static str {
        match self {
            Self::Low => "low",
            Self::Moderate => "moderate",
            Self::High => "high",
        }
    }
}

/// The figures of the answers given on a scale `0..=k`. Every figure is `None` when no one
/// answered; `agreement` is `None` for fewer than two answers.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct ScaleStats {
    /// How many answered on the scale.
    pub respondents: u32,
    /// Mean, in hundredths of a scale point, rounded half up.
    pub mean: Option<u32>,
    /// Median, in hundredths of a scale point (exact).
    pub median: Option<u32>,
    /// Population standard deviation, in hundredths of a scale point, rounded half up.
    pub sd: Option<u32>,
    /// Lowest answer.
    pub min: Option<u32>,
    /// Highest answer.
    pub max: Option<u32>,
    /// `max − min`.
    pub range: Option<u32>,
    /// Agreement index, per mille: `1000 × (1 − variance / (k²/4))`, rounded half up.
    pub agreement: Option<u32>,
    pub agreement_band: Option<AgreementBand>,
}

/// `num / den` rounded half up (0 when `den` is 0).
pub(crate) fn div_half_up(num: u128, den: u128) -> u128 {
    if den == 0 {
        return 0;
    }
    (2 * num + den) / (2 * den)
}

fn small(v: u128) -> u32 {
    u32::try_from(v).unwrap_or(u32::MAX)
}

impl ScaleStats {
    /// The figures of a distribution: `counts[v]` answers of value `v`; the scale is
    /// `0..=counts.len() − 1`.
    ///
    /// ```
    /// use partnership_engine::workshop::ScaleStats;
    /// // Answers 1, 3, 3, 4 on 0..=4.
    /// let s = ScaleStats::from_counts(&[0, 1, 0, 2, 1]);
    /// assert_eq!(s.mean, Some(275));
    /// assert_eq!(s.median, Some(300));
    /// assert_eq!(s.sd, Some(109)); // √1.1875 = 1.0897
    /// assert_eq!(s.range, Some(3));
    /// assert_eq!(s.agreement, Some(703)); // 1 − 1.1875 / 4
    /// ```
    pub fn from_counts(counts: &[u32]) -> Self {
        let k = counts.len().saturating_sub(1) as u128;
        let mut n = 0u128;
        let mut sum = 0u128;
        let mut squares = 0u128;
        for (v, &c) in counts.iter().enumerate() {
            let (v, c) = (v as u128, u128::from(c));
            n += c;
            sum += v * c;
            squares += v * v * c;
        }
        if n == 0 {
            return ScaleStats::default();
        }
        let min = counts.iter().position(|&c| c > 0).unwrap_or(0) as u32;
        let max = counts.iter().rposition(|&c| c > 0).unwrap_or(0) as u32;
        // The answers at 0-based positions ⌊(n−1)/2⌋ and ⌊n/2⌋.
        let value_at = |pos: u128| -> u128 {
            let mut seen = 0u128;
            for (v, &c) in counts.iter().enumerate() {
                seen += u128::from(c);
                if seen > pos {
                    return v as u128;
                }
            }
            k
        };
        let median = (value_at((n - 1) / 2) + value_at(n / 2)) * 50;
        // D = n·Q − S² = n²·variance, never negative (Cauchy–Schwarz).
        let d = (n * squares).saturating_sub(sum * sum);
        let r = (40_000 * d).isqrt();
        let sd = (r + n) / (2 * n);
        let full = n * n * k * k;
        let agreement = (n >= 2 && k > 0)
            .then(|| small(div_half_up(1000 * full.saturating_sub(4 * d), full)).min(1000));
        ScaleStats {
            respondents: small(n),
            mean: Some(small(div_half_up(100 * sum, n))),
            median: Some(small(median)),
            sd: Some(small(sd)),
            min: Some(min),
            max: Some(max),
            range: Some(max - min),
            agreement,
            agreement_band: agreement.map(AgreementBand::of),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hundredths_always_show_two_places() {
        assert_eq!(hundredths(0), "0.00");
        assert_eq!(hundredths(7), "0.07");
        assert_eq!(hundredths(275), "2.75");
        assert_eq!(hundredths(5150), "51.50");
    }

    #[test]
    fn nobody_and_one_person() {
        assert_eq!(ScaleStats::from_counts(&[0; 5]), ScaleStats::default());
        let one = ScaleStats::from_counts(&[0, 0, 1, 0, 0]);
        assert_eq!(one.respondents, 1);
        assert_eq!(one.mean, Some(200));
        assert_eq!(one.median, Some(200));
        assert_eq!(one.sd, Some(0));
        assert_eq!(one.range, Some(0));
        assert_eq!(one.agreement, None);
        assert_eq!(one.agreement_band, None);
    }

    #[test]
    fn everyone_the_same_is_full_agreement() {
        let s = ScaleStats::from_counts(&[0, 0, 0, 7, 0]);
        assert_eq!(
            (s.mean, s.sd, s.agreement),
            (Some(300), Some(0), Some(1000))
        );
        assert_eq!(s.agreement_band, Some(AgreementBand::High));
    }

    #[test]
    fn both_ends_is_no_agreement() {
        // 0, 0, 4, 4: variance 4 = k²/4.
        let s = ScaleStats::from_counts(&[2, 0, 0, 0, 2]);
        assert_eq!(s.mean, Some(200));
        assert_eq!(s.median, Some(200));
        assert_eq!(s.sd, Some(200));
        assert_eq!(s.agreement, Some(0));
        assert_eq!(s.agreement_band, Some(AgreementBand::Low));
    }

    #[test]
    fn a_split_between_disagree_and_agree_is_low() {
        // 1, 1, 3, 3: variance 1, index 750: the low cut point.
        let s = ScaleStats::from_counts(&[0, 2, 0, 2, 0]);
        assert_eq!((s.sd, s.agreement), (Some(100), Some(750)));
        assert_eq!(s.agreement_band, Some(AgreementBand::Low));
        // Uniform over the five points: variance 2, index 500.
        assert_eq!(ScaleStats::from_counts(&[1; 5]).agreement, Some(500));
    }

    #[test]
    fn hand_computed_odd_group() {
        // 2, 3, 3, 3, 4: S = 15, Q = 47, n = 5, D = 235 − 225 = 10, variance 0.4.
        let s = ScaleStats::from_counts(&[0, 0, 1, 3, 1]);
        assert_eq!(s.mean, Some(300));
        assert_eq!(s.median, Some(300));
        // √0.4 = 0.63246 → 63.
        assert_eq!(s.sd, Some(63));
        assert_eq!((s.min, s.max, s.range), (Some(2), Some(4), Some(2)));
        // 1 − 0.4/4 = 0.9.
        assert_eq!(s.agreement, Some(900));
        assert_eq!(s.agreement_band, Some(AgreementBand::High));
    }

    #[test]
    fn rounding_is_half_up() {
        // 0, 1: mean 0.5, sd 0.5 exactly, variance 0.25, index 937.5 → 938.
        let s = ScaleStats::from_counts(&[1, 1, 0, 0, 0]);
        assert_eq!((s.mean, s.median, s.sd), (Some(50), Some(50), Some(50)));
        assert_eq!(s.agreement, Some(938));
        // 0, 0, 1: mean 0.3333 → 33; sd √(2/9) = 0.4714 → 47.
        let s = ScaleStats::from_counts(&[2, 1, 0, 0, 0]);
        assert_eq!((s.mean, s.sd), (Some(33), Some(47)));
        // 0, 1, 1: mean 0.6667 → 67.
        assert_eq!(ScaleStats::from_counts(&[1, 2, 0, 0, 0]).mean, Some(67));
    }

    #[test]
    fn sd_matches_a_brute_force_rounding() {
        // For many small distributions, the exact rounding agrees with a search over q.
        for a in 0..4u32 {
            for b in 0..4u32 {
                for c in 0..4u32 {
                    let counts = [a, b, 0, c, 1];
                    let s = ScaleStats::from_counts(&counts);
                    let n = u128::from(a + b + c + 1);
                    let sum = u128::from(b + 3 * c + 4);
                    let q = u128::from(b + 9 * c + 16);
                    let d = n * q - sum * sum;
                    // Largest q with (2q − 1)² n² ≤ 40000 d.
                    let mut best = 0u128;
                    for cand in 1..=400u128 {
                        if (2 * cand - 1) * (2 * cand - 1) * n * n <= 40_000 * d {
                            best = cand;
                        }
                    }
                    assert_eq!(s.sd, Some(best as u32), "{counts:?}");
                }
            }
        }
    }

    #[test]
    fn huge_counts_do_not_overflow() {
        let s = ScaleStats::from_counts(&[u32::MAX; 101]);
        assert_eq!(s.mean, Some(5000));
        assert!(s.agreement.is_some());
        let s = ScaleStats::from_counts(&[u32::MAX, 0, 0, 0, u32::MAX]);
        assert_eq!(s.agreement, Some(0));
    }
}
