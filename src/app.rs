use yew::prelude::*;

/// The root component: for now the start screen that explains what the assessment is.
///
/// A named `section` (a region landmark), never `main`: the host page owns its `main`.
#[component]
pub fn App() -> Html {
    html! {
        <section class="pa-app" aria-labelledby="pa-title">
            <h1 id="pa-title" class="pa-title">{ "Partnership Assessment" }</h1>
            <p class="pa-lead">
                { "Thinking about joining forces with another organization? This check-up helps \
                   you see whether you are ready, what could get in the way, and whether now is \
                   the right moment." }
            </p>
            <p class="pa-privacy">
                { "Your answers stay on this device. Nothing is sent anywhere unless you \
                   export it yourself." }
            </p>
        </section>
    }
}
