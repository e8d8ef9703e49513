//! Words shared by every screen: the widget's frame, buttons that recur, and the notices
//! about this device.
use crate::catalogue::msg;

/// The widget's title: the product's name in the language spoken now ("Partnership
/// Assessment" in English, which is also [`crate::PRODUCT_NAME`]).
pub fn title() -> &'static str {
    msg::COMMON_TITLE.text()
}

/// The name of the second and later widgets on one page, so each region landmark has its
/// own: "Partnership Assessment 2".
pub fn numbered_title(n: usize) -> String {
    msg::COMMON_NUMBERED_TITLE.with(&[("title", title()), ("n", &crate::catalogue::number(n))])
}

/// The line under the title on the start screen.
pub fn lead() -> &'static str {
    msg::COMMON_LEAD.text()
}

/// The promise about privacy on the start screen.
pub fn privacy() -> &'static str {
    msg::COMMON_PRIVACY.text()
}

/// The button that closes a confirmation message.
pub fn close_message() -> &'static str {
    msg::COMMON_CLOSE_MESSAGE.text()
}

/// The button that prints the screen.
pub fn print() -> &'static str {
    msg::COMMON_PRINT.text()
}

/// The heading of the part of the start and results screens about an offline copy.
pub fn offline_heading() -> &'static str {
    msg::COMMON_OFFLINE_HEADING.text()
}

/// What an offline copy is and where it works.
pub fn offline_about() -> &'static str {
    msg::COMMON_OFFLINE_ABOUT.text()
}

/// The tick box that puts the answers given so far in the offline copy, with the warning
/// that goes with it.
pub fn offline_carry() -> &'static str {
    msg::COMMON_OFFLINE_CARRY.text()
}

/// The button that saves the offline copy.
pub fn offline_save() -> &'static str {
    msg::COMMON_OFFLINE_SAVE.text()
}

/// What stands between a bold label and the sentence after it, and between a button's
/// visible verb and the name it acts on: a space in English. Some languages join words
/// differently, so the separator is a word like any other.
pub fn word_gap() -> &'static str {
    msg::COMMON_WORD_GAP.text()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_english_title_is_the_product_name() {
        crate::catalogue::install_english();
        assert_eq!(title(), crate::PRODUCT_NAME);
    }
}
