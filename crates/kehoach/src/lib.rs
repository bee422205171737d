//! # kehoach
//!
//! Communication plans on administrative reform — *kế hoạch tuyên truyền cải cách hành chính*
//! (CCHC) — as data: the plans every Vietnamese department, district and commune issues each
//! year, and the record of how they are carried out.
//!
//! Data flows one way through the crate:
//!
//! ```text
//! model  ->  validate  ->  period  ->  evaluate  ->  report
//! ```
//!
//! * [`model`]: the plan as issued — document header, legal bases (căn cứ), purposes and
//!   requirements, audiences with content and forms, quotas, units, budget duty, reporting rule.
//! * [`validate`]: the rule catalogue over the model, findings as coded diagnostics in
//!   Vietnamese or English ([`validate::validate_plan`]).
//! * [`activity`]: what was done — activity records, logs read as streams (a JSON array or JSON
//!   Lines), and the log check against the plan (codes LOG001…).
//! * [`period`]: reporting periods (`2023-Q1`, `2023-H1`, …), calendar spans and the Nghị định
//!   09/2019 cut-off windows, report kinds and deadlines.
//! * [`evaluate`]: plan + log + period → quotas met or short per sub-period and unit, totals per
//!   form, audience and unit.
//! * [`consolidate`]: many agencies' plans and logs → one province's figures for a period,
//!   per agency, per level and in all, with an explained ranking.
//! * [`report`]: the periodic report in the administrative form of Nghị định 30/2020, as
//!   Markdown, HTML, text or JSON, in Vietnamese or English.
//! * [`import`]: the plain text of a published plan → a draft plan, with diagnostics saying
//!   what was recognised, guessed, or could not be placed (codes IMP…).
//!
//! Every rule code is listed, with its source, in `docs/rules.md`.
//!
//! ## Loading a plan
//!
//! Plans are JSON documents with camelCase keys, kebab-case enum values and ISO dates; every
//! document carries `schemaVersion`. Unknown keys are errors, never silently dropped.
//!
//! ```
//! use kehoach::{FormKind, Plan};
//!
//! let plan = Plan::from_json_str(kehoach::examples::LANG_SON_2023)?;
//! assert_eq!(plan.document.number.as_str(), "/KH-SVHTTDL"); // a draft: number left blank
//! assert_eq!(plan.audiences.len(), 2);
//!
//! // The quota "Hằng tháng, có ít nhất 04 tin, bài về CCHC đăng trên trang thông tin điện tử"
//! let quota = &plan.quotas[0];
//! assert_eq!(quota.min, 4);
//! assert_eq!(plan.form(&quota.form).map(|form| form.kind), Some(FormKind::WebsiteArticle));
//!
//! // Saving and loading again gives the same plan.
//! assert_eq!(Plan::from_json_str(&plan.to_json_string())?, plan);
//! # Ok::<(), kehoach::LoadError>(())
//! ```
//!
//! ## Checking a plan
//!
//! A plan that loads can still break rules; those come back as diagnostics, never as errors.
//!
//! ```
//! use kehoach::{validate_plan, Lang, Plan, Severity};
//!
//! let mut plan = Plan::from_json_str(kehoach::examples::LANG_SON_2023)?;
//! plan.document.number = kehoach::DocumentNumber("5/KH-SVHTTDL".into());
//! let diagnostics = validate_plan(&plan, Lang::En);
//! let error = diagnostics.iter().find(|d| d.severity == Severity::Error).expect("an error");
//! assert_eq!((error.code.as_str(), error.path.as_str()), ("DOC007", "/document/number"));
//! println!("{}", error.message); // says the number below 10 needs its leading zero
//! # Ok::<(), kehoach::LoadError>(())
//! ```
//!
//! ## JSON Schema
//!
//! [`schema::plan_schema`] returns the JSON Schema of the plan document, generated from these
//! types; the CLI prints it with `kehoach schema plan` and the npm package ships it.
//!
//! ## Tracking a plan
//!
//! ```
//! use kehoach::evaluate::{evaluate_log, EvaluateOptions};
//! use kehoach::report::{render, ReportFormat};
//!
//! let plan = kehoach::Plan::from_json_str(kehoach::examples::LANG_SON_2023)?;
//! let log = r#"{"schemaVersion": 1, "date": "2023-01-05", "unit": "van-phong", "form": "tin-bai-website", "title": "Tin CCHC", "evidence": "https://example.vn/1"}"#;
//! let evaluation = evaluate_log(&plan, log, &"2023-Q1".parse()?, &EvaluateOptions::default());
//! assert_eq!(evaluation.quotas[0].rows[0].achieved, 1); // January's reporting month
//! let report = render(&plan, &evaluation, ReportFormat::Markdown, kehoach::Lang::Vi);
//! assert!(report.contains("BÁO CÁO"));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

// Nothing reachable from the CLI or JS may panic: the workspace's lints (Cargo.toml,
// [workspace.lints.clippy]) deny unwrap, expect, panic and unchecked indexing outside tests.

pub mod activity;
mod calendar;
pub mod consolidate;
pub mod diagnostic;
pub mod evaluate;
pub mod examples;
pub mod import;
pub mod limits;
pub mod model;
pub mod period;
pub mod plan_text;
pub mod report;
pub mod schema;
mod sorted;
mod text;
pub mod validate;
pub mod vietnamese;

pub use diagnostic::{Diagnostic, Lang, Severity};
pub use model::reads_schema_version;
pub use model::{fold, nfc, nfd};
pub use model::{
    Audience, Budget, Channel, Document, DocumentKind, DocumentNumber, Form, FormKind,
    Implementation, IssueDate, LegalBasis, LoadError, LoadErrorKind, Measure, PeriodType, Plan,
    Quota, QuotaPeriods, QuotaScope, ReportKind, ReportingRule, Responsibility, Task, Timing,
    TimingKind, ToJson, Unit, OLDEST_SCHEMA_VERSION, SCHEMA_VERSION,
};
pub use validate::{validate_plan, validate_plan_json};

/// The version of this crate, as published.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

/// The README's Rust examples, compiled and run as doc tests.
#[cfg(doctest)]
#[doc = include_str!("../../../README.md")]
struct ReadmeDoctests;
