//! The words of the partner map: the needs of the alliance, the organisation form, the
//! table, what the list covers, the opportunity matrix, and what the status region says
//! after each change. The vocabulary itself (sectors, roles, kinds of value, ratings,
//! priorities and the portfolio's fixed messages) is in
//! [`PARTNER_VOCABULARY`](crate::partners::PARTNER_VOCABULARY).
use crate::catalogue::{msg, number};

use super::{list, quoted};
use crate::partners::table::{chart_label, priority_counts, priority_label, unrated_count};
use crate::partners::{
    Criterion, GivenRatings, MAX_NAME_CHARS, MAX_NOTES_CHARS, Offer, OfferSet, PartnerMap,
    Portfolio, Priority, Sector,
};

// ----------------------------------------------------------------------------------------
// The needs of the alliance

/// The heading above the needs checkboxes.
pub fn needs_title() -> &'static str {
    msg::PARTNERS_NEEDS_TITLE.text()
}

/// Under the needs heading: what ticking a need does.
pub fn needs_intro() -> &'static str {
    msg::PARTNERS_NEEDS_INTRO.text()
}

/// The legend of the needed roles.
pub fn roles_needed() -> &'static str {
    msg::PARTNERS_ROLES_NEEDED.text()
}

/// The legend of the needed kinds of value.
pub fn values_needed() -> &'static str {
    msg::PARTNERS_VALUES_NEEDED.text()
}

// ----------------------------------------------------------------------------------------
// The organisation form

/// The form's heading: adding a new organisation, or changing one on the list.
pub fn form_title(editing: bool) -> &'static str {
    if editing {
        msg::PARTNERS_FORM_TITLE_EDIT.text()
    } else {
        msg::PARTNERS_FORM_TITLE_ADD.text()
    }
}

/// The form's submit button: adding a new organisation, or saving the changes to one.
pub fn save_button(editing: bool) -> &'static str {
    if editing {
        msg::PARTNERS_SAVE_EDIT.text()
    } else {
        msg::PARTNERS_SAVE_ADD.text()
    }
}

/// The button that stops changing an organisation and empties the form.
pub fn cancel() -> &'static str {
    msg::PARTNERS_CANCEL.text()
}

/// The label of the name field.
pub fn name_label() -> &'static str {
    msg::PARTNERS_NAME_LABEL.text()
}

/// Under the name field: the longest name the map takes ([`MAX_NAME_CHARS`]).
pub fn name_hint() -> String {
    msg::PARTNERS_NAME_HINT.count(MAX_NAME_CHARS)
}

/// The label of the sector field, and the title of the table's sector column.
pub fn sector() -> &'static str {
    msg::PARTNERS_SECTOR.text()
}

/// The legend of the roles an organisation could play.
pub fn roles_offered() -> &'static str {
    msg::PARTNERS_ROLES_OFFERED.text()
}

/// The legend of the kinds of value an organisation could put in.
pub fn values_offered() -> &'static str {
    msg::PARTNERS_VALUES_OFFERED.text()
}

/// The first choice of every rating in the form, and what the table, the cards, the chart's
/// text twin and the spreadsheet show for a rating or a priority nobody gave yet.
pub fn not_rated() -> &'static str {
    msg::PARTNERS_NOT_RATED.text()
}

/// Under the ratings' heading in the form: ratings are optional, and what they decide.
pub fn ratings_hint() -> &'static str {
    msg::PARTNERS_RATINGS_HINT.text()
}

/// Why an organisation has no priority yet: the ratings still to give.
pub fn priority_needs(missing: &[Criterion]) -> String {
    let names: Vec<String> = missing
        .iter()
        .map(|c| c.label().show().to_lowercase())
        .collect();
    msg::PARTNERS_PRIORITY_NEEDS.with(&[("criteria", &super::join_and(&names))])
}

/// The label of the notes field.
pub fn notes_label() -> &'static str {
    msg::PARTNERS_NOTES_LABEL.text()
}

/// Under the notes field: who sees them and the longest notes ([`MAX_NOTES_CHARS`]).
pub fn notes_hint() -> String {
    msg::PARTNERS_NOTES_HINT.count(MAX_NOTES_CHARS)
}

// ----------------------------------------------------------------------------------------
// The table

/// The table's heading while nobody is on the list.
pub fn list_title() -> &'static str {
    msg::PARTNERS_LIST_TITLE.text()
}

/// In place of the table while nobody is on the list.
pub fn list_empty() -> &'static str {
    msg::PARTNERS_LIST_EMPTY.text()
}

/// The table's heading: how many organisations are on the list.
pub fn list_caption(organisations: usize) -> String {
    msg::PARTNERS_LIST_CAPTION.count(organisations)
}

/// Above the table on the map (not on the results): how sorting works.
pub fn sort_hint() -> &'static str {
    msg::PARTNERS_SORT_HINT.text()
}

/// The title of the table's name column.
pub fn name_column() -> &'static str {
    msg::PARTNERS_NAME_COLUMN.text()
}

/// The short title of the column of one rating.
pub fn criterion_column(criterion: Criterion) -> &'static str {
    match criterion {
        Criterion::MissionAlignment => msg::PARTNERS_COLUMN_MISSION.text(),
        Criterion::ResourceComplementarity => msg::PARTNERS_COLUMN_RESOURCES.text(),
        Criterion::RelationshipPotential => msg::PARTNERS_COLUMN_RELATIONSHIP.text(),
        Criterion::CapacityToEngage => msg::PARTNERS_COLUMN_CAPACITY.text(),
        Criterion::ExistingTrust => msg::PARTNERS_COLUMN_TRUST.text(),
    }
}

/// The title of the priority column.
pub fn priority_column() -> &'static str {
    msg::PARTNERS_PRIORITY_COLUMN.text()
}

/// The title of the column of row buttons (on the map only).
pub fn actions_column() -> &'static str {
    msg::PARTNERS_ACTIONS_COLUMN.text()
}

/// The row button that opens the organisation in the form (its name follows, for screen
/// readers).
pub fn edit() -> &'static str {
    msg::PARTNERS_EDIT.text()
}

/// The row button that copies the organisation.
pub fn duplicate() -> &'static str {
    msg::PARTNERS_DUPLICATE.text()
}

/// The row button that takes the organisation off the list.
pub fn remove() -> &'static str {
    msg::PARTNERS_REMOVE.text()
}

/// Before a name in the table: its number in the list, from 1 (`position` counts from 0),
/// the same number as on the matrix.
pub fn row_number(position: usize) -> String {
    msg::PARTNERS_ROW_NUMBER.with(&[("number", &point_number(position))])
}

/// The tag beside a name that is in the smallest covering set.
pub fn in_smallest_set() -> &'static str {
    msg::PARTNERS_IN_SMALLEST_SET.text()
}

// ----------------------------------------------------------------------------------------
// What the list covers

/// The heading of the coverage part.
pub fn coverage_title() -> &'static str {
    msg::PARTNERS_COVERAGE_TITLE.text()
}

/// The warning's first line when every organisation is in one sector.
pub fn one_sector(sector: Sector) -> String {
    msg::PARTNERS_ONE_SECTOR.with(&[("sector", sector.label().show())])
}

/// In place of the coverage while no need is ticked.
pub fn tick_needs() -> &'static str {
    msg::PARTNERS_TICK_NEEDS.text()
}

/// Before the organisations that bring one need: the need's label, as a label ("Funding: ").
pub fn need(need: Offer) -> String {
    msg::PARTNERS_NEED_LABEL.with(&[("need", need.label().show())])
}

/// Between the names of the organisations that bring one need.
pub fn name_separator() -> &'static str {
    msg::PARTNERS_NAME_SEPARATOR.text()
}

/// The heading of the smallest covering set.
pub fn cover_title() -> &'static str {
    msg::PARTNERS_COVER_TITLE.text()
}

/// In place of the covering set when nobody brings any ticked need.
pub fn cover_empty() -> &'static str {
    msg::PARTNERS_COVER_EMPTY.text()
}

/// After a name in the covering set: its priority, in brackets ("Not rated yet" without
/// one).
pub fn cover_priority(priority: Option<Priority>) -> String {
    msg::PARTNERS_COVER_PRIORITY.with(&[("priority", priority.map_or(not_rated(), priority_label))])
}

/// Under a member of the covering set that has no priority: it is there only because no
/// rated organisation brings what it brings.
pub fn unrated_in_cover() -> &'static str {
    msg::PARTNERS_UNRATED_IN_COVER.text()
}

/// Why an organisation is in the covering set: the needs only it brings.
pub fn only_it_brings(needs: OfferSet) -> String {
    msg::PARTNERS_ONLY_IT_BRINGS.with(&[("needs", &offer_list(needs))])
}

/// The ticked needs nobody on the list brings.
pub fn gaps(needs: OfferSet) -> String {
    msg::PARTNERS_GAPS.with(&[("needs", &offer_list(needs))])
}

/// The labels of some roles or kinds of value, in vocabulary order, as a list in the
/// language spoken: "Funding, Volunteers".
fn offer_list(set: OfferSet) -> String {
    let labels: Vec<&str> = set.iter().map(|o| o.label().show()).collect();
    list(&labels)
}

// ----------------------------------------------------------------------------------------
// The opportunity matrix

/// The matrix's heading.
pub fn matrix_title() -> &'static str {
    msg::PARTNERS_MATRIX_TITLE.text()
}

/// Under the matrix's heading, and the chart's description: what is placed where and how
/// many have each priority.
pub fn matrix_description(portfolio: &Portfolio) -> String {
    let counts: Vec<String> = priority_counts(portfolio)
        .iter()
        .map(|&(p, n)| {
            msg::PARTNERS_MATRIX_PRIORITY_COUNT
                .with(&[("n", &number(n)), ("priority", priority_label(p))])
        })
        .collect();
    let unrated = unrated_count(portfolio);
    let placed = portfolio.priorities.len().saturating_sub(unrated);
    let described =
        msg::PARTNERS_MATRIX_DESCRIPTION.count_with(placed, &[("summary", &list(&counts))]);
    if unrated == 0 {
        described
    } else {
        msg::PARTNERS_MATRIX_LEFT_OFF.count_with(unrated, &[("described", &described)])
    }
}

/// The label of the matrix's horizontal axis.
pub fn matrix_across() -> &'static str {
    msg::PARTNERS_MATRIX_ACROSS.text()
}

/// The label of the matrix's vertical axis.
pub fn matrix_up() -> &'static str {
    msg::PARTNERS_MATRIX_UP.text()
}

/// Under the chart: how to read the size of the shapes and their numbers.
pub fn matrix_key() -> &'static str {
    msg::PARTNERS_MATRIX_KEY.text()
}

/// The accessible name of the legend of shapes.
pub fn matrix_legend() -> &'static str {
    msg::PARTNERS_MATRIX_LEGEND.text()
}

/// The number beside a point on the matrix (`position` counts from 0).
pub fn point_number(position: usize) -> String {
    number(position.saturating_add(1))
}

/// The tooltip of a point on the matrix: its number and a short, inert form of the name.
pub fn point_title(position: usize, name: &str) -> String {
    msg::PARTNERS_POINT_TITLE.with(&[
        ("number", &point_number(position)),
        ("name", &chart_label(name)),
    ])
}

/// One entry of the chart's text twin: an organisation, the three ratings the chart shows
/// and its priority ("Not rated yet" for a rating nobody gave, or for no priority), as the
/// text before the name and the text after it (the shell sets the name between them as
/// isolated text). The sentence is one template, so a language can put the name where it
/// needs it.
pub fn matrix_entry(ratings: &GivenRatings, priority: Option<Priority>) -> (String, String) {
    let rating =
        |r: Option<crate::partners::PartnerRating>| r.map_or(not_rated(), |r| r.label().show());
    let filled = msg::PARTNERS_MATRIX_ENTRY.with(&[
        ("mission", rating(ratings.mission_alignment)),
        ("resources", rating(ratings.resource_complementarity)),
        ("relationship", rating(ratings.relationship_potential)),
        ("priority", priority.map_or(not_rated(), priority_label)),
    ]);
    around_name(&filled)
}

/// A filled sentence split where its `{name}` stands: the text before and after it (all of
/// it after, if a language left the name out).
fn around_name(filled: &str) -> (String, String) {
    match filled.split_once("{name}") {
        Some((before, after)) => (before.to_owned(), after.to_owned()),
        None => (String::new(), filled.to_owned()),
    }
}

// ----------------------------------------------------------------------------------------
// On the results screen

/// The button from the results to the partner map: start one, or change the one there is.
pub fn open_map(map: &PartnerMap) -> &'static str {
    if map.is_empty() {
        msg::PARTNERS_OPEN_MAP_START.text()
    } else {
        msg::PARTNERS_OPEN_MAP_CHANGE.text()
    }
}

/// On the results in place of the map while nobody is on the list.
pub fn results_empty() -> &'static str {
    msg::PARTNERS_RESULTS_EMPTY.text()
}

// ----------------------------------------------------------------------------------------
// What the status region says after a change

/// After an organisation was added, with the priority it got ("Not rated yet" without one).
pub fn added(name: &str, priority: Option<Priority>) -> String {
    msg::PARTNERS_ADDED.with(&[
        ("name", &quoted(name)),
        ("priority", priority.map_or(not_rated(), priority_label)),
    ])
}

/// After the changes to an organisation were saved, with its priority now.
pub fn saved(name: &str, priority: Option<Priority>) -> String {
    msg::PARTNERS_SAVED.with(&[
        ("name", &quoted(name)),
        ("priority", priority.map_or(not_rated(), priority_label)),
    ])
}

/// After the form was cancelled.
pub fn cancelled() -> &'static str {
    msg::PARTNERS_CANCELLED.text()
}

/// After an organisation was opened in the form.
pub fn changing(name: &str) -> String {
    msg::PARTNERS_CHANGING.with(&[("name", &quoted(name))])
}

/// After an organisation was copied; `copy` is the copy's name.
pub fn copied(copy: &str) -> String {
    msg::PARTNERS_COPIED.with(&[("name", &quoted(copy))])
}

/// After an organisation was taken off the list.
pub fn removed(name: &str) -> String {
    msg::PARTNERS_REMOVED.with(&[("name", &quoted(name))])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::partners::{Candidate, PartnerRating, analyse};

    fn need(id: &str) -> Offer {
        Offer::from_id(id).unwrap_or_else(|| panic!("{id}"))
    }

    #[test]
    fn the_limits_in_the_hints_are_the_engine_limits() {
        assert_eq!(name_hint(), "Up to 120 characters.");
        assert!(name_hint().contains(&MAX_NAME_CHARS.to_string()));
        assert!(notes_hint().contains(&MAX_NOTES_CHARS.to_string()));
    }

    #[test]
    fn the_results_button_starts_a_map_or_changes_the_one_there_is() {
        let mut map = PartnerMap::default();
        assert_eq!(open_map(&map), "Map possible partners");
        let added = Candidate::new("Library", Sector::other()).and_then(|c| map.add(c));
        assert!(added.is_ok());
        assert_eq!(open_map(&map), "Change the partner map");
    }

    #[test]
    fn the_form_says_whether_it_adds_or_changes() {
        assert_eq!(form_title(false), "Add an organisation");
        assert_eq!(form_title(true), "Change this organisation");
        assert_eq!(save_button(false), "Add to the list");
        assert_eq!(save_button(true), "Save the changes");
    }

    #[test]
    fn counts_and_numbers_read_right() {
        assert_eq!(list_caption(1), "Your list: 1 organisation");
        assert_eq!(list_caption(3), "Your list: 3 organisations");
        assert_eq!(row_number(0), "1. ");
        assert_eq!(point_number(2), "3");
        assert_eq!(point_title(0, "Food bank"), "1. Food bank");
        assert_eq!(
            point_title(4, "Riverside Community Foundation"),
            "5. Riverside Communi…"
        );
    }

    #[test]
    fn coverage_sentences_list_the_needs_in_vocabulary_order() {
        let set: OfferSet = [need("volunteers"), need("funding")].into_iter().collect();
        assert_eq!(only_it_brings(set), "Only it brings: Funding, Volunteers.");
        let space: OfferSet = [need("space")].into_iter().collect();
        assert_eq!(gaps(space), "Nobody on your list brings: Space.");
        assert_eq!(super::need(need("funding")), "Funding: ");
        assert_eq!(cover_priority(Some(Priority::Explore)), " (Explore)");
    }

    #[test]
    fn the_matrix_text_names_the_ratings_and_counts_each_priority() {
        let mut map = PartnerMap::default();
        let mut c = Candidate::new("Eastside Food Pantry", Sector::other())
            .unwrap_or_else(|e| panic!("{e}"));
        c.ratings = crate::partners::Ratings {
            mission_alignment: PartnerRating::High,
            relationship_potential: PartnerRating::High,
            ..crate::partners::Ratings::default()
        }
        .into();
        let priority = c.priority_level();
        assert_eq!(priority, Some(Priority::Immediate));
        assert_eq!(
            matrix_entry(&c.ratings, priority),
            (
                String::new(),
                ": mission alignment High, resource complementarity Medium, \
                 relationship potential High. Immediate."
                    .to_owned()
            )
        );
        assert!(map.add(c).is_ok());
        assert_eq!(
            matrix_description(&analyse(&map)),
            "1 organisation placed by mission alignment (up) and resource complementarity \
             (across): 1 Immediate, 0 Explore, 0 Long-term, 0 Not now. Each is listed with \
             its ratings after the chart."
        );
        // One not rated yet: "Not rated yet" in its entry, and left off the chart.
        let fresh = Candidate::new("New", Sector::other()).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(
            matrix_entry(&fresh.ratings, fresh.priority_level()),
            (
                String::new(),
                ": mission alignment Not rated yet, resource complementarity Not rated yet, \
                 relationship potential Not rated yet. Not rated yet."
                    .to_owned()
            )
        );
        assert!(map.add(fresh).is_ok());
        assert_eq!(
            matrix_description(&analyse(&map)),
            "1 organisation placed by mission alignment (up) and resource complementarity \
             (across): 1 Immediate, 0 Explore, 0 Long-term, 0 Not now. Each is listed with \
             its ratings after the chart. 1 organisation without a priority yet stays off \
             the chart until rated."
        );
    }

    #[test]
    fn an_organisation_without_a_priority_says_so_and_what_it_needs() {
        assert_eq!(not_rated(), "Not rated yet");
        assert_eq!(cover_priority(None), " (Not rated yet)");
        assert_eq!(
            added("Food bank", None),
            "Added “Food bank” to the list. Priority: Not rated yet."
        );
        assert_eq!(
            priority_needs(&[Criterion::CapacityToEngage, Criterion::ExistingTrust]),
            "No priority yet: rate capacity to engage and existing trust to see one."
        );
    }

    #[test]
    fn the_announcements_quote_the_name_and_give_the_priority() {
        assert_eq!(
            added("Food bank", Some(Priority::Immediate)),
            "Added “Food bank” to the list. Priority: Immediate."
        );
        assert_eq!(
            saved("Clinic", Some(Priority::NotNow)),
            "Saved the changes to “Clinic”. Priority: Not now."
        );
        assert_eq!(changing("Clinic"), "Changing “Clinic” in the form.");
        assert_eq!(
            removed("Library branch"),
            "Removed “Library branch” from the list."
        );
        assert!(copied("Library (copy)").starts_with("Added a copy called “Library (copy)”"));
    }

    #[test]
    fn every_rating_has_a_short_column_title() {
        for c in Criterion::ALL {
            assert!(!criterion_column(c).is_empty());
        }
    }
}
