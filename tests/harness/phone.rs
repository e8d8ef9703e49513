//! Phones, large text and forced colours: the viewport of a small phone, the browser's
//! text size, emulated colour schemes, and measures of how a screen lays out (how many
//! screens tall, whether anything scrolls sideways, where an element sits).

use chromiumoxide::cdp::browser_protocol::emulation::{
    MediaFeature, SetDeviceMetricsOverrideParams, SetEmulatedMediaParams,
};
use chromiumoxide::cdp::browser_protocol::page::{
    CaptureScreenshotFormat, FontSizes, SetFontSizesParams,
};
use chromiumoxide::page::ScreenshotParams;

use super::session::{ROOT, Session};

/// The phone every layout is designed for first.
pub const PHONE: (i64, i64) = (375, 667);

impl Session {
    /// Sets the viewport to `width` x `height` CSS pixels, as a phone when narrow.
    pub async fn set_viewport(&self, width: i64, height: i64) {
        self.page
            .execute(SetDeviceMetricsOverrideParams::new(
                width,
                height,
                1.0,
                width < 600,
            ))
            .await
            .expect("set the viewport");
    }

    /// Sets the browser's text size, as a person does in its settings: `percent` of the
    /// usual 16 px.
    pub async fn set_text_size(&self, percent: i64) {
        let sizes = FontSizes {
            standard: Some(16 * percent / 100),
            fixed: Some(13 * percent / 100),
        };
        self.page
            .execute(SetFontSizesParams::new(sizes))
            .await
            .expect("set the text size");
    }

    /// Emulates media features: `("prefers-color-scheme", "dark")`,
    /// `("forced-colors", "active")`. An empty list ends the emulation.
    pub async fn emulate_media(&self, features: &[(&str, &str)]) {
        let features = features
            .iter()
            .map(|(name, value)| MediaFeature::new(*name, *value))
            .collect::<Vec<_>>();
        self.page
            .execute(SetEmulatedMediaParams::builder().features(features).build())
            .await
            .expect("emulate media features");
    }

    /// How far the page scrolls sideways, in CSS pixels (0 when it does not).
    pub async fn sideways_scroll(&self) -> i64 {
        self.eval(
            "Math.max(0, document.documentElement.scrollWidth - document.documentElement.clientWidth)",
        )
        .await
    }

    /// What makes the page scroll sideways: empty when nothing does, else how far it
    /// scrolls and the widget's elements that reach past the right edge (innermost first).
    pub async fn too_wide(&self) -> Vec<String> {
        self.eval(&format!(
            "(function () {{ var d = document.documentElement; var over = d.scrollWidth - d.clientWidth; \
             if (over <= 0) return []; var out = ['scrolls ' + over + ' px']; \
             var clipped = function (e) {{ for (var p = e.parentElement; p; p = p.parentElement) {{ \
               if (getComputedStyle(p).overflowX !== 'visible') return true; }} return false; }}; \
             {ROOT}.querySelectorAll('*').forEach(function (e) {{ var r = e.getBoundingClientRect(); \
               if (r.right > d.clientWidth + 0.5 && r.width > 0 && !clipped(e)) out.push(e.tagName.toLowerCase() + '.' + \
                 (e.getAttribute('class') || '') + ' right=' + Math.round(r.right)); }}); \
             return out.slice(0, 12); }})()"
        ))
        .await
    }

    /// Saves what the screen shows right now (not the whole page) as `dir/name.png`: the
    /// phone screenshots in the README.
    pub async fn screenshot_screen(&self, dir: &std::path::Path, name: &str) {
        let _ = std::fs::create_dir_all(dir);
        let params = ScreenshotParams::builder()
            .format(CaptureScreenshotFormat::Png)
            .build();
        if let Ok(png) = self.page.screenshot(params).await {
            let _ = std::fs::write(dir.join(format!("{name}.png")), png);
        }
    }

    /// How many viewports tall the page is.
    pub async fn screens_tall(&self) -> f64 {
        self.eval("document.documentElement.scrollHeight / window.innerHeight")
            .await
    }

    /// The top and bottom of the first element matching `selector` in the widget, in page
    /// coordinates (CSS pixels from the top of the document); fails when there is none.
    pub async fn page_box(&self, selector: &str) -> (f64, f64) {
        let found: Option<(f64, f64)> = self
            .eval(&format!(
                "(function () {{ var e = {ROOT}.querySelector({selector:?}); if (!e) return null; \
                 var r = e.getBoundingClientRect(); \
                 return [r.top + window.scrollY, r.bottom + window.scrollY]; }})()"
            ))
            .await;
        found.unwrap_or_else(|| panic!("nothing matches {selector:?}"))
    }

    /// The value of a computed style property of the first element matching `selector`.
    pub async fn computed(&self, selector: &str, property: &str) -> String {
        self.eval(&format!(
            "(function () {{ var e = {ROOT}.querySelector({selector:?}); \
             return e ? getComputedStyle(e).getPropertyValue({property:?}) : ''; }})()"
        ))
        .await
    }
}
