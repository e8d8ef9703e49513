//! Workshop mode travels in its own script, loaded only when a facilitator opens it: the
//! script most people download leaves it out. These tests play that hand-over as people
//! meet it: nothing extra is downloaded until the button is pressed, the widget with
//! workshop mode takes the element over without losing an answer or the element's API,
//! a failed download is said beside the button and can be tried again, and the offline file
//! carries workshop mode whole.

mod harness;

use harness::{ROOT, START_HEADING, ScratchDir, Session, Site, TestEnvironment, focused};

const EL: &str = "document.querySelector('partnership-assessment')";
const WORKSHOP_HEADING: &str = "Workshop: everyone's answers together";
const WORKSHOP_SCRIPT: &str = "partnership-assessment.workshop.js";

fn widget_page() -> String {
    harness::host_page(
        "Workshop on demand",
        "<script src=\"partnership-assessment.js\" defer></script>",
        "<partnership-assessment></partnership-assessment>",
    )
}

/// How many times the page asked for workshop mode's script.
fn workshop_requests(session: &Session) -> usize {
    session
        .log()
        .requests
        .iter()
        .filter(|r| r.contains(WORKSHOP_SCRIPT))
        .count()
}

/// The first readiness answer a person gives, as the results document records it.
async fn first_answer(session: &Session) -> serde_json::Value {
    let result: serde_json::Value = session.eval(&format!("{EL}.result")).await;
    result["answers"]["readiness"].clone()
}

/// From a question screen to workshop mode, the way a person goes: the results so far, the
/// start page, "Open workshop mode".
async fn open_workshop_from_the_questions(session: &Session) {
    session.click_on("button", "See results so far").await;
    session.click_on("button", "Start page").await;
    session.click_on("button", "Open workshop mode").await;
    session.find("heading", WORKSHOP_HEADING).await;
}

#[tokio::test(flavor = "multi_thread")]
async fn workshop_mode_is_downloaded_only_when_opened_and_takes_over_without_losing_an_answer() {
    let env = TestEnvironment::from_env();
    let site = Site::serve(&env, &[("page.html", &widget_page())]);
    let session = Session::start(&env).await;
    session.open(&site.url("/page.html")).await;
    session.find("heading", START_HEADING).await;

    // A respondent answers one statement and goes straight back to the start page (by the
    // results so far): the answer may still be waiting to be written when workshop mode
    // is opened.
    session
        .click_on("button", "Start the full assessment")
        .await;
    session
        .wait_until(
            "a statement to answer",
            &format!("!!{ROOT}.querySelector('fieldset.pa-question input[type=radio]')"),
        )
        .await;
    let _: bool = session
        .eval(&format!(
            "{ROOT}.querySelector('fieldset.pa-question input[type=radio]').click(); true"
        ))
        .await;
    let answered = first_answer(&session).await;
    assert!(
        answered.as_object().is_some_and(|a| a.len() == 1),
        "one statement answered: {answered}"
    );
    session.click_on("button", "See results so far").await;
    session.click_on("button", "Start page").await;
    session.find("heading", START_HEADING).await;
    assert_eq!(
        workshop_requests(&session),
        0,
        "nothing of workshop mode is downloaded before it is opened"
    );

    session.click_on("button", "Open workshop mode").await;
    session.find("heading", WORKSHOP_HEADING).await;
    assert_eq!(workshop_requests(&session), 1, "its script is fetched once");
    // Focus follows the person to the new screen, not lost with the button they pressed.
    assert_eq!(focused(&session).await, format!("h2:{WORKSHOP_HEADING}"));
    session
        .assert_no_axe_violations(&env.axe, "workshop mode after loading")
        .await;
    // The element's API now speaks for the widget that took over, with the same answers.
    assert_eq!(first_answer(&session).await, answered);

    // Back on the start page, the work goes on where it was.
    session.click_on("button", "Back to the start").await;
    session.find("heading", START_HEADING).await;
    session.click_on("button", "Continue answering").await;
    let checked =
        format!("!!{ROOT}.querySelector('fieldset.pa-question input[type=radio]:checked')");
    session
        .wait_until("the statement answered before workshop mode", &checked)
        .await;
    assert_eq!(first_answer(&session).await, answered);

    // Opening workshop mode again needs no second download.
    open_workshop_from_the_questions(&session).await;
    assert_eq!(workshop_requests(&session), 1);

    // The draft on this device holds the answer: after a reload, it is offered.
    session.open(&site.url("/page.html")).await;
    session.click_on("button", "Resume where I left off").await;
    session
        .wait_until("the statement answered before workshop mode", &checked)
        .await;
    assert_eq!(first_answer(&session).await, answered);

    // reset() reaches the widget that took over, and forgets the draft.
    open_workshop_from_the_questions(&session).await;
    let reset: bool = session
        .eval(&format!(
            "{EL}.reset().then(function () {{ return true; }})"
        ))
        .await;
    assert!(reset);
    session.find("heading", START_HEADING).await;
    let stored: bool = session
        .eval("localStorage.getItem('partnership-assessment:draft:v1') === null")
        .await;
    assert!(stored, "reset() forgot the draft");
    assert_eq!(
        first_answer(&session).await.as_object().map(|a| a.len()),
        Some(0)
    );

    session.assert_no_errors();
    session.assert_requests_stay_within(&[&site.origin()]);
    session.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn when_workshop_mode_cannot_be_downloaded_the_button_says_so_and_tries_again() {
    let env = TestEnvironment::from_env();
    let site = Site::serve(&env, &[("page.html", &widget_page())]);
    let missing = site.root.path().join(WORKSHOP_SCRIPT);
    std::fs::remove_file(&missing).expect("take workshop mode's script away");
    let session = Session::start(&env).await;
    session.open(&site.url("/page.html")).await;
    session.find("heading", START_HEADING).await;
    session.click_on("button", "Open workshop mode").await;
    let alert = format!("{ROOT}.querySelector('.pa-ws-entry [role=alert]')");
    session
        .wait_until(
            "the reason beside the button",
            &format!("{alert}.textContent.includes('Workshop mode could not be opened')"),
        )
        .await;
    assert_eq!(
        session
            .eval::<String>(&format!(
                "{ROOT}.querySelector('.pa-ws-loading').textContent"
            ))
            .await,
        "",
        "no longer says it is opening"
    );
    session
        .assert_no_axe_violations(&env.axe, "workshop mode unavailable")
        .await;
    // The start screen is as it was.
    session.find("heading", START_HEADING).await;

    // The connection is back: the same button opens it.
    std::fs::copy(env.dist.join(WORKSHOP_SCRIPT), &missing).expect("put the script back");
    session.click_on("button", "Open workshop mode").await;
    session.find("heading", WORKSHOP_HEADING).await;
    assert!(
        session.log().page_errors.is_empty(),
        "{:#?}",
        session.log().page_errors
    );
    session.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn the_offline_file_carries_workshop_mode_and_opens_it_without_a_request() {
    let env = TestEnvironment::from_env();
    let stick = ScratchDir::new("workshop-stick");
    let file = stick.path().join("partnership-assessment.html");
    std::fs::copy(env.dist.join("partnership-assessment.html"), &file).expect("copy the file");
    let url = format!("file://{}", file.display());
    let session = Session::start(&env).await;
    session.go_offline().await;
    session.open(&url).await;
    session.find("heading", START_HEADING).await;
    session.click_on("button", "Open workshop mode").await;
    session.find("heading", WORKSHOP_HEADING).await;
    session.assert_no_errors();
    let strays: Vec<String> = session
        .log()
        .requests
        .into_iter()
        .filter(|r| !r.ends_with(&url) && !r.contains("blob:"))
        .collect();
    assert!(strays.is_empty(), "the offline file requested {strays:#?}");
    session.close().await;
}
