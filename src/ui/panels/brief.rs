//! The brief panel: the template, the brief's details, the sources, custom tag kinds and the
//! live preview of the brief (or its Markdown).

use egui::{RichText, Ui};

use super::PanelState;
use crate::brief;
use crate::model::{Action, Handling, NoteType, Reliability, Tlp, Vocabulary};
use crate::ui::commands::Command;
use crate::ui::context::FrameCtx;
use crate::ui::dialogs::optional_vocab_combo;
use crate::ui::msg::Msg;
use crate::ui::preview::{CiteTarget, Preview};
use crate::ui::theme;

pub fn brief_panel_ui(ui: &mut Ui, frame: &mut FrameCtx<'_>, state: &mut PanelState, preview: &mut Preview) {
    ui.add_space(4.0);
    template_picker_ui(ui, frame);
    // The forms scroll on their own, so that however many sections are open, the preview and its
    // toolbar keep at least 40 % of the panel.
    let forms_height = (ui.available_height() * 0.6).max(120.0);
    egui::ScrollArea::vertical()
        .id_salt("brief_forms")
        .max_height(forms_height)
        .auto_shrink([false, true])
        .show(ui, |ui| forms_ui(ui, frame, state));
    ui.horizontal(|ui| {
        let raw = frame.prefs.raw_markdown;
        let preview = ui.selectable_label(!raw, "Preview").on_hover_text("Show the rendered brief");
        let markdown = ui.selectable_label(raw, "Markdown").on_hover_text("Show the brief's Markdown");
        if (preview.clicked() && raw) || (markdown.clicked() && !raw) {
            frame.command(Command::TogglePreview);
        }
        ui.separator();
        for command in [Command::CopyBrief, Command::ExportBrief] {
            let tooltip = command.tooltip_with_keys(ui.ctx());
            if ui.button(command.button_label()).on_hover_text(tooltip).clicked() {
                frame.command(command);
            }
        }
    });
    ui.separator();
    match frame.brief {
        Err(e) => {
            ui.colored_label(ui.visuals().error_fg_color, e.to_string());
        }
        Ok(markdown) => {
            let clicked = preview.ui(ui, frame.brief_version, markdown, frame.prefs.raw_markdown);
            if let Some(target) = clicked {
                reveal_citation(frame, &target);
            }
        }
    }
}

/// Shows the paragraph a clicked citation of the preview points at.
fn reveal_citation(frame: &mut FrameCtx<'_>, target: &CiteTarget) {
    let session = frame.session;
    let source = match &target.source {
        Some(label) => session.sources.iter().find(|s| s.label == *label),
        None => session.sources.first(),
    };
    let Some(source) = source else { return };
    if let Some(range) = target.paragraph.checked_sub(1).and_then(|i| source.paragraphs().get(i)) {
        frame.send(Msg::Reveal(source.id, *range));
    }
}

fn template_picker_ui(ui: &mut Ui, frame: &mut FrameCtx<'_>) {
    let current = frame.session.template.clone();
    let description = frame
        .templates
        .get(&current)
        .map(|t| t.info.description.clone())
        .unwrap_or_else(|| "(template not found)".into());
    let mut chosen = current.clone();
    ui.horizontal(|ui| {
        let l = ui.label("Template");
        egui::ComboBox::from_id_salt("template")
            .selected_text(chosen.clone())
            .show_ui(ui, |ui| {
                for t in frame.templates.list() {
                    let origin = match t.info.origin {
                        brief::Origin::BuiltIn => "",
                        _ => " (yours)",
                    };
                    ui.selectable_value(&mut chosen, t.info.name.clone(), format!("{}{origin}", t.info.name))
                        .on_hover_text(&t.info.description);
                }
            })
            .response
            .labelled_by(l.id);
        if ui.small_button("Reload").on_hover_text("Read your template folder again").clicked() {
            // Read after the frame, not while the panel is drawn.
            frame.send(Msg::ReloadTemplates);
        }
    });
    ui.label(RichText::new(description).weak());
    if chosen != current {
        frame.send(Msg::Apply(Action::SetTemplate(chosen)));
    }
}

/// What changed, and the sections of the brief's details, key judgments, sources and custom kinds.
fn forms_ui(ui: &mut Ui, frame: &mut FrameCtx<'_>, state: &mut PanelState) {
    super::changes::what_changed_ui(ui, frame);
    let details = egui::CollapsingHeader::new("Brief details").id_salt("brief_details");
    // A finding of the check in a field opens the section to show it.
    let details = details.open(super::check::brief_details_forced_open(ui.ctx()));
    details.default_open(false).show(ui, |ui| {
        brief_form_ui(ui, frame);
    });
    let judgments = egui::CollapsingHeader::new("Key judgments").id_salt("key_judgments");
    // The Check panel's Go to a judgment opens the section to show it.
    judgments.open(super::judgments::judgments_forced_open(ui.ctx())).default_open(false).show(ui, |ui| {
        super::judgments::judgments_ui(ui, frame, state);
    });
    egui::CollapsingHeader::new("Sources").id_salt("sources").default_open(false).show(ui, |ui| {
        sources_form_ui(ui, frame);
    });
    egui::CollapsingHeader::new("Custom tag kinds").id_salt("custom_kinds").default_open(false).show(
        ui,
        |ui| {
            custom_kinds_ui(ui, frame, state);
        },
    );
}

fn text_row(ui: &mut Ui, label: &str, value: &mut String, multiline: bool) -> bool {
    let l = ui.label(label);
    let edit = if multiline {
        egui::TextEdit::multiline(value).desired_rows(3).desired_width(f32::INFINITY)
    } else {
        egui::TextEdit::singleline(value).desired_width(f32::INFINITY)
    };
    let response = ui.add(edit).labelled_by(l.id);
    super::check::focus_if_asked(ui, label, &response, value);
    let changed = response.changed();
    ui.end_row();
    changed
}

/// A prose field of the brief, with a "Cite…" menu under its label that inserts `[@T12]` /
/// `[@J3]` at the cursor.
fn prose_row(ui: &mut Ui, session: &crate::model::Session, label: &str, value: &mut String) -> bool {
    let id = egui::Id::unique(("brief_prose", label));
    let (l, cited) = ui
        .vertical(|ui| {
            let l = ui.add(egui::Label::new(label).wrap_mode(egui::TextWrapMode::Extend));
            let cited = super::cite_picker::cite_button_ui(ui, session, label, id, value);
            (l, cited)
        })
        .inner;
    let edit = egui::TextEdit::multiline(value).id(id).desired_rows(3).desired_width(f32::INFINITY);
    let response = ui.add(edit).labelled_by(l.id);
    // The Check panel's "Go to" focuses the field and selects the words at issue.
    super::check::focus_if_asked(ui, label, &response, value);
    let changed = response.changed();
    ui.end_row();
    changed || cited
}

fn brief_form_ui(ui: &mut Ui, frame: &mut FrameCtx<'_>) {
    let mut meta = frame.session.brief.clone();
    let mut changed = false;
    egui::Grid::new("brief_form").num_columns(2).striped(false).show(ui, |ui| {
        changed |= text_row(ui, "Title", &mut meta.title, false);
        changed |= text_row(ui, "Analyst", &mut meta.analyst, false);
        changed |= text_row(ui, "For", &mut meta.addressee, false);
        changed |= text_row(ui, "Date", &mut meta.date, false);
        changed |= text_row(ui, "Reference", &mut meta.reference, false);
        let l = ui.label("Handling");
        ui.horizontal(|ui| {
            let mut is_tlp = matches!(meta.handling, Handling::Tlp { .. });
            let before = is_tlp;
            ui.selectable_value(&mut is_tlp, true, "TLP");
            ui.selectable_value(&mut is_tlp, false, "Classification");
            if is_tlp != before {
                meta.handling = if is_tlp {
                    Handling::Tlp { level: Tlp::Amber }
                } else {
                    Handling::Classification { text: "UNCLASSIFIED".into() }
                };
                changed = true;
            }
            match &mut meta.handling {
                Handling::Tlp { level } => {
                    egui::ComboBox::from_id_salt("tlp")
                        .selected_text(level.name())
                        .show_ui(ui, |ui| {
                            for v in Tlp::ALL {
                                changed |= ui.selectable_value(level, *v, v.label()).changed();
                            }
                        })
                        .response
                        .labelled_by(l.id);
                }
                Handling::Classification { text } => {
                    changed |= ui
                        .add(egui::TextEdit::singleline(text).desired_width(140.0))
                        .labelled_by(l.id)
                        .changed();
                }
            }
        });
        ui.end_row();
        let l = ui.label("Note type");
        ui.horizontal(|ui| {
            for v in NoteType::ALL {
                changed |= ui.selectable_value(&mut meta.note_type, *v, v.label()).changed();
            }
        })
        .response
        .labelled_by(l.id);
        ui.end_row();
        let session = frame.session;
        changed |= prose_row(ui, session, "Summary / BLUF", &mut meta.summary);
        changed |= prose_row(ui, session, "Background", &mut meta.background);
        changed |= prose_row(ui, session, "Assessment", &mut meta.assessment);
        changed |= prose_row(ui, session, "Recommendation", &mut meta.recommendation);
        changed |= text_row(ui, "Period (INTSUM)", &mut meta.period, false);
        changed |= text_row(ui, "Cut-off (INTSUM)", &mut meta.cutoff, false);
    });
    if changed {
        frame.send(Msg::Apply(Action::SetBrief(Box::new(meta))));
    }
}

fn sources_form_ui(ui: &mut Ui, frame: &mut FrameCtx<'_>) {
    let sources = frame.session.sources.clone();
    for source in sources {
        ui.push_id(source.id.0, |ui| {
            ui.label(RichText::new(format!("{} · {} words", source.label, source.word_count())).strong());
            let mut meta = source.meta.clone();
            let mut changed = false;
            egui::Grid::new("source_form").num_columns(2).show(ui, |ui| {
                changed |= text_row(ui, "Title", &mut meta.title, false);
                changed |= text_row(ui, "Outlet", &mut meta.outlet, false);
                changed |= text_row(ui, "Author", &mut meta.author, false);
                changed |= text_row(ui, "Published", &mut meta.published, false);
                changed |= text_row(ui, "URL", &mut meta.url, false);
            });
            changed |= optional_vocab_combo::<Reliability>(
                ui,
                "Reliability",
                ("rel", source.id.0),
                &mut meta.reliability,
            );
            if !meta.file_name.is_empty() {
                ui.label(
                    RichText::new(format!("File: {} · retrieved {}", meta.file_name, meta.retrieved)).weak(),
                );
            }
            if changed {
                frame.send(Msg::Apply(Action::SetSourceMeta { source: source.id, meta }));
            }
            let update = Command::UpdateSource;
            if ui.button("Update from a newer version…").on_hover_text(update.tooltip()).clicked() {
                frame.send(Msg::UpdateSource(source.id));
            }
            if ui
                .button("Remove source")
                .on_hover_text("Remove this article and its tags (undo with Ctrl+Z)")
                .clicked()
            {
                frame.send(Msg::Apply(Action::RemoveSource { source: source.id }));
            }
            ui.separator();
        });
    }
    let add = Command::AddSource;
    if ui.button(add.label()).on_hover_text(add.tooltip()).clicked() {
        frame.command(add);
    }
}

fn custom_kinds_ui(ui: &mut Ui, frame: &mut FrameCtx<'_>, state: &mut PanelState) {
    for kind in &frame.session.custom_kinds {
        ui.horizontal(|ui| {
            let colour = frame.custom_colours.get(&kind.name).copied().unwrap_or(theme::OTHER);
            let (rect, _) = ui.allocate_exact_size(egui::vec2(12.0, 12.0), egui::Sense::hover());
            ui.painter().rect_filled(rect, 2.0, colour);
            ui.label(&kind.name);
        });
    }
    ui.horizontal(|ui| {
        let l = ui.label("Name");
        ui.add(egui::TextEdit::singleline(&mut state.new_kind.0).desired_width(100.0)).labelled_by(l.id);
        let l = ui.label("Colour");
        ui.add(egui::TextEdit::singleline(&mut state.new_kind.1).desired_width(70.0).hint_text("#aa5500"))
            .labelled_by(l.id);
        if ui.button("Add kind").clicked() {
            let (name, colour) = std::mem::take(&mut state.new_kind);
            let colour =
                if colour.trim().is_empty() { "#8c6ec8".to_owned() } else { colour.trim().to_owned() };
            frame.send(Msg::Apply(Action::AddCustomKind { name, colour }));
        }
    });
}
