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

use partnership_engine::draft::{StorageFailure, Unsaved};
use partnership_engine::flow::Scope;
use partnership_engine::words::messages;
use partnership_engine::{Assessment, Imported, export, import};
use wasm_bindgen::prelude::*;
use yew::Callback;

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
    /// Which widget this is on the page: 1 for the first (its region is named by its
    /// title), 2 and on for the others (named "… 2").
    pub region_number: usize,
    /// A results document carried inside an offline copy, or "".
    pub carried: String,
    /// The languages the start screen offers to switch between (the `languages`
    /// attribute), in the catalogue's order; one or none: no switch.
    pub languages: Rc<[&'static str]>,
    /// Whether the start screen offers workshop mode: always in a script that carries it,
    /// and in one without it when the loader can load the script that has it.
    pub workshop: bool,
    /// Start in workshop mode: the script without it handed this element over to the one
    /// with it when the facilitator asked for it, with the results document of the work in
    /// progress there ("" when nothing had been started).
    pub handed_over: Option<String>,
}

/// The offered languages named in the loader's list (tags separated by spaces), in the
/// catalogue's order; unknown tags are left out (the loader has warned about them).
pub fn offered_languages(list: &str) -> Vec<&'static str> {
    let named: Vec<&str> = list.split_whitespace().collect();
    partnership_engine::catalogue::LANGUAGES
        .iter()
        .map(|l| l.tag)
        .filter(|tag| named.iter().any(|n| n.eq_ignore_ascii_case(tag)))
        .collect()
}

/// What the host page asks of the app through the element's API.
#[derive(Debug)]
pub enum HostCommand {
    /// `reset()`: start over with this new assessment; the draft is already forgotten.
    Reset(Box<Assessment>),
    /// `load()`: open this document, which the engine accepted.
    Load(Box<Imported>),
}

/// What a save of the draft changed, for the app to show.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SaveOutcome {
    /// Saving failed for this reason (said once, until it changes).
    Failed(StorageFailure),
    /// Saving works again after a failure.
    Recovered,
}

/// The autosave: the draft waiting to be written and what storage holds as far as this
/// widget knows. Saving happens off the input path (shortly after a change, and at once
/// when the page is hidden or left); a failed save is kept waiting and tried again with the
/// next change, so the last answer is never dropped.
#[derive(Default)]
struct Autosave {
    /// The newest document not yet written.
    pending: Option<Rc<str>>,
    /// The text under the draft key as this widget last wrote or saw it: the base two tabs'
    /// drafts are merged against.
    stored: Option<Rc<str>>,
    /// The last failure, until a save succeeds.
    failing: Option<StorageFailure>,
    /// A write is already scheduled.
    scheduled: bool,
    /// A draft that could not be offered as it was and could not yet be kept aside: the
    /// draft key is not written until it is.
    held: Option<(String, String)>,
    /// The assessment `pending` holds, for the note left when saving it fails.
    pending_work: Option<Rc<Assessment>>,
    /// A note on unsaved work may be stored beside the draft: the next successful save
    /// removes it.
    noted: bool,
}

/// Shared by the app (which renders) and the [`Widget`] (which the page calls).
pub struct Host {
    pub options: HostOptions,
    /// `notify(kind, json)`: the loader dispatches `partnership-assessment:<kind>`.
    notify: js_sys::Function,
    /// `offlinePage(json, title)`: the loader rebuilds the offline page in the language
    /// spoken now, carrying `json` if any (a promise of its text).
    offline_page: js_sys::Function,
    /// `loadLanguage(tag)`: the loader fetches a language's pack (a promise of
    /// `{pack, locale}`) and marks the widget's root with its `lang` and `dir`.
    load_language: js_sys::Function,
    /// `openWorkshop()`, in a script without workshop mode: the loader loads the script
    /// with it, unmounts this app ([`Widget::unmount`]) and mounts that one in its place;
    /// a promise that rejects when it could not. `None` where there is nothing to load.
    open_workshop: Option<js_sys::Function>,
    /// The results document of the assessment being answered (once started), which
    /// [`Widget::unmount`] hands to the app that takes the element over.
    in_progress: RefCell<Option<Rc<str>>>,
    /// Set once this app has handed its element to another: from then on it writes
    /// nothing to storage, so it can never overwrite the newer app's draft.
    retired: std::cell::Cell<bool>,
    /// The app's way in for `reset()` and `load()`, registered on its first render.
    commands: RefCell<Option<Callback<HostCommand>>>,
    /// The results document the page last saw, for `result`.
    current: RefCell<Option<Rc<str>>>,
    /// `reset()` and `load()` called before the app registered, in order.
    queued: RefCell<Vec<HostCommand>>,
    autosave: RefCell<Autosave>,
}

impl Host {
    /// A port for the element the loader read `options` from.
    pub fn new(
        options: HostOptions,
        notify: js_sys::Function,
        offline_page: js_sys::Function,
        load_language: js_sys::Function,
        open_workshop: Option<js_sys::Function>,
    ) -> Self {
        Host {
            options,
            notify,
            offline_page,
            load_language,
            open_workshop,
            in_progress: RefCell::new(None),
            retired: std::cell::Cell::new(false),
            commands: RefCell::new(None),
            current: RefCell::new(None),
            queued: RefCell::new(Vec::new()),
            autosave: RefCell::new(Autosave::default()),
        }
    }

    /// The app registers where `reset()` and `load()` go; calls made before it did are
    /// handed over now, in the order they were made.
    pub fn listen(&self, commands: Callback<HostCommand>) {
        if let Ok(mut slot) = self.commands.try_borrow_mut() {
            *slot = Some(commands.clone());
        }
        let queued = self
            .queued
            .try_borrow_mut()
            .map(|mut q| std::mem::take(&mut *q))
            .unwrap_or_default();
        for command in queued {
            commands.emit(command);
        }
    }

    /// The draft text found under the key when the widget started, which it offers as is.
    pub fn found_stored(&self, text: Option<String>) {
        if let Ok(mut a) = self.autosave.try_borrow_mut() {
            a.stored = text.map(Into::into);
        }
    }

    /// A note on unsaved work was found beside the draft when the widget started: the next
    /// successful save removes it.
    pub fn found_note(&self) {
        if let Ok(mut a) = self.autosave.try_borrow_mut() {
            a.noted = true;
        }
    }

    /// A draft that must be kept aside under `which` before the draft key is written again
    /// (keeping it failed when the widget started).
    pub fn hold(&self, which: String, text: String) {
        if let Ok(mut a) = self.autosave.try_borrow_mut() {
            a.held = Some((which, text));
        }
    }

    /// Another tab saved `text` under the draft key (`None`: removed it).
    pub fn saw_stored(&self, text: Option<&str>) {
        if let Ok(mut a) = self.autosave.try_borrow_mut() {
            a.stored = text.map(Into::into);
        }
    }

    /// The draft both tabs last agreed on: what storage held as far as this widget knows.
    pub fn base(&self) -> Option<Assessment> {
        let stored = self.autosave.try_borrow().ok()?.stored.clone()?;
        import(stored.as_bytes()).ok().map(|i| i.assessment)
    }

    /// Queues `document` (the results document of `work`) to be saved; true when the
    /// caller should schedule [`Host::flush`] (no write is scheduled yet).
    pub fn save_later(&self, document: &Rc<str>, work: &Rc<Assessment>) -> bool {
        let Ok(mut a) = self.autosave.try_borrow_mut() else {
            return false;
        };
        if self.retired.get() {
            return false;
        }
        a.pending = Some(document.clone());
        a.pending_work = Some(work.clone());
        !std::mem::replace(&mut a.scheduled, true)
    }

    /// Writes the waiting draft now, if any; says what changed about saving.
    ///
    /// When the write fails, a note on the work that could not be kept is left beside the
    /// draft (it is tiny, so it usually fits where the draft no longer does), so that the
    /// next visit does not offer the older draft as the latest; the next successful save
    /// removes it. If the note cannot be written either, nothing more can be kept: the
    /// warning on the page and before leaving it are all there is.
    pub fn flush(&self) -> Option<SaveOutcome> {
        let Ok(mut a) = self.autosave.try_borrow_mut() else {
            return None;
        };
        if self.retired.get() {
            return None;
        }
        a.scheduled = false;
        let key = &self.options.storage_key;
        let wrote = a.pending.is_some();
        let attempt = (|| {
            if let Some((which, text)) = &a.held {
                effects::keep_draft(key, which, text)?;
                a.held = None;
            }
            match a.pending.clone() {
                Some(doc) if a.stored.as_deref() != Some(&*doc) => {
                    effects::save_draft(key, &doc)?;
                    a.stored = Some(doc);
                }
                _ => {}
            }
            a.pending = None;
            a.pending_work = None;
            Ok(())
        })();
        match &attempt {
            Ok(()) if wrote && a.noted => a.noted = effects::forget_unsaved_note(key).is_err(),
            Ok(()) => {}
            Err(failure) => {
                let note = a
                    .pending_work
                    .as_deref()
                    .map(|work| Unsaved::of(work, *failure).to_text());
                if let Some(note) = note
                    && effects::note_unsaved(key, &note).is_ok()
                {
                    a.noted = true;
                }
            }
        }
        match attempt {
            Ok(()) => a.failing.take().map(|_| SaveOutcome::Recovered),
            Err(failure) if a.failing != Some(failure) => {
                a.failing = Some(failure);
                Some(SaveOutcome::Failed(failure))
            }
            Err(_) => None,
        }
    }

    /// Whether answers exist only in this page's memory: not yet written, or not written
    /// because storage failed (a retired app's answers are the newer app's to keep).
    pub fn unkept_work(&self) -> bool {
        !self.retired.get()
            && self
                .autosave
                .try_borrow()
                .is_ok_and(|a| a.pending.is_some())
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

    /// The offline page, carrying the results document `json` (or nothing, for ""). The
    /// loader first loads workshop mode's script where it can, so the copy is whole.
    pub async fn offline_page(&self, json: &str) -> Option<String> {
        let title = partnership_engine::words::common::title();
        let page = self
            .offline_page
            .call2(
                &JsValue::NULL,
                &JsValue::from_str(json),
                &JsValue::from_str(title),
            )
            .ok()?;
        wasm_bindgen_futures::JsFuture::from(js_sys::Promise::resolve(&page))
            .await
            .ok()?
            .as_string()
    }

    /// The document of the assessment being answered, or `None` before anything was
    /// started: what the app would hand over.
    pub fn working_on(&self, document: Option<Rc<str>>) {
        if let Ok(mut slot) = self.in_progress.try_borrow_mut() {
            *slot = document;
        }
    }

    /// Whether this app still owns its element (it has not handed it to the script with
    /// workshop mode): listeners left on the page by a retired app do nothing.
    pub fn active(&self) -> bool {
        !self.retired.get()
    }

    /// Asks the loader for the script with workshop mode, which takes this element over:
    /// the draft is written first, so the new app finds every answer. Resolves with
    /// `false` when it could not be loaded; this app then carries on as it was.
    pub async fn open_workshop(&self) -> bool {
        let Some(open) = &self.open_workshop else {
            return false;
        };
        self.flush();
        let Ok(promise) = open.call0(&JsValue::NULL) else {
            return false;
        };
        wasm_bindgen_futures::JsFuture::from(js_sys::Promise::from(promise))
            .await
            .is_ok()
    }

    /// Switches the page to `tag`: the loader fetches its pack (the first time), then the
    /// catalogue speaks it. Resolves with whether it worked; a failure leaves the language
    /// as it was.
    pub async fn switch_language(&self, tag: &'static str) -> bool {
        let Ok(promise) = self
            .load_language
            .call1(&JsValue::NULL, &JsValue::from_str(tag))
        else {
            return false;
        };
        let Ok(loaded) = wasm_bindgen_futures::JsFuture::from(js_sys::Promise::from(promise)).await
        else {
            return false;
        };
        let field = |name: &str| {
            js_sys::Reflect::get(&loaded, &JsValue::from_str(name))
                .ok()
                .and_then(|v| v.as_string())
                .unwrap_or_default()
        };
        crate::lang::speak(tag, &field("pack"), &field("locale")).is_ok()
    }

    /// A new assessment, in the language spoken now, with the organisation the page
    /// prefills.
    pub fn fresh_assessment(&self) -> Assessment {
        let mut fresh = Assessment::new(effects::new_result_id(), effects::now());
        fresh.set_organization_name(&self.options.organization);
        if let Some(tag) = partnership_engine::LanguageTag::parse(crate::lang::tag()) {
            fresh.language = tag;
        }
        fresh
    }

    /// Hands `command` to the app, or queues it until the app registers.
    fn command(&self, command: HostCommand) {
        let commands = self.commands.try_borrow().ok().and_then(|c| c.clone());
        match commands {
            Some(c) => c.emit(command),
            None => {
                if let Ok(mut q) = self.queued.try_borrow_mut() {
                    q.push(command);
                }
            }
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
pub struct Widget(Rc<Host>, RefCell<Option<Box<dyn FnOnce()>>>);

impl Widget {
    /// The handle for the app `host` serves; `destroy` removes that app from its element
    /// (given by `lib.rs`, so this port never names the app).
    pub fn new(host: Rc<Host>, destroy: Box<dyn FnOnce()>) -> Self {
        Widget(host, RefCell::new(Some(destroy)))
    }
}

#[wasm_bindgen]
impl Widget {
    /// Hands the element over to another app (the script with workshop mode): writes the
    /// waiting draft, stops writing to storage for good, and removes this app from the
    /// element. Its page-wide listeners stay, but do nothing ([`Host::active`]). Gives the
    /// results document of the assessment in progress ("" when nothing was started), for
    /// the app taking over to carry on with.
    pub fn unmount(&self) -> String {
        self.0.flush();
        self.0.retired.set(true);
        if let Some(destroy) = self.1.try_borrow_mut().ok().and_then(|mut d| d.take()) {
            destroy();
        }
        let working = self.0.in_progress.try_borrow().ok().and_then(|w| w.clone());
        working.map(|w| w.to_string()).unwrap_or_default()
    }

    /// The current results document, as JSON.
    pub fn result(&self) -> String {
        let current = self.0.current.try_borrow().ok().and_then(|c| c.clone());
        match current {
            Some(json) => json.to_string(),
            None => export(&self.0.fresh_assessment()),
        }
    }

    /// Starts over with a new, empty assessment: the screen, the memory and this device
    /// together. The draft and every draft kept beside it are forgotten first; if the
    /// browser will not forget them, fails with a plain message and changes nothing else
    /// (a kiosk must never leave the last person's answers to resume).
    pub fn reset(&self) -> Result<(), String> {
        let host = &self.0;
        effects::clear_drafts(&host.options.storage_key)
            .map_err(|_| messages::reset_failed().to_owned())?;
        if let Ok(mut a) = host.autosave.try_borrow_mut() {
            *a = Autosave {
                failing: a.failing,
                ..Autosave::default()
            };
        }
        let fresh = host.fresh_assessment();
        host.command(HostCommand::Reset(Box::new(fresh.clone())));
        host.show_at_once(&fresh);
        Ok(())
    }

    /// Opens a results document (the bytes of a file, in any encoding the engine reads);
    /// on a bad one, fails with the engine's message and changes nothing.
    pub fn load(&self, bytes: &[u8]) -> Result<(), String> {
        let imported = import(bytes).map_err(|e| e.to_string())?;
        let assessment = imported.assessment.clone();
        self.0.command(HostCommand::Load(Box::new(imported)));
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
        let all = "health reflection partners depth timing barriers readiness";
        assert_eq!(offered_scopes(all), Scope::ALL.to_vec());
        assert_eq!(offered_scopes("readyness"), Scope::ALL.to_vec());
    }

    #[test]
    fn a_list_offers_the_named_instruments_in_flow_order() {
        let scopes = offered_scopes(" timing,barriers  budget,,timing ");
        assert_eq!(scopes, vec![Scope::Barriers, Scope::Timing]);
        assert_eq!(offered_scopes("health"), vec![Scope::Health]);
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
