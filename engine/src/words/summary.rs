//! The words of the summary at the top of the results: the short answer a board member
//! reads first, before the details.
use crate::catalogue::msg;

/// The heading of the summary.
pub fn title() -> &'static str {
    msg::SUMMARY_TITLE.text()
}

/// The timing verdict as one sentence's lead: "Is now the right time? Start small."
pub fn verdict(title: &str) -> String {
    msg::SUMMARY_VERDICT.with(&[("verdict", title)])
}

/// The heading over the highest risks.
pub fn risks_title() -> &'static str {
    msg::SUMMARY_RISKS_TITLE.text()
}

/// One of the highest risks: the barrier and how serious it is.
pub fn risk(barrier: &str, level: &str) -> String {
    msg::SUMMARY_RISK.with(&[("barrier", barrier), ("level", level)])
}

/// In place of the risks when barriers were rated and none is above low.
pub fn no_big_risk() -> &'static str {
    msg::SUMMARY_NO_BIG_RISK.text()
}

/// In place of the risks while no barrier is rated.
pub fn risks_not_rated() -> &'static str {
    msg::SUMMARY_RISKS_NOT_RATED.text()
}

/// Where to start, before the depth's title.
pub fn start_with() -> &'static str {
    msg::SUMMARY_START_WITH.text()
}

/// The heading over the first next steps; `n` is how many there are.
pub fn steps_title(n: usize) -> String {
    msg::SUMMARY_STEPS_TITLE.count(n)
}

/// In place of the first steps while the plan is empty.
pub fn no_steps() -> &'static str {
    msg::SUMMARY_NO_STEPS.text()
}

/// Under the summary: the details follow.
pub fn details_follow() -> &'static str {
    msg::SUMMARY_DETAILS_FOLLOW.text()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_steps_heading_agrees_with_its_number() {
        assert_eq!(steps_title(1), "Your first step");
        assert_eq!(steps_title(3), "Your first 3 steps");
    }
}
