//! Words shared by every screen: the widget's frame, buttons that recur, and the notices
//! about this device.

/// The widget's title.
pub fn title() -> &'static str {
    crate::PRODUCT_NAME
}

/// The line under the title on the start screen.
pub fn lead() -> &'static str {
    "Thinking about joining forces with another organization? This check-up helps you see \
     whether you are ready, what could get in the way, whether now is the right moment, and \
     how deep a partnership to aim for."
}

/// The promise about privacy on the start screen.
pub fn privacy() -> &'static str {
    "Your answers stay on this device. Nothing is sent anywhere unless you save a file \
     yourself."
}

/// The button that closes a confirmation message.
pub fn close_message() -> &'static str {
    "Close this message"
}

/// The button that prints the screen.
pub fn print() -> &'static str {
    "Print"
}

/// The heading of the part of the start and results screens about an offline copy.
pub fn offline_heading() -> &'static str {
    "Use it without internet"
}

/// What an offline copy is and where it works.
pub fn offline_about() -> &'static str {
    "Save the whole assessment as one file. It opens in any up-to-date web browser, from a \
     computer or a USB stick, with no internet connection, and you can email it to the \
     people you want to ask."
}

/// The tick box that puts the answers given so far in the offline copy, with the warning
/// that goes with it.
pub fn offline_carry() -> &'static str {
    "Put the answers given so far in the copy. Anyone who opens the file can read them."
}

/// The button that saves the offline copy.
pub fn offline_save() -> &'static str {
    "Save for offline use"
}

/// What stands between a bold label and the sentence after it, and between a button's
/// visible verb and the name it acts on: a space in English. Some languages join words
/// differently, so the separator is a word like any other.
pub fn word_gap() -> &'static str {
    " "
}
