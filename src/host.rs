//! The host interface: what the page embedding the widget tells it (the element's
//! attributes, read and checked by the loader) and what the widget tells or offers the
//! page back (events, and the element's `result`, `reset()` and `load()`).
//!
//! The loader (`static/loader.js`) owns everything JavaScript: it reads the attributes,
//! dispatches the DOM events and builds the offline copy. This module keeps the Rust side
//! small: a [`Host`] shared by the app and the [`Widget`] handle the loader holds.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use partnership_engine::flow::Scope;
use partnership_engine::partners::PARTNER_VOCABULARY;
use partnership_engine::{Assessment, INSTRUMENTS, export, import};
use wasm_bindgen::prelude::*;
use yew::{AttrValue, UseReducerDispatcher};

use crate::effects;
use crate::state::{Action, Screen, State};

/// The instrument id each single-instrument scope answers, in flow order.
fn instrument_scopes() -> [(&'static str, Scope); 6] {
    let i = &INSTRUMENTS;
    [
        (i.readiness.meta.id, Scope::Readiness),
        (i.barriers.meta.id, Scope::Barriers),
        (i.timing.meta.id, Scope::Timing),
        (i.depth.meta.id, Scope::Depth),
        (PARTNER_VOCABULARY.id, Scope::Partners),
        (i.reflection.meta.id, Scope::Reflection),
    ]
}

/// The scopes to offer for the `instruments` attribute (ids separated by spaces or
/// commas; the loader has already warned about any it does not know).
///
/// No attribute, nothing known in it, or every instrument named: everything is offered,
/// the full assessment first. Otherwise only the named instruments, in flow order.
pub fn offered_scopes(list: &str) -> Vec<Scope> {
    let known = instrument_scopes();
    let mut chosen = [false; 6];
    for id in list.split(|c: char| c == ',' || c.is_whitespace()) {
        if let Some(i) = known.iter().position(|(k, _)| *k == id) {
            chosen[i] = true;
        }
    }
    let scopes: Vec<Scope> = known
        .iter()
        .zip(chosen)
        .filter(|(_, c)| *c)
        .map(|((_, s), _)| *s)
        .collect();
    if scopes.is_empty() || scopes.len() == known.len() {
        return Scope::ALL.to_vec();
    }
    scopes
}

/// What the page asked for through the element's attributes, already checked.
pub struct HostOptions {
    /// The `localStorage` key of this element's draft.
    pub storage_key: String,
    /// The organisation name to prefill (`organization` attribute).
    pub organization: String,
    /// The scopes offered on the start screen, in order.
    pub scopes: Rc<[Scope]>,
    /// The name of the widget's region landmark, or "" to use its title.
    pub region_name: AttrValue,
    /// A results document carried inside an offline copy, or "".
    pub carried: String,
}

/// Shared by the app (which renders) and the [`Widget`] (which the page calls).
pub struct Host {
    pub options: HostOptions,
    /// `notify(kind, json)`: the loader dispatches `partnership-assessment:<kind>`.
    notify: js_sys::Function,
    /// `offlinePage(json)`: the loader rebuilds the offline page, carrying `json` if any.
    offline_page: js_sys::Function,
    /// The app's way in for `reset()` and `load()`, set on its first render.
    dispatcher: RefCell<Option<UseReducerDispatcher<State>>>,
    /// The assessment the page last saw, for `result` and to tell changes apart.
    current: RefCell<Option<Rc<Assessment>>>,
    /// The navigation count the results were last announced at.
    completed_at: Cell<Option<u32>>,
}

impl Host {
    /// Tells the page, after a render, what changed: new answers (`change`) or the results
    /// shown (`complete`).
    pub fn observe(&self, state: &State, dispatcher: UseReducerDispatcher<State>) {
        if let Ok(mut slot) = self.dispatcher.try_borrow_mut()
            && slot.is_none()
        {
            *slot = Some(dispatcher);
        }
        let changed = match self.current.try_borrow_mut() {
            Ok(mut current) => {
                let changed = current
                    .as_ref()
                    .is_some_and(|c| !Rc::ptr_eq(c, &state.assessment));
                *current = Some(state.assessment.clone());
                changed
            }
            Err(_) => false,
        };
        // Borrows are released before calling out: a listener may call back in.
        if changed {
            self.notify("change", &state.assessment);
        }
        if state.screen == Screen::Results && self.completed_at.get() != Some(state.navigation) {
            self.completed_at.set(Some(state.navigation));
            self.notify("complete", &state.assessment);
        }
    }

    /// Dispatches `partnership-assessment:<kind>` with the results document of `assessment`.
    pub fn notify(&self, kind: &str, assessment: &Assessment) {
        let _ = self.notify.call2(
            &JsValue::NULL,
            &JsValue::from_str(kind),
            &JsValue::from_str(&export(assessment)),
        );
    }

    /// The offline page, carrying `assessment` when given.
    pub fn offline_page(&self, assessment: Option<&Assessment>) -> Option<String> {
        let json = assessment.map(export).unwrap_or_default();
        self.offline_page
            .call1(&JsValue::NULL, &JsValue::from_str(&json))
            .ok()?
            .as_string()
    }

    /// A new assessment, with the organisation the page prefills.
    pub fn fresh_assessment(&self) -> Assessment {
        let mut fresh = Assessment::new(effects::new_result_id(), effects::now());
        fresh.set_organization_name(&self.options.organization);
        fresh
    }

    /// `result` gives what `reset()` or `load()` set as soon as they return, before the
    /// app has rendered it (the next render still reports it as a change).
    fn show_at_once(&self, assessment: Assessment) {
        if let Ok(mut current) = self.current.try_borrow_mut() {
            *current = Some(Rc::new(assessment));
        }
    }

    fn dispatch(&self, action: Action) -> Result<(), String> {
        let dispatcher = self.dispatcher.try_borrow().ok().and_then(|d| d.clone());
        match dispatcher {
            Some(d) => {
                d.dispatch(action);
                Ok(())
            }
            None => Err("The Partnership Assessment has not finished starting.".to_owned()),
        }
    }
}

/// The handle the loader keeps for one element: the element's JavaScript API.
#[wasm_bindgen]
pub struct Widget(Rc<Host>);

#[wasm_bindgen]
impl Widget {
    /// The current results document, as JSON.
    pub fn result(&self) -> String {
        let current = self.0.current.try_borrow().ok().and_then(|c| c.clone());
        match current {
            Some(a) => export(&a),
            None => export(&self.0.fresh_assessment()),
        }
    }

    /// Starts over with a new, empty assessment and forgets this element's draft.
    pub fn reset(&self) -> Result<(), String> {
        let _ = effects::clear_draft(&self.0.options.storage_key);
        let fresh = self.0.fresh_assessment();
        self.0.dispatch(Action::Reset(Box::new(fresh.clone())))?;
        self.0.show_at_once(fresh);
        Ok(())
    }

    /// Opens a results document; on a bad one, fails with the engine's message and changes
    /// nothing.
    pub fn load(&self, json: &str) -> Result<(), String> {
        let imported = import(json.as_bytes()).map_err(|e| e.to_string())?;
        let assessment = imported.assessment.clone();
        self.0.dispatch(Action::Load(Box::new(imported)))?;
        self.0.show_at_once(assessment);
        Ok(())
    }
}

/// Starts one app in `root` for the options the loader read from its element.
pub fn start(
    root: web_sys::Element,
    options: HostOptions,
    notify: js_sys::Function,
    offline_page: js_sys::Function,
) -> Widget {
    let host = Rc::new(Host {
        options,
        notify,
        offline_page,
        dispatcher: RefCell::new(None),
        current: RefCell::new(None),
        completed_at: Cell::new(None),
    });
    yew::Renderer::<crate::App>::with_root_and_props(
        root,
        crate::app::AppProps { host: host.clone() },
    )
    .render();
    Widget(host)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_list_offers_everything_with_the_full_assessment_first() {
        assert_eq!(offered_scopes(""), Scope::ALL.to_vec());
        let all = "reflection partners depth timing barriers readiness";
        assert_eq!(offered_scopes(all), Scope::ALL.to_vec());
        assert_eq!(offered_scopes("readyness"), Scope::ALL.to_vec());
    }

    #[test]
    fn a_list_offers_the_named_instruments_in_flow_order() {
        let scopes = offered_scopes(" timing,barriers  budget,,timing ");
        assert_eq!(scopes, vec![Scope::Barriers, Scope::Timing]);
    }

    #[test]
    fn the_loader_knows_the_same_instrument_ids() {
        // static/loader.js checks the attribute against its own copy of the ids.
        let loader = include_str!("../static/loader.js");
        let ids: Vec<String> = instrument_scopes()
            .iter()
            .map(|(id, _)| format!("\"{id}\""))
            .collect();
        assert!(
            loader.contains(&format!("var INSTRUMENT_IDS = [{}];", ids.join(", "))),
            "update INSTRUMENT_IDS in static/loader.js"
        );
    }
}
