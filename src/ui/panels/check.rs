//! The Check panel: what to fix before the brief is exported ([`crate::brief::check`]), each
//! finding with its level and a "Go to" that shows where it is. The findings are worked out again
//! whenever the session changes; the status bar shows their count.
//!
//! Going to a field of the brief cannot go through the session: the app puts a request in egui's
//! memory ([`request_field_focus`]) and the brief form takes it when it draws that field.

use egui::{Id, RichText, Ui};

use super::PanelState;
use crate::brief::check::{self, BriefField, Finding, Level};
use crate::model::{ByteRange, Session};
use crate::ui::commands::Command;
use crate::ui::context::FrameCtx;
use crate::ui::msg::Msg;
use crate::ui::plural;

/// The Check panel's own state.
#[derive(Default)]
pub struct CheckState {
    open: bool,
    /// The findings, for a state of the session (the editor's state number).
    findings: Option<(u64, Vec<Finding>)>,
}

/// How many findings of each level the check has.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct CheckCounts {
    /// Findings that make the exported brief wrong.
    pub problems: usize,
    pub advice: usize,
}

impl PanelState {
    /// Shows the Check panel.
    pub fn open_check(&mut self) {
        self.check.open = true;
    }

    pub fn check_open(&self) -> bool {
        self.check.open
    }

    /// Checks the session again if it changed since the last time (`state` is the editor's
    /// state number); returns the counts.
    pub fn refresh_check(&mut self, session: &Session, state: u64) -> CheckCounts {
        if self.check.findings.as_ref().is_none_or(|(s, _)| *s != state) {
            self.check.findings = Some((state, check::check(session)));
        }
        let findings = self.check.findings.as_ref().map_or(&[][..], |(_, f)| f.as_slice());
        let problems = findings.iter().filter(|f| f.level() == Level::Problem).count();
        CheckCounts { problems, advice: findings.len() - problems }
    }

    /// Forgets what belongs to the session that was open (another one replaces it, and its
    /// editor's state numbers start again).
    pub fn forget_session(&mut self) {
        self.check.findings = None;
        self.rows = None;
        self.date = Default::default();
        self.shown_judgment = None;
    }
}

/// The Check panel, a window over the article while it is open.
pub fn check_window_ui(ctx: &egui::Context, frame: &mut FrameCtx<'_>, state: &mut PanelState) {
    let mut open = state.check.open;
    let findings = state.check.findings.as_ref().map_or(&[][..], |(_, f)| f.as_slice());
    egui::Window::new("Check brief")
        .id(Id::unique("check_window"))
        .open(&mut open)
        .default_width(460.0)
        .min_width(380.0)
        .default_pos(ctx.content_rect().center() - egui::vec2(230.0, 200.0))
        .show(ctx, |ui| findings_ui(ui, frame, findings));
    state.check.open = open;
}

fn findings_ui(ui: &mut Ui, frame: &mut FrameCtx<'_>, findings: &[Finding]) {
    let problems = findings.iter().filter(|f| f.level() == Level::Problem).count();
    let advice = findings.len() - problems;
    ui.label(match (problems, advice) {
        (0, 0) => "Nothing to fix: no broken citations, and no advice.".to_owned(),
        (0, _) => format!("No broken citations; {advice} piece{} of advice.", plural(advice)),
        _ => format!(
            "{problems} problem{} (the exported brief would be wrong) and {advice} piece{} of advice.",
            plural(problems),
            plural(advice)
        ),
    });
    ui.separator();
    egui::ScrollArea::vertical().id_salt("check_findings").max_height(420.0).show(ui, |ui| {
        for (i, finding) in findings.iter().enumerate() {
            ui.push_id(i, |ui| finding_ui(ui, frame, finding));
        }
    });
}

fn finding_ui(ui: &mut Ui, frame: &mut FrameCtx<'_>, finding: &Finding) {
    ui.horizontal_top(|ui| {
        let (level, colour) = match finding.level() {
            Level::Problem => ("Problem", ui.visuals().error_fg_color),
            Level::Advice => ("Advice", ui.visuals().warn_fg_color),
        };
        ui.label(RichText::new(level).strong().color(colour));
        let go = ui.small_button("Go to").on_hover_text("Show where this is");
        let name = format!("Go to: {}", finding.message);
        go.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, name.clone()));
        let message = ui
            .add(egui::Label::new(&finding.message).wrap().sense(egui::Sense::click()))
            .on_hover_cursor(egui::CursorIcon::PointingHand);
        if go.clicked() || message.clicked() {
            frame.send(Msg::GoTo(finding.location));
        }
    });
}

/// The count of findings in the status bar; a click opens the Check panel.
pub fn check_badge_ui(ui: &mut Ui, frame: &mut FrameCtx<'_>, counts: CheckCounts) {
    let text = match (counts.problems, counts.advice) {
        (0, 0) => RichText::new("Check: nothing to fix").weak(),
        (0, advice) => RichText::new(format!("Check: {advice} advice")),
        (problems, advice) => {
            RichText::new(format!("Check: {problems} problem{}, {advice} advice", plural(problems)))
                .color(ui.visuals().error_fg_color)
        }
    };
    let tooltip = Command::CheckBrief.tooltip_with_keys(ui.ctx());
    if ui.small_button(text).on_hover_text(tooltip).clicked() {
        frame.command(Command::CheckBrief);
    }
}

const FOCUS_KEY: &str = "briefsmith.check.focus_field";

/// A request to focus a field of the brief: the field and the bytes to select.
type FocusRequest = (BriefField, Option<ByteRange>);

/// Asks the brief form to focus `field` (and select the bytes `range` of its text) when it next
/// draws it; the "Brief details" section opens for it.
pub fn request_field_focus(ctx: &egui::Context, field: BriefField, range: Option<ByteRange>) {
    super::requests::ask::<FocusRequest>(ctx, FOCUS_KEY, (field, range));
}

/// The request waiting to be served, if it is recent (one the form never drew is forgotten, so
/// that the section does not stay forced open).
fn pending_focus(ctx: &egui::Context) -> Option<FocusRequest> {
    super::requests::pending::<FocusRequest>(ctx, FOCUS_KEY)
}

fn forget_focus(ctx: &egui::Context) {
    super::requests::forget::<FocusRequest>(ctx, FOCUS_KEY);
}

/// `Some(true)` while a field of the brief waits to be focused (for `CollapsingHeader::open`).
pub fn brief_details_forced_open(ctx: &egui::Context) -> Option<bool> {
    pending_focus(ctx).map(|_| true)
}

/// The label of a field in the brief form.
pub fn field_label(field: BriefField) -> &'static str {
    match field {
        BriefField::Summary => "Summary / BLUF",
        BriefField::Background => "Background",
        BriefField::Assessment => "Assessment",
        BriefField::Recommendation => "Recommendation",
    }
}

/// Focuses the brief form's field `label` (its text field `response`, showing `text`) if the
/// check asked for it, with the words at issue selected.
pub fn focus_if_asked(ui: &Ui, label: &str, response: &egui::Response, text: &str) {
    let Some((field, range)) = pending_focus(ui.ctx()) else { return };
    if field_label(field) != label {
        return;
    }
    forget_focus(ui.ctx());
    response.request_focus();
    response.scroll_to_me(Some(egui::Align::Center));
    if let Some(range) = range
        && let (Some(before), Some(within)) = (text.get(..range.start()), range.slice(text))
    {
        let start = before.chars().count();
        let end = start + within.chars().count();
        let mut state = egui::text_edit::TextEditState::load(ui.ctx(), response.id).unwrap_or_default();
        state.cursor.set_char_range(Some(egui::text::CCursorRange::two(
            egui::text::CCursor::new(start),
            egui::text::CCursor::new(end),
        )));
        state.store(ui.ctx(), response.id);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_focus_request_no_field_takes_is_dropped_after_a_few_passes() {
        let ctx = egui::Context::default();
        request_field_focus(&ctx, BriefField::Assessment, None);
        assert_eq!(brief_details_forced_open(&ctx), Some(true));
        for _ in 0..=super::super::requests::WAIT_PASSES {
            // No renderer takes the fonts' texture here.
            ctx.run_ui(egui::RawInput::default(), |_| {}).textures_delta.clear();
        }
        assert_eq!(brief_details_forced_open(&ctx), None, "the section is no longer held open");
    }

    #[test]
    fn every_field_has_the_label_the_brief_form_gives_it() {
        let labels: Vec<&str> = BriefField::ALL.iter().map(|f| field_label(*f)).collect();
        assert_eq!(labels, ["Summary / BLUF", "Background", "Assessment", "Recommendation"]);
    }
}
