//! The assessment's slice of the state: one answer or detail the respondent changed, and
//! how it changes the assessment. The whole state commits the result once
//! ([`super::State::commit`]), which works out everything derived from it.

use partnership_engine::{
    Assessment, DepthLevel, Rating, ReadinessAnswer, RespondentRole, Stage, Timestamp, TimingAnswer,
};

/// One answer or detail the respondent changed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AnswerChange {
    Readiness(&'static str, ReadinessAnswer),
    Presence(&'static str, Rating),
    Harm(&'static str, Rating),
    Timing(&'static str, TimingAnswer),
    /// A health check statement.
    Health(&'static str, ReadinessAnswer),
    /// A health check balance question.
    Balance(&'static str, TimingAnswer),
    Ambition(DepthLevel),
    Stage(Stage),
    Reflection(&'static str, String),
    Organization(String),
    Role(Option<RespondentRole>),
}

/// `assessment` with `change` made at `now`.
pub fn apply(assessment: &Assessment, change: AnswerChange, now: Timestamp) -> Assessment {
    let mut assessment = assessment.clone();
    let answers = &mut assessment.answers;
    match change {
        AnswerChange::Readiness(id, a) => answers.set_readiness(id, a),
        AnswerChange::Presence(id, r) => {
            let harm = answers.barriers.get(id).and_then(|b| b.harm);
            answers.set_barrier(id, Some(r), harm);
        }
        AnswerChange::Harm(id, r) => {
            let presence = answers.barriers.get(id).and_then(|b| b.presence);
            answers.set_barrier(id, presence, Some(r));
        }
        AnswerChange::Timing(id, a) => answers.set_timing(id, a),
        AnswerChange::Health(id, a) => answers.set_health(id, a),
        AnswerChange::Balance(id, a) => answers.set_balance(id, a),
        AnswerChange::Ambition(level) => answers.ambition = Some(level),
        AnswerChange::Stage(stage) => answers.stage = Some(stage),
        AnswerChange::Reflection(id, text) => answers.set_reflection(id, &text),
        AnswerChange::Organization(name) => assessment.set_organization_name(&name),
        AnswerChange::Role(role) => assessment.respondent_role = role,
    }
    assessment.touch(now);
    assessment
}
