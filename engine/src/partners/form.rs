//! What the organisation form needs decided: whether it can take another organisation, and
//! whether a refusal is shown beside a field or above the form's buttons.

use super::{MAX_CANDIDATES, PartnerError, PartnerMap};

/// The notice above the organisation form: the map is full, so a new organisation cannot be
/// added (`editing` is false). Changing one already on the list is always possible.
pub fn form_notice(map: &PartnerMap, editing: bool) -> Option<PartnerError> {
    (!editing && map.len() >= MAX_CANDIDATES).then_some(PartnerError::TooManyCandidates)
}

impl PartnerError {
    /// Whether the problem is with what was typed in one field (the name or the notes), so
    /// it is shown beside that field rather than above the form's buttons.
    pub fn is_about_a_field(&self) -> bool {
        matches!(
            self,
            PartnerError::NameEmpty
                | PartnerError::NameTooLong { .. }
                | PartnerError::NotesTooLong { .. }
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::partners::{Candidate, Sector};

    #[test]
    fn a_full_map_refuses_a_new_organisation_but_not_a_change() {
        let mut map = PartnerMap::default();
        for n in 0..MAX_CANDIDATES - 1 {
            let added =
                Candidate::new(&format!("Org {n}"), Sector::other()).and_then(|c| map.add(c));
            assert!(added.is_ok());
        }
        assert_eq!(form_notice(&map, false), None, "one place left");
        let last = Candidate::new("Last", Sector::other()).and_then(|c| map.add(c));
        assert!(last.is_ok());
        assert_eq!(
            form_notice(&map, false),
            Some(PartnerError::TooManyCandidates)
        );
        assert_eq!(
            form_notice(&map, true),
            None,
            "changing one is still possible"
        );
        assert_eq!(form_notice(&PartnerMap::default(), false), None);
    }

    #[test]
    fn only_name_and_notes_problems_belong_beside_a_field() {
        assert!(PartnerError::NameEmpty.is_about_a_field());
        assert!(PartnerError::NameTooLong { chars: 121 }.is_about_a_field());
        assert!(PartnerError::NotesTooLong { chars: 2001 }.is_about_a_field());
        assert!(!PartnerError::TooManyCandidates.is_about_a_field());
        assert!(!PartnerError::NoSuchCandidate { index: 3 }.is_about_a_field());
        assert!(!PartnerError::TooManyNeeds.is_about_a_field());
    }
}
