//! Key judgments in the app: the Judgments section of the brief panel (list, add, edit, delete,
//! unlink evidence, click a citation to jump to its passage) and the "Add as evidence" part of the
//! tag editor. Every change is an action, so undo and redo cover it.

use egui::{RichText, Ui};

use super::PanelState;
use super::cite_picker::cite_button_ui;
use crate::brief;
use crate::model::{Action, Confidence, EvidenceRole, Judgment, JudgmentId, Likelihood, Session, Tag, TagId};
use crate::ui::context::FrameCtx;
use crate::ui::dialogs::{short, vocab_combo};
use crate::ui::msg::Msg;

/// The judgment form of the brief panel: a new judgment, or the one being edited.
pub(super) struct JudgmentForm {
    /// The judgment being edited, or `None` for a new one.
    editing: Option<JudgmentId>,
    text: String,
    likelihood: Likelihood,
    confidence: Confidence,
}

impl Default for JudgmentForm {
    fn default() -> Self {
        Self {
            editing: None,
            text: String::new(),
            likelihood: Likelihood::Likely,
            confidence: Confidence::Moderate,
        }
    }
}

/// The choice made in a tag editor's "Add as evidence" row.
#[derive(Default)]
pub(super) struct EvidencePick {
    judgment: Option<JudgmentId>,
    against: bool,
}

/// "KJ1": a judgment's number in the brief, as the templates print it.
fn number_of(session: &Session, id: JudgmentId) -> String {
    session
        .judgments
        .iter()
        .position(|j| j.id == id)
        .map_or_else(|| "KJ?".to_owned(), |i| format!("KJ{}", i + 1))
}

/// "Likely (55–80 %), moderate confidence".
pub(super) fn estimate_text(judgment: &Judgment) -> String {
    let words = judgment.likelihood.label();
    let mut chars = words.chars();
    let capitalised: String =
        chars.next().map(|c| c.to_uppercase().chain(chars).collect()).unwrap_or_default();
    format!("{capitalised} ({}), {}", judgment.likelihood.band(), judgment.confidence.label())
}

/// The tag's citation in brackets, as the brief prints it: `[¶5]`, `[S2 ¶4]`.
fn bracketed_cite(session: &Session, tag: &Tag) -> String {
    format!("[{}]", brief::context::citation(session, tag, session.sources.len() > 1))
}

/// The Judgments section: every judgment with its estimate and evidence, then the form.
/// Where a request to show a judgment waits for the Judgments section to draw it.
const SHOW_KEY: &str = "briefsmith.judgments.show";

/// Opens the Key judgments section, scrolls to `judgment` and marks it (the Check panel's Go to).
pub fn request_judgment_shown(ctx: &egui::Context, judgment: JudgmentId) {
    super::requests::ask(ctx, SHOW_KEY, judgment);
}

/// The judgment waiting to be shown, if the request is recent.
fn pending_show(ctx: &egui::Context) -> Option<JudgmentId> {
    super::requests::pending(ctx, SHOW_KEY)
}

/// `Some(true)` while a judgment waits to be shown (for `CollapsingHeader::open`).
pub(super) fn judgments_forced_open(ctx: &egui::Context) -> Option<bool> {
    pending_show(ctx).map(|_| true)
}

pub(super) fn judgments_ui(ui: &mut Ui, frame: &mut FrameCtx<'_>, state: &mut PanelState) {
    let session = frame.session;
    // An edit of a judgment that is gone (deleted, undone) ends.
    if state.judgment_form.editing.is_some_and(|id| session.judgment(id).is_none()) {
        state.judgment_form = JudgmentForm::default();
    }
    if session.judgments.is_empty() {
        ui.label(
            RichText::new("No key judgments yet. Write one below, then link its evidence from a tag.").weak(),
        );
    }
    let show = pending_show(ui.ctx());
    if show.is_some() {
        state.shown_judgment = show;
    }
    for (index, judgment) in session.judgments.iter().enumerate() {
        let marked = state.shown_judgment == Some(judgment.id);
        let stroke = if marked { ui.visuals().selection.stroke } else { egui::Stroke::NONE };
        let shown = egui::Frame::new()
            .stroke(stroke)
            .inner_margin(2.0)
            .show(ui, |ui| ui.push_id(judgment.id.0, |ui| judgment_ui(ui, frame, state, index, judgment)))
            .response;
        if show == Some(judgment.id) {
            shown.scroll_to_me(Some(egui::Align::Center));
            super::requests::forget::<JudgmentId>(ui.ctx(), SHOW_KEY);
        }
        ui.separator();
    }
    judgment_form_ui(ui, frame, state);
}

fn judgment_ui(
    ui: &mut Ui,
    frame: &mut FrameCtx<'_>,
    state: &mut PanelState,
    index: usize,
    judgment: &Judgment,
) {
    let session = frame.session;
    let number = format!("KJ{}", index + 1);
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new(format!("{number}.")).strong())
            .on_hover_text(format!("Cite it in prose as [@J{}]", judgment.id.0));
        ui.label(brief::cite::render(session, &judgment.text));
    });
    ui.label(RichText::new(estimate_text(judgment)).weak());
    for (role, heading) in [(EvidenceRole::Supports, "Evidence:"), (EvidenceRole::Against, "Against:")] {
        let ids = if role == EvidenceRole::Supports { &judgment.supporting } else { &judgment.against };
        let mut tags: Vec<&Tag> = ids.iter().filter_map(|t| session.tag(*t)).collect();
        session.sort_in_reading_order(&mut tags);
        if tags.is_empty() {
            if role == EvidenceRole::Supports {
                ui.label(
                    RichText::new("No evidence linked: select a tag and use “Add as evidence”.")
                        .color(ui.visuals().warn_fg_color),
                );
            }
            continue;
        }
        ui.horizontal_wrapped(|ui| {
            ui.label(heading);
            for tag in tags {
                evidence_chip_ui(ui, frame, tag, judgment.id, &number);
            }
        });
    }
    ui.horizontal(|ui| {
        let edit = ui.small_button("Edit").on_hover_text("Change the text, likelihood or confidence");
        edit.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, format!("Edit {number}")));
        if edit.clicked() {
            state.judgment_form = JudgmentForm {
                editing: Some(judgment.id),
                text: judgment.text.clone(),
                likelihood: judgment.likelihood,
                confidence: judgment.confidence,
            };
        }
        let delete = ui.small_button("Delete").on_hover_text("Delete this judgment (undo with Ctrl+Z)");
        delete
            .widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, format!("Delete {number}")));
        if delete.clicked() {
            frame.send(Msg::Apply(Action::RemoveJudgment { judgment: judgment.id }));
        }
    });
}

/// One piece of evidence: its citation (click to select the tag and show its passage) and a button
/// that unlinks it.
fn evidence_chip_ui(ui: &mut Ui, frame: &mut FrameCtx<'_>, tag: &Tag, judgment: JudgmentId, number: &str) {
    let session = frame.session;
    let cite = bracketed_cite(session, tag);
    let mut text = RichText::new(&cite);
    if tag.is_orphan() {
        text = text.color(ui.visuals().warn_fg_color);
    }
    let hover = if tag.is_orphan() {
        format!("{}: {} (no longer found in the article)", tag.kind().label(), short(tag.text(), 200))
    } else {
        format!("{}: {}", tag.kind().label(), short(tag.text(), 200))
    };
    let link = ui.add(egui::Button::new(text).small().selected(frame.selected_tag == Some(tag.id)));
    if link.on_hover_text(hover).clicked() {
        frame.send(Msg::SelectTag(tag.id));
    }
    let remove = ui.small_button("×").on_hover_text("Unlink this evidence (undo with Ctrl+Z)");
    remove.widget_info(|| {
        egui::WidgetInfo::labeled(egui::Role::Button, true, format!("Remove {cite} from {number}"))
    });
    if remove.clicked() {
        frame.send(Msg::Apply(Action::LinkEvidence { judgment, tag: tag.id, role: None }));
    }
}

/// The form under the list: a new judgment, or the one being edited.
fn judgment_form_ui(ui: &mut Ui, frame: &mut FrameCtx<'_>, state: &mut PanelState) {
    let session = frame.session;
    let form = &mut state.judgment_form;
    let heading = match form.editing {
        Some(id) => format!("Edit {}", number_of(session, id)),
        None => "New judgment".to_owned(),
    };
    ui.label(RichText::new(heading).strong());
    ui.horizontal(|ui| {
        let l = ui.label("Judgment");
        let id = egui::Id::unique("judgment_form_text");
        cite_button_ui(ui, session, "Judgment", id, &mut form.text);
        let edit = egui::TextEdit::multiline(&mut form.text)
            .id(id)
            .desired_rows(2)
            .desired_width(f32::INFINITY)
            .hint_text("e.g. More cables are likely to be cut this winter");
        ui.add(edit).labelled_by(l.id);
    });
    vocab_combo(ui, "Likelihood (ICD 203)", "judgment_likelihood", &mut form.likelihood);
    ui.label(RichText::new(format!("ICD 203 band: {}", form.likelihood.band())).weak());
    vocab_combo(ui, "Confidence", "judgment_confidence", &mut form.confidence);
    let ready = !form.text.trim().is_empty();
    ui.horizontal(|ui| match form.editing {
        None => {
            if ui
                .add_enabled(ready, egui::Button::new("Add judgment"))
                .on_hover_text("Add this key judgment to the brief")
                .clicked()
            {
                frame.send(Msg::Apply(Action::AddJudgment {
                    text: std::mem::take(&mut form.text),
                    likelihood: form.likelihood,
                    confidence: form.confidence,
                    supporting: Vec::new(),
                    against: Vec::new(),
                }));
            }
        }
        Some(id) => {
            if ui.add_enabled(ready, egui::Button::new("Save judgment")).clicked() {
                let unchanged = session.judgment(id).is_some_and(|j| {
                    j.text == form.text.trim()
                        && j.likelihood == form.likelihood
                        && j.confidence == form.confidence
                });
                if !unchanged {
                    frame.send(Msg::Apply(Action::EditJudgment {
                        judgment: id,
                        text: form.text.clone(),
                        likelihood: form.likelihood,
                        confidence: form.confidence,
                    }));
                }
                *form = JudgmentForm::default();
            } else if cancel_button_ui(ui) {
                *form = JudgmentForm::default();
            }
        }
    });
}

/// The tag editor's part: the judgments this tag is evidence for (with Unlink), and "Add as
/// evidence" for a chosen judgment, as support or as cutting against it.
pub(super) fn evidence_for_tag_ui(ui: &mut Ui, frame: &mut FrameCtx<'_>, state: &mut PanelState, tag: TagId) {
    let session = frame.session;
    ui.separator();
    if session.judgments.is_empty() {
        ui.label(
            RichText::new("No key judgments yet: add one in the brief panel to use this as evidence.").weak(),
        );
        return;
    }
    for judgment in session.judgments_citing(tag) {
        let number = number_of(session, judgment.id);
        let Some(role) = judgment.role_of(tag) else { continue };
        ui.horizontal(|ui| {
            let verb = if role == EvidenceRole::Supports { "Supports" } else { "Cuts against" };
            ui.label(format!("{verb} {number}")).on_hover_text(short(&judgment.text, 200));
            let unlink = ui.small_button("Unlink").on_hover_text("This tag is no longer evidence for it");
            unlink.widget_info(|| {
                egui::WidgetInfo::labeled(egui::Role::Button, true, format!("Unlink from {number}"))
            });
            if unlink.clicked() {
                frame.send(Msg::Apply(Action::LinkEvidence { judgment: judgment.id, tag, role: None }));
            }
        });
    }
    let pick = &mut state.evidence_pick;
    if pick.judgment.is_none_or(|j| session.judgment(j).is_none()) {
        // The newest judgment is the likeliest target.
        pick.judgment = session.judgments.last().map(|j| j.id);
    }
    ui.horizontal(|ui| {
        let l = ui.label("Evidence for");
        let chosen = pick.judgment.and_then(|id| session.judgment(id)).map_or_else(
            || "choose…".to_owned(),
            |j| format!("{}: {}", number_of(session, j.id), short(&j.text, 24)),
        );
        egui::ComboBox::from_id_salt(("evidence_for", tag))
            .selected_text(chosen)
            .width(200.0)
            .show_ui(ui, |ui| {
                for (i, j) in session.judgments.iter().enumerate() {
                    ui.selectable_value(
                        &mut pick.judgment,
                        Some(j.id),
                        format!("KJ{}: {}", i + 1, short(&j.text, 60)),
                    );
                }
            })
            .response
            .labelled_by(l.id);
    });
    ui.horizontal(|ui| {
        ui.radio_value(&mut pick.against, false, "Supports");
        ui.radio_value(&mut pick.against, true, "Cuts against");
        let role = if pick.against { EvidenceRole::Against } else { EvidenceRole::Supports };
        let linked =
            pick.judgment.and_then(|j| session.judgment(j)).and_then(|j| j.role_of(tag)) == Some(role);
        let add = ui
            .add_enabled(pick.judgment.is_some() && !linked, egui::Button::new("Add as evidence"))
            .on_hover_text("Link this tag to the judgment (undo with Ctrl+Z)");
        if add.clicked()
            && let Some(judgment) = pick.judgment
        {
            frame.send(Msg::Apply(Action::LinkEvidence { judgment, tag, role: Some(role) }));
        }
    });
}

/// "Cancel" of the judgment form (named apart from the dialogs' Cancel).
fn cancel_button_ui(ui: &mut Ui) -> bool {
    let cancel = ui.button("Cancel").on_hover_text("Leave the judgment as it was");
    cancel.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, "Cancel the edit"));
    cancel.clicked()
}
