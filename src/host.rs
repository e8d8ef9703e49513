//! The host interface: what the page embedding the widget tells it (the element's
//! attributes, read and checked by the loader) and what the widget tells or offers the
//! page back (events, and the element's `result`, `reset()` and `load()`).
//!
//! The loader (`static/loader.js`) owns everything JavaScript: it reads the attributes,
//! dispatches the DOM events and builds the offline copy. This module is a port between
//! that page and the app: outbound, [`Host::notify`] and [`Host::offline_page`]; inbound,
//! the [`Widget`] handle the loader holds turns `reset()` and `load()` into
//! [`HostCommand`]s and hands them to the callback the app registers with
//! [`Host::listen`]. It knows nothing of the app's state.

use std::cell::RefCell;
use std::rc::Rc;

use partnership_engine::flow::Scope;
use partnership_engine::words::messages;
use partnership_engine::{Assessment, Imported, export, import};
use wasm_bindgen::prelude::*;
use yew::{AttrValue, Callback};

use crate::effects;

/// The scopes to offer for the `instruments` attribute (ids separated by spaces or
/// commas; the loader has already warned about any it does not know).
///
/// No attribute, nothing known in it, or every instrument named: everything is offered,
/// the full assessment first. Otherwise only the named instruments, in flow order.
pub fn offered_scopes(list: &str) -> Vec<Scope> {
    let named: Vec<&str> = list
        .split(|c: char| c == ',' || c.is_whitespace())
        .collect();
    let scopes: Vec<Scope> = Scope::EACH
        .iter()
        .copied()
        .filter(|s| named.contains(&s.id()))
        .collect();
    if scopes.is_empty() || scopes.len() == Scope::EACH.len() {
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

/// What the host page asks of the app through the element's API.
#[derive(Debug)]
pub enum HostCommand {
    /// `reset()`: start over with this new assessment; the draft is already forgotten.
    Reset(Box<Assessment>),
    /// `load()`: open this document, which the engine accepted.
    Load(Box<Imported>),
}

/// Shared by the app (which renders) and the [`Widget`] (which the page calls).
pub struct Host {
    pub options: HostOptions,
    /// `notify(kind, json)`: the loader dispatches `partnership-assessment:<kind>`.
    notify: js_sys::Function,
    /// `offlinePage(json)`: the loader rebuilds the offline page, carrying `json` if any.
    offline_page: js_sys::Function,
    /// The app's way in for `reset()` and `load()`, registered on its first render.
    commands: RefCell<Option<Callback<HostCommand>>>,
    /// The results document the page last saw, for `result`.
    current: RefCell<Option<Rc<str>>>,
}

impl Host {
    /// A port for the element the loader read `options` from.
    pub fn new(
        options: HostOptions,
        notify: js_sys::Function,
        offline_page: js_sys::Function,
    ) -> Self {
        Host {
            options,
            notify,
            offline_page,
            commands: RefCell::new(None),
            current: RefCell::new(None),
        }
    }

    /// The app registers where `reset()` and `load()` go.
    pub fn listen(&self, commands: Callback<HostCommand>) {
        if let Ok(mut slot) = self.commands.try_borrow_mut() {
            *slot = Some(commands);
        }
    }

    /// Remembers `document` as what `result` gives, and says whether it differs from the
    /// document the page saw before (the first one is not a change).
    pub fn remember(&self, document: &Rc<str>) -> bool {
        match self.current.try_borrow_mut() {
            Ok(mut current) => {
                let changed = current.as_ref().is_some_and(|c| !Rc::ptr_eq(c, document));
                *current = Some(document.clone());
                changed
            }
            Err(_) => false,
        }
    }

    /// Dispatches `partnership-assessment:<kind>` with the results document `json`.
    pub fn notify(&self, kind: &str, json: &str) {
        let _ = self.notify.call2(
            &JsValue::NULL,
            &JsValue::from_str(kind),
            &JsValue::from_str(json),
        );
    }

    /// The offline page, carrying the results document `json` (or nothing, for "").
    pub fn offline_page(&self, json: &str) -> Option<String> {
        self.offline_page
            .call1(&JsValue::NULL, &JsValue::from_str(json))
            .ok()?
            .as_string()
    }

    /// A new assessment, with the organisation the page prefills.
    pub fn fresh_assessment(&self) -> Assessment {
        let mut fresh = Assessment::new(effects::new_result_id(), effects::now());
        fresh.set_organization_name(&self.options.organization);
        fresh
    }

    fn command(&self, command: HostCommand) -> Result<(), String> {
        let commands = self.commands.try_borrow().ok().and_then(|c| c.clone());
        match commands {
            Some(c) => {
                c.emit(command);
                Ok(())
            }
            None => Err(messages::not_started().to_owned()),
        }
    }

    /// `result` gives what `reset()` or `load()` set as soon as they return, before the
    /// app has rendered it (the next render still reports it as a change).
    fn show_at_once(&self, assessment: &Assessment) {
        if let Ok(mut current) = self.current.try_borrow_mut() {
            *current = Some(export(assessment).into());
        }
    }
}

/// The handle the loader keeps for one element: the element's JavaScript API.
#[wasm_bindgen]
pub struct Widget(Rc<Host>);

impl Widget {
    pub fn new(host: Rc<Host>) -> Self {
        Widget(host)
    }
}

#[wasm_bindgen]
impl Widget {
    /// The current results document, as JSON.
    pub fn result(&self) -> String {
        let current = self.0.current.try_borrow().ok().and_then(|c| c.clone());
        match current {
            Some(json) => json.to_string(),
            None => export(&self.0.fresh_assessment()),
        }
    }

    /// Starts over with a new, empty assessment and forgets this element's draft.
    pub fn reset(&self) -> Result<(), String> {
        let _ = effects::clear_draft(&self.0.options.storage_key);
        let fresh = self.0.fresh_assessment();
        self.0
            .command(HostCommand::Reset(Box::new(fresh.clone())))?;
        self.0.show_at_once(&fresh);
        Ok(())
    }

    /// Opens a results document; on a bad one, fails with the engine's message and changes
    /// nothing.
    pub fn load(&self, json: &str) -> Result<(), String> {
        let imported = import(json.as_bytes()).map_err(|e| e.to_string())?;
        let assessment = imported.assessment.clone();
        self.0.command(HostCommand::Load(Box::new(imported)))?;
        self.0.show_at_once(&assessment);
        Ok(())
    }
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
        let ids: Vec<String> = Scope::EACH
            .iter()
            .map(|s| format!("\"{}\"", s.id()))
            .collect();
        assert!(
            loader.contains(&format!("var INSTRUMENT_IDS = [{}];", ids.join(", "))),
            "update INSTRUMENT_IDS in static/loader.js"
        );
    }
}
