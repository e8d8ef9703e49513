//! Accessibility: axe-core run over the whole page, shadow roots included.

use std::path::Path;

use super::session::Session;

impl Session {
    /// Runs axe-core over the whole page, shadow roots included, and returns the violations
    /// as readable lines (`rule: help (targets)`).
    pub async fn axe_violations(&self, axe_script: &Path) -> Vec<String> {
        let source = std::fs::read_to_string(axe_script).unwrap_or_else(|e| {
            panic!(
                "read axe-core at {}: {e} (cargo xtask test installs it)",
                axe_script.display()
            )
        });
        let _: serde_json::Value = self
            .eval(&format!("(function () {{ {source}\n; return true; }})()"))
            .await;
        self.eval(
            "axe.run(document, { resultTypes: ['violations'] }).then(function (r) {
               return r.violations.map(function (v) {
                 return v.id + ': ' + v.help + ' (' +
                   v.nodes.map(function (n) { return JSON.stringify(n.target); }).join(', ') + ')';
               });
             })",
        )
        .await
    }

    /// As [`Session::axe_violations`], leaving out the `rules` named (by id).
    pub async fn axe_violations_except(&self, axe_script: &Path, rules: &[&str]) -> Vec<String> {
        self.axe_violations(axe_script)
            .await
            .into_iter()
            .filter(|v| !rules.iter().any(|r| v.starts_with(&format!("{r}:"))))
            .collect()
    }

    /// Runs axe-core once the page has settled and fails with every violation found,
    /// naming the `screen` it was on.
    pub async fn assert_no_axe_violations(&self, axe_script: &Path, screen: &str) {
        self.settle().await;
        let violations = self.axe_violations(axe_script).await;
        assert!(
            violations.is_empty(),
            "axe-core violations on the {screen} screen: {violations:#?}"
        );
    }
}
