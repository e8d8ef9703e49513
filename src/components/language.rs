//! The language switch on the start screen (a group, not a landmark: a page may hold
//! several widgets): every language the host page offers, each named in itself (and marked with its own `lang`, so a screen reader says it right).

use std::rc::Rc;

use partnership_engine::catalogue;
use partnership_engine::words::language as words;
use yew::prelude::*;

use crate::state::Action;

pub struct LanguageProps {
    /// The languages to offer; fewer than two: no switch.
    pub offered: Rc<[&'static str]>,
    /// The language spoken now.
    pub spoken: &'static str,
    /// Why the last switch did not happen, shown beside the list.
    pub failed: bool,
    pub on: Callback<Action>,
}

pub fn language_switch(props: &LanguageProps) -> Html {
    if props.offered.len() < 2 {
        return Html::default();
    }
    let choices = props
        .offered
        .iter()
        .filter_map(|tag| catalogue::offered(tag))
        .map(|l| {
            let on = props.on.clone();
            let onclick =
                Callback::from(move |_: MouseEvent| on.emit(Action::SwitchLanguage(l.tag)));
            let pressed = (l.tag == props.spoken).to_string();
            let dir = l.dir();
            html! {
                <li>
                    <button type="button" class="pa-language" lang={l.tag} {dir}
                        aria-pressed={pressed} {onclick}>{ l.name }</button>
                </li>
            }
        });
    html! {
        <div class="pa-languages" role="group" aria-label={words::heading()}>
            <ul class="pa-language-list">{ for choices }</ul>
            if props.failed {
                <p class="pa-error" role="alert">{ words::failed() }</p>
            }
        </div>
    }
}
