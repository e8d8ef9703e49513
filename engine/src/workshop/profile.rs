//! The group profile: figures per readiness item, dimension, barrier and timing verdict,
//! the topics of least consensus, and the same figures per respondent role and per
//! organisation.
//!
//! # What is counted
//! - **Items**: the answers as given, `0..=4` (before reverse coding, so the counts match
//!   the statement as the room read it; agreement is the same either way). "Don't know",
//!   "Not applicable" and no answer are counted apart and never enter the figures.
//! - **Dimensions and the overall index**: each respondent's score `0..=100` (as
//!   [`crate::evaluate`] computes it); respondents whose dimension had not enough answers
//!   or was not applicable are counted apart. Distribution: by band.
//! - **Barriers**: presence and harm (`0..=4`, as answered) and the risk `0..=16` of those
//!   whose barrier is rated ("not present", risk 0, or present with its harm), with the
//!   distribution of risk levels.
//! - **Timing verdicts**: the distribution of the four verdicts. Their agreement is the
//!   share of the most common verdict, per mille, rounded half up ([`VERDICT_HIGH_MIN`],
//!   [`VERDICT_LOW_MAX`]); every most common verdict is listed, in instrument order.
//! - **Health check** ([`HealthProfile`]), only over the people who answered any of it,
//!   and only when someone in the group did: the overall health index and each health
//!   area as the readiness index and dimensions are counted (each person's score, the
//!   same validity rules), how many people's balance of benefits and costs comes out each
//!   way, and how many people's own results recommend each course.
//!
//! # Least consensus
//! Candidates are the readiness items and, for each barrier, whichever of presence and
//! harm the group agrees on less (presence on a tie), when at least two people answered
//! on the scale and the agreement is not high. A readiness item where the "Don't know"
//! share reaches the instrument's knowledge-gap threshold is a candidate whatever its
//! agreement. They are ranked by agreement, lowest first; ties: items before barriers,
//! then instrument order. At most [`LEAST_CONSENSUS_MAX`] are listed. Each gets a shape
//! (see [`DisagreementShape`]) that chooses its discussion prompt.
//!
//! # Subgroups and privacy
//! A role with fewer than [`MIN_GROUP_SIZE`] respondents is hidden. Then, since the whole
//! group's figures minus the visible subgroups' figures describe everyone else, when 1 or
//! 2 respondents would be left outside the visible subgroups (hidden roles and people who
//! gave no role), the smallest visible subgroup is hidden too (ties: the later role), and
//! so on until that remainder is 0 or at least 3. Hidden groups appear only by role in
//! `hidden_groups`, never with a figure or a count.
//!
//! # Organisations
//! The same figures per organisation, by the name each file records. Names typed
//! differently only in case, white space or invisible characters are one organisation
//! ([`organization_key`]), shown as most of its people wrote it (ties: the first seen).
//! Files without a name belong to no organisation (`without_organization`). The same two
//! rules as for roles ([`privacy_partition`]), and one more: an organisation shown beside
//! a role shown that holds all its people but 1 or 2 (or all the role's people but 1 or 2)
//! is hidden, since one set minus the other would describe those few. A hidden
//! organisation is never named, only counted. Organisations are compared only when at
//! least two are shown; else `comparison` says why not and none is listed.
//!
//! # Gaps between subgroups
//! For the index, each dimension, each readiness item, each barrier's risk and each health
//! area (in groups where someone answered the health check): the two
//! visible subgroups whose means differ most (each mean resting on at least
//! [`MIN_GROUP_SIZE`] answers; ties: the earlier pair of roles or organisations). The gap is also given in
//! per mille of the scale (`gap × 10 / k`, with the gap in hundredths) so topics on
//! different scales compare; ranked by that, largest first; ties: index, dimensions,
//! items, barriers, health areas, then instrument order. At most [`GAPS_MAX`], and only gaps above 0.

use super::merge::WorkshopMerge;
use super::stats::{AgreementBand, ScaleStats, div_half_up};
use crate::answers::{Answers, ReadinessAnswer};
use crate::document::{Assessment, RespondentRole};
use crate::health::{BalanceOutcome, HealthReport, Recommendation};
use crate::instrument::INSTRUMENTS;
use crate::instrument::{
    Instruments, ReadinessBand, ReadinessInstrument, RiskLevel, TimingVerdict,
};
use crate::readiness::{DimensionStatus, ReadinessReport};
use crate::report::{Report, evaluate_with};
use serde::Serialize;

/// A subgroup with fewer respondents than this is hidden.
pub const MIN_GROUP_SIZE: u32 = 3;
/// The longest least-consensus list.
pub const LEAST_CONSENSUS_MAX: usize = 10;
/// The longest list of gaps between subgroups.
pub const GAPS_MAX: usize = 10;
/// Verdict agreement (share of the most common verdict, per mille) at or above this is
/// high: three in four reached the same verdict.
pub const VERDICT_HIGH_MIN: u32 = 750;
/// Verdict agreement at or below this is low: no verdict has a majority.
pub const VERDICT_LOW_MAX: u32 = 500;
/// Split room: at least this share (percent) of the answers on each side of the midpoint.
pub const SPLIT_SIDE_PERCENT: u64 = 25;
/// One outlier: at least this many answers, and without the one outlying answer the rest
/// agree highly.
pub const OUTLIER_MIN_ANSWERS: u32 = 4;

/// Everything the workshop shows.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct WorkshopProfile {
    /// The whole group.
    pub group: GroupProfile,
    /// The topics the group agrees on least, least first.
    pub least_consensus: Vec<Disagreement>,
    /// Visible subgroups, in role order.
    pub subgroups: Vec<Subgroup>,
    /// Roles left out for privacy, in role order, without any figure.
    pub hidden_groups: Vec<HiddenGroup>,
    /// Respondents who gave no role (part of the whole group only).
    pub without_role: u32,
    /// The largest differences between visible subgroups, largest first.
    pub gaps: Vec<GroupGap>,
    /// The same by the organisation each respondent named.
    pub organizations: OrganizationProfile,
}

/// The respondents grouped by the organisation each named (see the module documentation).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct OrganizationProfile {
    /// Whether the organisations are compared, or why not.
    pub comparison: OrganizationComparison,
    /// How many different organisations were named.
    pub named: u32,
    /// The organisations shown, in the order of their names (compared); empty unless
    /// `comparison` is `compared`.
    pub groups: Vec<OrganizationGroup>,
    /// Organisations not shown because fewer than three of their people answered. Never
    /// named.
    pub hidden_fewer_than_three: u32,
    /// Organisations not shown because showing them would let the figures of 1 or 2 other
    /// people be worked out. Never named.
    pub hidden_would_reveal_others: u32,
    /// Respondents whose file names no organisation (part of the whole group only).
    pub without_organization: u32,
    /// The largest differences between the organisations shown, largest first.
    pub gaps: Vec<OrganizationGap>,
}

/// Whether the organisations are compared.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum OrganizationComparison {
    /// Two or more organisations are shown.
    Compared,
    /// No file names an organisation.
    NoneNamed,
    /// Everyone who named an organisation named the same one.
    OneNamed,
    /// Several were named, none by three people or more.
    NoneLargeEnough,
    /// Several were named, only one by three people or more.
    OnlyOneLargeEnough,
    /// Several have three people or more, but showing two of them would let the figures
    /// of 1 or 2 other people be worked out.
    WouldRevealOthers,
}

/// An organisation shown, with its figures.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct OrganizationGroup {
    /// The name as most of its people wrote it (ties: the first seen, in result id order).
    pub name: String,
    pub profile: GroupProfile,
}

/// The largest difference between two organisations on one topic.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct OrganizationGap {
    pub topic: GapTopic,
    pub id: &'static str,
    /// The organisation with the higher mean, as [`OrganizationGroup::name`].
    pub higher_organization: String,
    pub higher_mean: u32,
    pub lower_organization: String,
    pub lower_mean: u32,
    /// `higher_mean − lower_mean`, in hundredths of a scale point.
    pub gap: u32,
    /// The gap in per mille of the scale's length, rounded half up.
    pub gap_per_mille: u32,
}

/// The figures of one group of respondents.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct GroupProfile {
    pub respondents: u32,
    /// The overall readiness index.
    pub index: ScoreProfile,
    /// In instrument order.
    pub dimensions: Vec<DimensionProfile>,
    /// Every readiness item, in instrument order.
    pub items: Vec<ItemProfile>,
    /// In instrument order.
    pub barriers: Vec<BarrierProfile>,
    pub verdicts: VerdictProfile,
    /// The health check of the partnership, over the people of this group who answered
    /// any of it; `None` when none did (nothing about health is shown then).
    pub health: Option<HealthProfile>,
}

/// The health check across the people who answered it (see [`GroupProfile::health`]).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct HealthProfile {
    /// People who answered any of the health check.
    pub respondents: u32,
    /// The overall health index, with the same rules as the readiness index.
    pub index: ScoreProfile,
    /// Each health area, in instrument order, with the same rules as readiness areas.
    pub areas: Vec<DimensionProfile>,
    /// How each person's two balance answers weigh up.
    pub balance: BalanceProfile,
    /// What each person's own results recommend.
    pub recommendations: RecommendationProfile,
}

/// How many see the partnership giving more than it costs, about even, or costing more.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct BalanceProfile {
    pub benefits_outweigh: u32,
    pub about_even: u32,
    pub costs_outweigh: u32,
    /// One or both balance questions unanswered or "Don't know".
    pub not_enough_answers: u32,
}

/// How many people's own results recommend each course.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct RecommendationProfile {
    pub deepen: u32,
    pub keep_steady: u32,
    pub repair: u32,
    pub wind_down: u32,
    /// Too few answers for a recommendation.
    pub not_enough_answers: u32,
}

impl BalanceProfile {
    /// Each way the balance comes out, with how many people, in the order of the answers
    /// (not enough answers last).
    pub fn counts(&self) -> [(BalanceOutcome, u32); 4] {
        [
            (BalanceOutcome::BenefitsOutweigh, self.benefits_outweigh),
            (BalanceOutcome::AboutEven, self.about_even),
            (BalanceOutcome::CostsOutweigh, self.costs_outweigh),
            (BalanceOutcome::NotEnoughAnswers, self.not_enough_answers),
        ]
    }
}

impl RecommendationProfile {
    /// Each recommendation (deepen first) with how many people, then how many had too few
    /// answers for one (`None`).
    pub fn counts(&self) -> [(Option<Recommendation>, u32); 5] {
        [
            (Some(Recommendation::Deepen), self.deepen),
            (Some(Recommendation::KeepSteady), self.keep_steady),
            (Some(Recommendation::Repair), self.repair),
            (Some(Recommendation::WindDown), self.wind_down),
            (None, self.not_enough_answers),
        ]
    }
}

/// Scores 0..=100 (a dimension or the overall index) across respondents.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct ScoreProfile {
    /// Over the respondents with a score; in hundredths of a point.
    pub stats: ScaleStats,
    pub concern: u32,
    pub developing: u32,
    pub strength: u32,
    /// Respondents without a score because too few items were answered.
    pub not_enough_answers: u32,
    /// Respondents who answered every item "Not applicable" (dimensions only).
    pub not_applicable: u32,
}

/// One readiness dimension across respondents.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct DimensionProfile {
    pub dimension: &'static str,
    pub scores: ScoreProfile,
}

/// One readiness statement across respondents.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct ItemProfile {
    pub item: &'static str,
    pub dimension: &'static str,
    /// Reverse-coded: agreeing means less ready. Figures are on the answers as given.
    pub reverse: bool,
    pub stats: ScaleStats,
    /// `counts[v]`: how many answered `v` (0 strongly disagree .. 4 strongly agree).
    pub counts: [u32; 5],
    pub dont_know: u32,
    pub not_applicable: u32,
    pub unanswered: u32,
}

/// Presence or harm of one barrier across respondents.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct RatingProfile {
    pub stats: ScaleStats,
    /// `counts[v]`: how many answered `v`, 0..=4.
    pub counts: [u32; 5],
    pub unanswered: u32,
}

/// The risk (presence × harm, 0..=16) of one barrier across respondents.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct RiskProfile {
    /// Over those whose barrier is rated: "not present" (risk 0, no harm asked), or
    /// present with its harm.
    pub stats: ScaleStats,
    pub low: u32,
    pub moderate: u32,
    pub high: u32,
    pub critical: u32,
    /// Respondents whose barrier is not rated yet.
    pub unrated: u32,
}

/// One barrier across respondents.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct BarrierProfile {
    pub barrier: &'static str,
    pub presence: RatingProfile,
    pub harm: RatingProfile,
    pub risk: RiskProfile,
}

/// The timing verdicts across respondents (every respondent has one).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct VerdictProfile {
    pub respondents: u32,
    pub act_now: u32,
    pub start_small: u32,
    pub invest_in_relationships: u32,
    pub not_yet: u32,
    /// The most common verdicts (several on a tie), in instrument order.
    pub modal: Vec<TimingVerdict>,
    /// Share of the most common verdict, per mille, rounded half up; `None` below two
    /// respondents.
    pub agreement: Option<u32>,
    pub agreement_band: Option<AgreementBand>,
}

/// A visible subgroup.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct Subgroup {
    pub role: RespondentRole,
    pub profile: GroupProfile,
}

/// A role left out of the subgroups.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct HiddenGroup {
    pub role: RespondentRole,
    pub reason: HiddenReason,
}

/// Why a role is hidden.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum HiddenReason {
    /// Fewer than three respondents: their answers could be recognised.
    FewerThanThree,
    /// Showing it would let the hidden respondents' figures be worked out from the whole
    /// group's.
    WouldRevealOthers,
}

/// What a least-consensus entry is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum ConsensusTopic {
    /// A readiness statement.
    Item,
    /// How present a barrier is.
    BarrierPresence,
    /// How much harm a barrier would do.
    BarrierHarm,
}

/// The shape of a disagreement, decided in this order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum DisagreementShape {
    /// Items only: the "Don't know" share reaches the knowledge-gap threshold.
    ManyDontKnow,
    /// At least [`OUTLIER_MIN_ANSWERS`] answers, the lowest or highest answer was given by
    /// one person only, and without it the rest agree highly.
    OneOutlier,
    /// At least [`SPLIT_SIDE_PERCENT`]% of the answers below the midpoint (0 or 1) and
    /// as many above it (3 or 4). An even spread over the whole scale counts as split: as
    /// many disagree as agree.
    SplitRoom,
    /// Anything else: the answers are scattered.
    SpreadOut,
}

/// A topic of little consensus.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct Disagreement {
    pub topic: ConsensusTopic,
    /// The readiness item or barrier id.
    pub id: &'static str,
    /// Per mille (see [`ScaleStats::agreement`]).
    pub agreement: u32,
    pub agreement_band: AgreementBand,
    pub shape: DisagreementShape,
    /// Answers on the scale.
    pub respondents: u32,
    /// Answers below the midpoint (0 or 1).
    pub low: u32,
    /// Answers at the midpoint (2).
    pub middle: u32,
    /// Answers above the midpoint (3 or 4).
    pub high: u32,
    pub dont_know: u32,
}

/// What a gap between subgroups is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum GapTopic {
    /// The overall readiness index (0..=100); `id` is `index`.
    Index,
    /// A dimension score (0..=100).
    Dimension,
    /// A readiness statement, as answered (0..=4).
    Item,
    /// A barrier's risk (0..=16).
    BarrierRisk,
    /// A health area's score (0..=100).
    HealthArea,
}

/// The largest difference between two subgroups on one topic.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct GroupGap {
    pub topic: GapTopic,
    pub id: &'static str,
    /// The subgroup with the higher mean.
    pub higher_role: RespondentRole,
    pub higher_mean: u32,
    /// The subgroup with the lower mean.
    pub lower_role: RespondentRole,
    pub lower_mean: u32,
    /// `higher_mean − lower_mean`, in hundredths of a scale point.
    pub gap: u32,
    /// The gap in per mille of the scale's length, rounded half up.
    pub gap_per_mille: u32,
}

/// The profile of the merged respondents, against the built-in instruments.
pub fn profile(merge: &WorkshopMerge) -> WorkshopProfile {
    let people: Vec<&Assessment> = merge.respondents.iter().map(|r| &r.assessment).collect();
    profile_with(&INSTRUMENTS, &people)
}

/// [`profile`] of any respondents against any instruments.
pub fn profile_with(
    instruments: &'static Instruments,
    respondents: &[&Assessment],
) -> WorkshopProfile {
    let reports: Vec<Report> = respondents
        .iter()
        .map(|a| evaluate_with(instruments, &a.answers))
        .collect();
    let everyone: Vec<(&Answers, &Report)> = respondents
        .iter()
        .zip(&reports)
        .map(|(a, r)| (&a.answers, r))
        .collect();
    let group = group_profile(instruments, &everyone);
    let least_consensus = least_consensus(instruments, &group);

    // Subgroups by role, with the privacy rules.
    let members: Vec<(RespondentRole, Vec<usize>)> = RespondentRole::ALL
        .iter()
        .map(|&role| {
            let people: Vec<usize> = (0..respondents.len())
                .filter(|&i| respondents.get(i).and_then(|a| a.respondent_role) == Some(role))
                .collect();
            (role, people)
        })
        .filter(|(_, people)| !people.is_empty())
        .collect();
    let without_role = respondents
        .iter()
        .filter(|a| a.respondent_role.is_none())
        .count() as u32;
    let total = respondents.len();
    let sizes: Vec<usize> = members.iter().map(|(_, p)| p.len()).collect();
    let shown = privacy_partition(&sizes, total);
    let mut hidden: Vec<HiddenGroup> = Vec::new();
    let mut subgroups: Vec<Subgroup> = Vec::new();
    let mut role_members: Vec<&[usize]> = Vec::new();
    for ((role, people), reason) in members.iter().zip(&shown) {
        match reason {
            Some(reason) => hidden.push(HiddenGroup {
                role: *role,
                reason: *reason,
            }),
            None => {
                role_members.push(people);
                subgroups.push(Subgroup {
                    role: *role,
                    profile: group_profile(instruments, &answers_of(respondents, &reports, people)),
                });
            }
        }
    }
    let profiles: Vec<&GroupProfile> = subgroups.iter().map(|s| &s.profile).collect();
    let gaps = widest_gaps(&profiles)
        .into_iter()
        .filter_map(|w| {
            Some(GroupGap {
                topic: w.topic,
                id: w.id,
                higher_role: subgroups.get(w.higher)?.role,
                higher_mean: w.higher_mean,
                lower_role: subgroups.get(w.lower)?.role,
                lower_mean: w.lower_mean,
                gap: w.gap,
                gap_per_mille: w.gap_per_mille,
            })
        })
        .collect();
    let organizations = organizations(instruments, respondents, &reports, &role_members);
    WorkshopProfile {
        group,
        least_consensus,
        subgroups,
        hidden_groups: hidden,
        without_role,
        gaps,
        organizations,
    }
}

/// The answers and report of the respondents at `indexes`.
fn answers_of<'a>(
    respondents: &[&'a Assessment],
    reports: &'a [Report],
    indexes: &[usize],
) -> Vec<(&'a Answers, &'a Report)> {
    indexes
        .iter()
        .filter_map(|&i| Some((&respondents.get(i)?.answers, reports.get(i)?)))
        .collect()
}

/// Which of the groups of `sizes` people (in their order) may be shown among `total`
/// people: `None` for a group shown, else why it is hidden. A group of fewer than
/// [`MIN_GROUP_SIZE`] is hidden; then, while 1 or 2 people are left outside the groups
/// shown (the whole group's figures minus theirs would describe those few), the smallest
/// group shown is hidden too (ties: the later one).
///
/// Every grouping of the workshop (roles, organisations, and any added later) goes
/// through this one rule.
pub fn privacy_partition(sizes: &[usize], total: usize) -> Vec<Option<HiddenReason>> {
    let floor = MIN_GROUP_SIZE as usize;
    let mut out: Vec<Option<HiddenReason>> = sizes
        .iter()
        .map(|&n| (n < floor).then_some(HiddenReason::FewerThanThree))
        .collect();
    hide_to_protect_the_rest(sizes, total, &mut out);
    out
}

/// The complement rule of [`privacy_partition`], on groups already partly hidden.
fn hide_to_protect_the_rest(sizes: &[usize], total: usize, out: &mut [Option<HiddenReason>]) {
    let floor = MIN_GROUP_SIZE as usize;
    loop {
        let shown: usize = sizes
            .iter()
            .zip(out.iter())
            .filter(|(_, h)| h.is_none())
            .map(|(n, _)| *n)
            .sum();
        let rest = total.saturating_sub(shown);
        if rest == 0 || rest >= floor {
            return;
        }
        let smallest = sizes
            .iter()
            .zip(out.iter())
            .enumerate()
            .filter(|(_, (_, h))| h.is_none())
            .min_by_key(|(i, (n, _))| (**n, usize::MAX - i))
            .map(|(i, _)| i);
        match smallest.and_then(|i| out.get_mut(i)) {
            Some(slot) => *slot = Some(HiddenReason::WouldRevealOthers),
            None => return,
        }
    }
}

/// An organisation name as the grouping compares it: invisible characters (zero-width
/// spaces and joiners, the byte order mark, soft hyphens) dropped, any run of white space
/// read as one space, no space at either end, and lower case. "Riverside  Food Bank" and
/// " riverside food bank" are the same organisation. Empty for a name with no letter.
pub fn organization_key(name: &str) -> String {
    spelling(name).to_lowercase()
}

/// A name as written, without its invisible characters and with its white space tidied.
fn spelling(name: &str) -> String {
    let visible: String = name
        .chars()
        .filter(|c| {
            !matches!(
                c,
                '\u{00AD}' | '\u{200B}'..='\u{200D}' | '\u{2060}' | '\u{FEFF}'
            )
        })
        .collect();
    let mut out = String::new();
    for word in visible.split(char::is_whitespace).filter(|w| !w.is_empty()) {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// The people who named one organisation.
struct NamedGroup {
    key: String,
    /// Each spelling met, with how many wrote it, first seen first.
    spellings: Vec<(String, u32)>,
    people: Vec<usize>,
}

impl NamedGroup {
    /// The name as most of the group wrote it (ties: the first seen).
    fn name(&self) -> String {
        let mut best: Option<&(String, u32)> = None;
        for s in &self.spellings {
            if best.is_none_or(|b| s.1 > b.1) {
                best = Some(s);
            }
        }
        best.map_or_else(String::new, |b| b.0.clone())
    }
}

/// Whether showing both `a` and `b` (sets of people, one inside the other) would describe
/// the 1 or 2 people in one and not the other. Both are in ascending order.
fn nested_too_closely(a: &[usize], b: &[usize]) -> bool {
    let (mut i, mut j, mut both) = (0, 0, 0);
    while let (Some(x), Some(y)) = (a.get(i), b.get(j)) {
        match x.cmp(y) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                both += 1;
                i += 1;
                j += 1;
            }
        }
    }
    let floor = MIN_GROUP_SIZE as usize;
    let differs = |outer: usize| (1..floor).contains(&outer.saturating_sub(both));
    (both == a.len() && differs(b.len())) || (both == b.len() && differs(a.len()))
}

/// The organisations each respondent named, compared (see the module documentation).
fn organizations(
    instruments: &'static Instruments,
    respondents: &[&Assessment],
    reports: &[Report],
    roles_shown: &[&[usize]],
) -> OrganizationProfile {
    // By key, in key order: a sorted vector (no map in the wasm).
    let mut named: Vec<NamedGroup> = Vec::new();
    let mut without_organization = 0;
    for (i, a) in respondents.iter().enumerate() {
        let written = a
            .organization_name
            .as_deref()
            .map(spelling)
            .unwrap_or_default();
        let key = written.to_lowercase();
        if key.is_empty() {
            without_organization += 1;
            continue;
        }
        let slot = match named.binary_search_by(|g| g.key.as_str().cmp(&key)) {
            Ok(s) => s,
            Err(s) => {
                named.insert(
                    s,
                    NamedGroup {
                        key,
                        spellings: Vec::new(),
                        people: Vec::new(),
                    },
                );
                s
            }
        };
        if let Some(g) = named.get_mut(slot) {
            g.people.push(i);
            match g.spellings.iter_mut().find(|(s, _)| *s == written) {
                Some(s) => s.1 += 1,
                None => g.spellings.push((written, 1)),
            }
        }
    }
    let sizes: Vec<usize> = named.iter().map(|g| g.people.len()).collect();
    let total = respondents.len();
    let mut shown = privacy_partition(&sizes, total);
    // An organisation shown beside a role shown that holds all its people but 1 or 2 (or
    // all of the role's but 1 or 2) would describe those few: it is hidden, and the
    // complement rule is applied again.
    while let Some(i) = named.iter().zip(&shown).position(|(g, h)| {
        h.is_none() && roles_shown.iter().any(|r| nested_too_closely(&g.people, r))
    }) {
        if let Some(slot) = shown.get_mut(i) {
            *slot = Some(HiddenReason::WouldRevealOthers);
        }
        hide_to_protect_the_rest(&sizes, total, &mut shown);
    }
    let count = |reason| shown.iter().filter(|h| **h == Some(reason)).count() as u32;
    let hidden_fewer_than_three = count(HiddenReason::FewerThanThree);
    let hidden_would_reveal_others = count(HiddenReason::WouldRevealOthers);
    let large_enough = sizes
        .iter()
        .filter(|&&n| n >= MIN_GROUP_SIZE as usize)
        .count();
    let visible: Vec<&NamedGroup> = named
        .iter()
        .zip(&shown)
        .filter(|(_, h)| h.is_none())
        .map(|(g, _)| g)
        .collect();
    let comparison = match (named.len(), large_enough, visible.len()) {
        (0, _, _) => OrganizationComparison::NoneNamed,
        (1, _, _) => OrganizationComparison::OneNamed,
        (_, 0, _) => OrganizationComparison::NoneLargeEnough,
        (_, 1, _) => OrganizationComparison::OnlyOneLargeEnough,
        (_, _, 0 | 1) => OrganizationComparison::WouldRevealOthers,
        _ => OrganizationComparison::Compared,
    };
    let mut groups: Vec<OrganizationGroup> = Vec::new();
    if comparison == OrganizationComparison::Compared {
        groups = visible
            .iter()
            .map(|g| OrganizationGroup {
                name: g.name(),
                profile: group_profile(instruments, &answers_of(respondents, reports, &g.people)),
            })
            .collect();
    }
    let profiles: Vec<&GroupProfile> = groups.iter().map(|g| &g.profile).collect();
    let name = |i: usize| groups.get(i).map(|g| g.name.clone());
    let gaps = widest_gaps(&profiles)
        .into_iter()
        .filter_map(|w| {
            Some(OrganizationGap {
                topic: w.topic,
                id: w.id,
                higher_organization: name(w.higher)?,
                higher_mean: w.higher_mean,
                lower_organization: name(w.lower)?,
                lower_mean: w.lower_mean,
                gap: w.gap,
                gap_per_mille: w.gap_per_mille,
            })
        })
        .collect();
    OrganizationProfile {
        comparison,
        named: named.len() as u32,
        groups,
        hidden_fewer_than_three,
        hidden_would_reveal_others,
        without_organization,
        gaps,
    }
}

fn score_profile(
    scores: impl Iterator<Item = (Option<u8>, Option<ReadinessBand>)>,
) -> ScoreProfile {
    let mut counts = [0u32; 101];
    let mut p = ScoreProfile {
        stats: ScaleStats::default(),
        concern: 0,
        developing: 0,
        strength: 0,
        not_enough_answers: 0,
        not_applicable: 0,
    };
    for (score, band) in scores {
        match (score, band) {
            (Some(s), Some(band)) => {
                if let Some(c) = counts.get_mut(usize::from(s)) {
                    *c += 1;
                }
                match band {
                    ReadinessBand::Concern => p.concern += 1,
                    ReadinessBand::Developing => p.developing += 1,
                    ReadinessBand::Strength => p.strength += 1,
                }
            }
            _ => p.not_enough_answers += 1,
        }
    }
    p.stats = ScaleStats::from_counts(&counts);
    p
}

/// The overall index and each area of `instrument` across `reports`.
fn area_profiles(
    instrument: &ReadinessInstrument,
    reports: &[&ReadinessReport],
) -> (ScoreProfile, Vec<DimensionProfile>) {
    let index = score_profile(reports.iter().map(|rep| (rep.index, rep.band)));
    let areas = instrument
        .dimensions
        .iter()
        .enumerate()
        .map(|(i, dim)| {
            let mut not_applicable = 0;
            let mut scores = score_profile(reports.iter().filter_map(|rep| {
                let d = rep.dimensions.get(i)?;
                if d.status == DimensionStatus::NotApplicable {
                    not_applicable += 1;
                    return None;
                }
                Some((d.score, d.band))
            }));
            scores.not_applicable = not_applicable;
            DimensionProfile {
                dimension: dim.id,
                scores,
            }
        })
        .collect();
    (index, areas)
}

/// The health check across the `people` who answered any of it; `None` when none did.
fn health_profile(
    instruments: &'static Instruments,
    people: &[(&Answers, &Report)],
) -> Option<HealthProfile> {
    let answered: Vec<&HealthReport> = people
        .iter()
        .filter_map(|(_, rep)| rep.health.as_ref().filter(|h| h.answered()))
        .collect();
    if answered.is_empty() {
        return None;
    }
    let scored: Vec<&ReadinessReport> = answered.iter().map(|h| &h.areas).collect();
    let (index, areas) = area_profiles(&instruments.health.scored, &scored);
    let mut balance = BalanceProfile::default();
    let mut recommendations = RecommendationProfile::default();
    for h in &answered {
        *match h.balance.outcome {
            BalanceOutcome::BenefitsOutweigh => &mut balance.benefits_outweigh,
            BalanceOutcome::AboutEven => &mut balance.about_even,
            BalanceOutcome::CostsOutweigh => &mut balance.costs_outweigh,
            BalanceOutcome::NotEnoughAnswers => &mut balance.not_enough_answers,
        } += 1;
        *match h.recommendation {
            Some(Recommendation::Deepen) => &mut recommendations.deepen,
            Some(Recommendation::KeepSteady) => &mut recommendations.keep_steady,
            Some(Recommendation::Repair) => &mut recommendations.repair,
            Some(Recommendation::WindDown) => &mut recommendations.wind_down,
            None => &mut recommendations.not_enough_answers,
        } += 1;
    }
    Some(HealthProfile {
        respondents: answered.len() as u32,
        index,
        areas,
        balance,
        recommendations,
    })
}

fn group_profile(
    instruments: &'static Instruments,
    people: &[(&Answers, &Report)],
) -> GroupProfile {
    let r = &instruments.readiness;
    let readiness: Vec<&ReadinessReport> = people.iter().map(|(_, rep)| &rep.readiness).collect();
    let (index, dimensions) = area_profiles(r, &readiness);
    let items = r
        .dimensions
        .iter()
        .flat_map(|d| d.items.iter().map(move |i| (d, i)))
        .map(|(dim, item)| {
            let mut p = ItemProfile {
                item: item.id,
                dimension: dim.id,
                reverse: item.reverse,
                stats: ScaleStats::default(),
                counts: [0; 5],
                dont_know: 0,
                not_applicable: 0,
                unanswered: 0,
            };
            for (answers, _) in people {
                match answers.readiness.get(item.id) {
                    Some(ReadinessAnswer::Scale(v)) => {
                        if let Some(c) = p.counts.get_mut(usize::from(v.get())) {
                            *c += 1;
                        }
                    }
                    Some(ReadinessAnswer::DontKnow) => p.dont_know += 1,
                    Some(ReadinessAnswer::NotApplicable) => p.not_applicable += 1,
                    None => p.unanswered += 1,
                }
            }
            p.stats = ScaleStats::from_counts(&p.counts);
            p
        })
        .collect();
    let barriers = instruments
        .barriers
        .barriers
        .iter()
        .map(|b| {
            let mut presence = [0u32; 5];
            let mut harm = [0u32; 5];
            let mut risk = [0u32; 17];
            let (mut no_presence, mut no_harm) = (0, 0);
            let mut levels = [0u32; 4];
            let mut unrated = 0;
            for (answers, rep) in people {
                let a = answers.barriers.get(b.id);
                match a.and_then(|a| a.presence) {
                    Some(v) => presence[usize::from(v.get()).min(4)] += 1,
                    None => no_presence += 1,
                }
                match a.and_then(|a| a.harm) {
                    Some(v) => harm[usize::from(v.get()).min(4)] += 1,
                    None => no_harm += 1,
                }
                match rep.barriers.barrier(b.id) {
                    Some(x) => {
                        risk[usize::from(x.risk).min(16)] += 1;
                        levels[x.level as usize % 4] += 1;
                    }
                    None => unrated += 1,
                }
            }
            BarrierProfile {
                barrier: b.id,
                presence: RatingProfile {
                    stats: ScaleStats::from_counts(&presence),
                    counts: presence,
                    unanswered: no_presence,
                },
                harm: RatingProfile {
                    stats: ScaleStats::from_counts(&harm),
                    counts: harm,
                    unanswered: no_harm,
                },
                risk: RiskProfile {
                    stats: ScaleStats::from_counts(&risk),
                    low: levels[RiskLevel::Low as usize],
                    moderate: levels[RiskLevel::Moderate as usize],
                    high: levels[RiskLevel::High as usize],
                    critical: levels[RiskLevel::Critical as usize],
                    unrated,
                },
            }
        })
        .collect();
    let mut verdicts = [0u32; 4];
    for (_, rep) in people {
        verdicts[rep.timing.verdict as usize % 4] += 1;
    }
    let n = people.len() as u32;
    let top = verdicts.iter().copied().max().unwrap_or(0);
    let all = [
        TimingVerdict::ActNow,
        TimingVerdict::StartSmall,
        TimingVerdict::InvestInRelationships,
        TimingVerdict::NotYet,
    ];
    let agreement = (n >= 2).then(|| div_half_up(1000 * u128::from(top), u128::from(n)) as u32);
    GroupProfile {
        respondents: n,
        index,
        dimensions,
        items,
        barriers,
        health: health_profile(instruments, people),
        verdicts: VerdictProfile {
            respondents: n,
            act_now: verdicts[0],
            start_small: verdicts[1],
            invest_in_relationships: verdicts[2],
            not_yet: verdicts[3],
            modal: if top == 0 {
                Vec::new()
            } else {
                all.into_iter()
                    .filter(|v| verdicts[*v as usize % 4] == top)
                    .collect()
            },
            agreement,
            agreement_band: agreement.map(|a| {
                if a >= VERDICT_HIGH_MIN {
                    AgreementBand::High
                } else if a <= VERDICT_LOW_MAX {
                    AgreementBand::Low
                } else {
                    AgreementBand::Moderate
                }
            }),
        },
    }
}

/// The shape of a disagreement over `counts` (0..=4) with `dont_know` "Don't know"s.
pub fn shape_of(counts: &[u32; 5], dont_know: u32, knowledge_gap_percent: u8) -> DisagreementShape {
    let n: u32 = counts.iter().sum();
    if dont_know > 0
        && u64::from(dont_know) * 100 >= u64::from(knowledge_gap_percent) * u64::from(n + dont_know)
    {
        return DisagreementShape::ManyDontKnow;
    }
    if n >= OUTLIER_MIN_ANSWERS {
        let min = counts.iter().position(|&c| c > 0);
        let max = counts.iter().rposition(|&c| c > 0);
        for end in [min, max].into_iter().flatten() {
            if counts[end] == 1 {
                let mut rest = *counts;
                rest[end] = 0;
                let agreement = ScaleStats::from_counts(&rest).agreement.unwrap_or(0);
                if AgreementBand::of(agreement) == AgreementBand::High {
                    return DisagreementShape::OneOutlier;
                }
            }
        }
    }
    let low = u64::from(counts[0] + counts[1]);
    let high = u64::from(counts[3] + counts[4]);
    let n = u64::from(n);
    if n > 0 && low * 100 >= SPLIT_SIDE_PERCENT * n && high * 100 >= SPLIT_SIDE_PERCENT * n {
        return DisagreementShape::SplitRoom;
    }
    DisagreementShape::SpreadOut
}

fn disagreement(
    topic: ConsensusTopic,
    id: &'static str,
    stats: &ScaleStats,
    counts: &[u32; 5],
    dont_know: u32,
    gap_percent: u8,
) -> Option<Disagreement> {
    let agreement = stats.agreement?;
    let shape = shape_of(counts, dont_know, gap_percent);
    let band = AgreementBand::of(agreement);
    if band == AgreementBand::High && shape != DisagreementShape::ManyDontKnow {
        return None;
    }
    Some(Disagreement {
        topic,
        id,
        agreement,
        agreement_band: band,
        shape,
        respondents: stats.respondents,
        low: counts[0] + counts[1],
        middle: counts[2],
        high: counts[3] + counts[4],
        dont_know,
    })
}

fn least_consensus(instruments: &'static Instruments, group: &GroupProfile) -> Vec<Disagreement> {
    let gap = instruments.readiness.knowledge_gap_percent;
    let mut list: Vec<Disagreement> = group
        .items
        .iter()
        .filter_map(|i| {
            disagreement(
                ConsensusTopic::Item,
                i.item,
                &i.stats,
                &i.counts,
                i.dont_know,
                gap,
            )
        })
        .collect();
    for b in &group.barriers {
        let p = b.presence.stats.agreement.unwrap_or(u32::MAX);
        let h = b.harm.stats.agreement.unwrap_or(u32::MAX);
        let (topic, rating) = if h < p {
            (ConsensusTopic::BarrierHarm, &b.harm)
        } else {
            (ConsensusTopic::BarrierPresence, &b.presence)
        };
        list.extend(disagreement(
            topic,
            b.barrier,
            &rating.stats,
            &rating.counts,
            0,
            gap,
        ));
    }
    // Stable: ties keep items before barriers, then instrument order.
    crate::rank::sort_desc_by_key(&mut list, |d| std::cmp::Reverse(d.agreement));
    list.truncate(LEAST_CONSENSUS_MAX);
    list
}

/// Means per topic of one subgroup: (topic, id, mean in hundredths, answers, scale max).
fn means(p: &GroupProfile) -> Vec<(GapTopic, &'static str, Option<u32>, u32, u32)> {
    let mut out = vec![(
        GapTopic::Index,
        "index",
        p.index.stats.mean,
        p.index.stats.respondents,
        100,
    )];
    out.extend(area_means(GapTopic::Dimension, &p.dimensions));
    out.extend(
        p.items
            .iter()
            .map(|i| (GapTopic::Item, i.item, i.stats.mean, i.stats.respondents, 4)),
    );
    out.extend(p.barriers.iter().map(|b| {
        (
            GapTopic::BarrierRisk,
            b.barrier,
            b.risk.stats.mean,
            b.risk.stats.respondents,
            16,
        )
    }));
    if let Some(h) = &p.health {
        out.extend(area_means(GapTopic::HealthArea, &h.areas));
    }
    out
}

/// The means of `areas` (scores 0..=100) as [`means`] lists them, under `topic`.
fn area_means(
    topic: GapTopic,
    areas: &[DimensionProfile],
) -> impl Iterator<Item = (GapTopic, &'static str, Option<u32>, u32, u32)> + '_ {
    areas.iter().map(move |a| {
        (
            topic,
            a.dimension,
            a.scores.stats.mean,
            a.scores.stats.respondents,
            100,
        )
    })
}

/// The largest difference on one topic between two of the groups (indexes into them).
struct WidestGap {
    topic: GapTopic,
    id: &'static str,
    higher: usize,
    higher_mean: u32,
    lower: usize,
    lower_mean: u32,
    gap: u32,
    gap_per_mille: u32,
}

/// The largest differences between `groups` (see the module documentation), largest first.
fn widest_gaps(groups: &[&GroupProfile]) -> Vec<WidestGap> {
    let per_group: Vec<_> = groups.iter().map(|g| means(g)).collect();
    // The topics are listed in the same order for every group; a group without the health
    // check lists fewer (its health areas are simply not compared).
    let topics = per_group.iter().map(Vec::len).max().unwrap_or(0);
    let mut list: Vec<WidestGap> = Vec::new();
    for t in 0..topics {
        let mut best: Option<WidestGap> = None;
        for (a, ma) in per_group.iter().enumerate() {
            for (b, mb) in per_group.iter().enumerate().skip(a + 1) {
                let (Some(x), Some(y)) = (ma.get(t), mb.get(t)) else {
                    continue;
                };
                if (x.0, x.1) != (y.0, y.1) {
                    continue;
                }
                let (Some(mean_a), Some(mean_b)) = (x.2, y.2) else {
                    continue;
                };
                if x.3 < MIN_GROUP_SIZE || y.3 < MIN_GROUP_SIZE {
                    continue;
                }
                let (higher, higher_mean, lower, lower_mean) = if mean_a >= mean_b {
                    (a, mean_a, b, mean_b)
                } else {
                    (b, mean_b, a, mean_a)
                };
                let gap = higher_mean - lower_mean;
                if gap == 0 || best.as_ref().is_some_and(|w| w.gap >= gap) {
                    continue;
                }
                best = Some(WidestGap {
                    topic: x.0,
                    id: x.1,
                    higher,
                    higher_mean,
                    lower,
                    lower_mean,
                    gap,
                    gap_per_mille: div_half_up(u128::from(gap) * 10, u128::from(x.4.max(1))) as u32,
                });
            }
        }
        list.extend(best);
    }
    crate::rank::sort_desc_by_key(&mut list, |g| g.gap_per_mille);
    list.truncate(GAPS_MAX);
    list
}
