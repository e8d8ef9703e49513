//! What the respondent answered, keyed by the item ids of the instruments.

pub use crate::id_map::IdMap;
use crate::instrument::{DepthLevel, Stage};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A point on a five-point scale, always within `0..=4`.
///
/// ```
/// use partnership_engine::Rating;
/// assert_eq!(Rating::new(4).map(Rating::get), Some(4));
/// assert_eq!(Rating::new(5), None);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Rating(u8);

impl Rating {
    /// The highest rating.
    pub const MAX: u8 = 4;

    /// A rating, if `value` is within `0..=4`.
    pub const fn new(value: u8) -> Option<Self> {
        if value <= Self::MAX {
            Some(Self(value))
        } else {
            None
        }
    }

    /// The value, within `0..=4`.
    pub const fn get(self) -> u8 {
        self.0
    }

    /// How many points the scale has: the options a rating question offers before any
    /// non-answer.
    pub const POINTS: usize = Self::MAX as usize + 1;

    /// Where this rating sits among a question's options on screen: the lowest first.
    pub const fn option_index(self) -> usize {
        self.0 as usize
    }

    /// The rating shown as option `index`, if that option is a point of the scale.
    pub fn from_option_index(index: usize) -> Option<Self> {
        u8::try_from(index).ok().and_then(Self::new)
    }
}

impl Serialize for Rating {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_u8(self.0)
    }
}

impl<'de> Deserialize<'de> for Rating {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let value = u8::deserialize(d)?;
        Rating::new(value).ok_or_else(|| serde::de::Error::custom("a rating is 0 to 4"))
    }
}

#[cfg(feature = "schema")]
impl schemars::JsonSchema for Rating {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Rating".into()
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "A point on a five-point scale, 0 (lowest) to 4 (highest).",
            "type": "integer",
            "minimum": 0,
            "maximum": 4
        })
    }
}

/// An answer to a readiness statement.
///
/// In the results document: the number `0..=4`, or the string `"dont-know"` or
/// `"not-applicable"`. The two non-answers are never merged with the midpoint.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ReadinessAnswer {
    /// How much the respondent agrees, 0 (strongly disagree) to 4 (strongly agree), as
    /// stored: reverse coding is applied when scoring, not here.
    Scale(Rating),
    /// Counts as unanswered, and towards the knowledge-gap share.
    DontKnow,
    /// Leaves the item out of the dimension altogether.
    NotApplicable,
}

impl ReadinessAnswer {
    /// The options of a readiness statement start with the scale; the two non-answers
    /// ("Don't know", then "Not applicable") come from here on, set apart on screen.
    pub const FIRST_NON_ANSWER: usize = Rating::POINTS;

    /// Where this answer sits among the statement's options on screen (see
    /// [`crate::instrument::AgreementScale::options`]).
    pub const fn option_index(self) -> usize {
        match self {
            Self::Scale(r) => r.option_index(),
            Self::DontKnow => Self::FIRST_NON_ANSWER,
            Self::NotApplicable => Self::FIRST_NON_ANSWER + 1,
        }
    }

    /// The answer the respondent gives by picking option `index`.
    pub fn from_option_index(index: usize) -> Option<Self> {
        match index.checked_sub(Self::FIRST_NON_ANSWER) {
            None => Rating::from_option_index(index).map(Self::Scale),
            Some(0) => Some(Self::DontKnow),
            Some(1) => Some(Self::NotApplicable),
            Some(_) => None,
        }
    }
}

/// The string for "Don't know" in the results document.
pub const DONT_KNOW: &str = "dont-know";
/// The string for "Not applicable" in the results document.
pub const NOT_APPLICABLE: &str = "not-applicable";

impl Serialize for ReadinessAnswer {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Scale(r) => r.serialize(s),
            Self::DontKnow => s.serialize_str(DONT_KNOW),
            Self::NotApplicable => s.serialize_str(NOT_APPLICABLE),
        }
    }
}

#[cfg(feature = "schema")]
impl schemars::JsonSchema for ReadinessAnswer {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "ReadinessAnswer".into()
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "Agreement 0 (strongly disagree) to 4 (strongly agree) as answered, before reverse coding; or one of the two explicit non-answers.",
            "oneOf": [
                { "type": "integer", "minimum": 0, "maximum": 4 },
                { "type": "string", "enum": [DONT_KNOW, NOT_APPLICABLE] }
            ]
        })
    }
}

/// An answer to a timing question ("how true is this now?").
///
/// In the results document: the number `0..=4` or the string `"dont-know"`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TimingAnswer {
    /// 0 (not at all) to 4 (completely).
    Scale(Rating),
    /// Counts as not met, not strong and not present.
    DontKnow,
}

impl TimingAnswer {
    /// The rating, if the respondent gave one.
    pub fn rating(self) -> Option<Rating> {
        match self {
            Self::Scale(r) => Some(r),
            Self::DontKnow => None,
        }
    }

    /// The options of a timing question start with the scale; "Don't know" comes last,
    /// set apart on screen.
    pub const FIRST_NON_ANSWER: usize = Rating::POINTS;

    /// Where this answer sits among the question's options on screen (see
    /// [`crate::instrument::TimingInstrument::options`]).
    pub const fn option_index(self) -> usize {
        match self {
            Self::Scale(r) => r.option_index(),
            Self::DontKnow => Self::FIRST_NON_ANSWER,
        }
    }

    /// The answer the respondent gives by picking option `index`.
    pub fn from_option_index(index: usize) -> Option<Self> {
        if index == Self::FIRST_NON_ANSWER {
            Some(Self::DontKnow)
        } else {
            Rating::from_option_index(index).map(Self::Scale)
        }
    }
}

impl Serialize for TimingAnswer {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Scale(r) => r.serialize(s),
            Self::DontKnow => s.serialize_str(DONT_KNOW),
        }
    }
}

#[cfg(feature = "schema")]
impl schemars::JsonSchema for TimingAnswer {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "TimingAnswer".into()
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "How true this is now, 0 (not at all) to 4 (completely); or \"Don't know\".",
            "oneOf": [
                { "type": "integer", "minimum": 0, "maximum": 4 },
                { "type": "string", "enum": [DONT_KNOW] }
            ]
        })
    }
}

/// The two ratings of a barrier. Either may still be missing while the respondent works.
/// The harm question is asked only once the barrier is rated present ([`Self::asks_harm`]);
/// a barrier rated "not present" has risk 0 whatever harm an older file holds.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct BarrierAnswer {
    /// How present the barrier is, 0 (not at all) to 4 (severe).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub presence: Option<Rating>,
    /// How much harm it would do if left alone, 0 (none) to 4 (severe).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub harm: Option<Rating>,
}

impl BarrierAnswer {
    /// Whether the harm question is asked: only when the barrier is present at all. Asking
    /// how much harm an absent problem would do forces a hypothetical answer.
    ///
    /// ```
    /// use partnership_engine::{BarrierAnswer, Rating};
    /// let absent = BarrierAnswer { presence: Rating::new(0), harm: None };
    /// let present = BarrierAnswer { presence: Rating::new(1), harm: None };
    /// assert!(!absent.asks_harm());
    /// assert!(present.asks_harm());
    /// assert!(!BarrierAnswer::default().asks_harm());
    /// ```
    pub fn asks_harm(&self) -> bool {
        self.presence.is_some_and(|p| p.get() > 0)
    }
}

/// Every answer of one respondent, keyed by item id.
///
/// Answers whose id the instruments do not know are ignored by scoring (and dropped, with a
/// warning, on import).
///
/// ```
/// use partnership_engine::{Answers, ReadinessAnswer, Rating};
/// let mut answers = Answers::default();
/// answers.set_readiness("readiness.purpose.why-partner", ReadinessAnswer::Scale(Rating::new(3).unwrap()));
/// answers.set_barrier("barriers.turf", Rating::new(2), Rating::new(4));
/// assert_eq!(answers.readiness.len(), 1);
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct Answers {
    /// Readiness statements, by item id.
    #[cfg_attr(feature = "schema", schemars(extend("propertyNames" = { "pattern": "^readiness\\.[a-z0-9-]+(\\.[a-z0-9-]+)+$" })))]
    pub readiness: IdMap<ReadinessAnswer>,
    /// Barrier ratings, by barrier id.
    #[cfg_attr(feature = "schema", schemars(extend("propertyNames" = { "pattern": "^barriers(\\.[a-z0-9-]+)+$" })))]
    pub barriers: IdMap<BarrierAnswer>,
    /// Timing questions (triggers, preconditions, warning signs), by item id.
    #[cfg_attr(feature = "schema", schemars(extend("propertyNames" = { "pattern": "^timing\\.(trigger|precondition|warning)(\\.[a-z0-9-]+)+$" })))]
    pub timing: IdMap<TimingAnswer>,
    /// The depth the respondent hopes for.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ambition: Option<DepthLevel>,
    /// The stage the respondent says they are at.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stage: Option<Stage>,
    /// Partnership health statements, by item id (the readiness scale and non-answers).
    #[cfg_attr(feature = "schema", schemars(extend("propertyNames" = { "pattern": "^health\\.[a-z0-9-]+(\\.[a-z0-9-]+)+$" })))]
    pub health: IdMap<ReadinessAnswer>,
    /// What the partnership gives and what it costs, by question id: an amount 0 (very
    /// little) to 4 (a great deal), or "Don't know".
    #[cfg_attr(feature = "schema", schemars(extend("propertyNames" = { "pattern": "^health\\.balance\\.[a-z0-9-]+$" })))]
    pub balance: IdMap<TimingAnswer>,
    /// Free-text reflections, by prompt id. Stored at the top level of the results
    /// document, not under `answers`.
    #[serde(skip)]
    pub reflections: IdMap<String>,
}

impl Answers {
    /// Sets (or, with `None`, clears) a readiness answer.
    pub fn set_readiness(&mut self, item: &str, answer: impl Into<Option<ReadinessAnswer>>) {
        match answer.into() {
            Some(a) => self.readiness.insert(item.to_owned(), a),
            None => self.readiness.remove(item),
        };
    }

    /// Sets a barrier's ratings; a barrier with neither rating is removed.
    pub fn set_barrier(&mut self, barrier: &str, presence: Option<Rating>, harm: Option<Rating>) {
        if presence.is_none() && harm.is_none() {
            self.barriers.remove(barrier);
        } else {
            self.barriers
                .insert(barrier.to_owned(), BarrierAnswer { presence, harm });
        }
    }

    /// Sets (or, with `None`, clears) a timing answer.
    pub fn set_timing(&mut self, item: &str, answer: impl Into<Option<TimingAnswer>>) {
        match answer.into() {
            Some(a) => self.timing.insert(item.to_owned(), a),
            None => self.timing.remove(item),
        };
    }

    /// Sets (or, with `None`, clears) a partnership health statement's answer.
    pub fn set_health(&mut self, item: &str, answer: impl Into<Option<ReadinessAnswer>>) {
        match answer.into() {
            Some(a) => self.health.insert(item.to_owned(), a),
            None => self.health.remove(item),
        };
    }

    /// Sets (or, with `None`, clears) the answer to a balance question (what the
    /// partnership gives, what it costs).
    pub fn set_balance(&mut self, question: &str, answer: impl Into<Option<TimingAnswer>>) {
        match answer.into() {
            Some(a) => self.balance.insert(question.to_owned(), a),
            None => self.balance.remove(question),
        };
    }

    /// Sets a reflection, cut to the reflection instrument's `max_chars` (so an export
    /// always imports again); an empty text removes it.
    pub fn set_reflection(&mut self, prompt: &str, text: &str) {
        let limit = crate::instrument::INSTRUMENTS.reflection.max_chars as usize;
        if text.is_empty() {
            self.reflections.remove(prompt);
        } else {
            self.reflections
                .insert(prompt.to_owned(), text.chars().take(limit).collect());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_readiness_answer_has_its_own_option_and_comes_back_from_it() {
        for index in 0..ReadinessAnswer::FIRST_NON_ANSWER + 2 {
            let answer = ReadinessAnswer::from_option_index(index);
            assert_eq!(answer.map(ReadinessAnswer::option_index), Some(index));
        }
        assert_eq!(
            ReadinessAnswer::from_option_index(5),
            Some(ReadinessAnswer::DontKnow)
        );
        assert_eq!(
            ReadinessAnswer::from_option_index(6),
            Some(ReadinessAnswer::NotApplicable)
        );
        assert_eq!(
            ReadinessAnswer::from_option_index(2),
            Rating::new(2).map(ReadinessAnswer::Scale)
        );
        assert_eq!(ReadinessAnswer::from_option_index(7), None);
        assert_eq!(ReadinessAnswer::from_option_index(usize::MAX), None);
    }

    #[test]
    fn every_timing_answer_has_its_own_option_and_comes_back_from_it() {
        for index in 0..=TimingAnswer::FIRST_NON_ANSWER {
            let answer = TimingAnswer::from_option_index(index);
            assert_eq!(answer.map(TimingAnswer::option_index), Some(index));
        }
        assert_eq!(
            TimingAnswer::from_option_index(5),
            Some(TimingAnswer::DontKnow)
        );
        assert_eq!(
            TimingAnswer::from_option_index(0),
            Rating::new(0).map(TimingAnswer::Scale)
        );
        assert_eq!(TimingAnswer::from_option_index(6), None);
    }

    #[test]
    fn a_rating_is_its_own_option_index() {
        for value in 0..=Rating::MAX {
            let rating = Rating::new(value);
            assert_eq!(rating.map(Rating::option_index), Some(usize::from(value)));
            assert_eq!(
                rating.and_then(|r| Rating::from_option_index(r.option_index())),
                rating
            );
        }
        assert_eq!(Rating::from_option_index(Rating::POINTS), None);
        assert_eq!(Rating::from_option_index(300), None);
    }
}
