//! The words of the summary at the top of the results: the short answer a board member
//! reads first, before the details.

/// The heading of the summary.
pub fn title() -> &'static str {
    "The short answer"
}

/// The timing verdict as one sentence's lead: "Is now the right time? Start small."
pub fn verdict(title: &str) -> String {
    format!("Is now the right time? {title}.")
}

/// The heading over the highest risks.
pub fn risks_title() -> &'static str {
    "Biggest risks"
}

/// One of the highest risks: the barrier and how serious it is.
pub fn risk(barrier: &str, level: &str) -> String {
    format!("{barrier}: {level} risk")
}

/// In place of the risks when barriers were rated and none is above low.
pub fn no_big_risk() -> &'static str {
    "None of the barriers you rated stands out as a serious risk."
}

/// In place of the risks while no barrier is rated.
pub fn risks_not_rated() -> &'static str {
    "Rate the barriers to see which ones matter most."
}

/// Where to start, before the depth's title.
pub fn start_with() -> &'static str {
    "Where to start: "
}

/// The heading over the first next steps; `n` is how many there are.
pub fn steps_title(n: usize) -> String {
    match n {
        1 => "Your first step".to_owned(),
        n => format!("Your first {n} steps"),
    }
}

/// In place of the first steps while the plan is empty.
pub fn no_steps() -> &'static str {
    "Answer more of the questions and your first steps will appear here."
}

/// Under the summary: the details follow.
pub fn details_follow() -> &'static str {
    "The details below explain every score. Open any part to read it."
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
