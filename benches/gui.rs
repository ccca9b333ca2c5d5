//! The desktop app driven headless with a 1 MB article and 5,000 tags: CPU time per frame (the UI
//! pass plus tessellation, what eframe does before handing triangles to the GPU), idle and while
//! scrolling the article. Target: median ≤ 2 ms, worst ≤ 16 ms.
//!
//! Besides criterion's figures, the bench prints the median and worst of 300 timed frames of each
//! kind, the numbers the target is about.

mod common;

use std::time::{Duration, Instant};

use briefsmith::ui::files::DialogMode;
use briefsmith::ui::jobs::{Exporter, Importer};
use briefsmith::ui::prefs::Prefs;
use briefsmith::ui::{AppConfig, BriefsmithApp, Clock};
use criterion::{Criterion, criterion_group, criterion_main};
use egui::{Event, MouseWheelUnit, Pos2, RawInput, Rect, TouchPhase, vec2};

struct Driver {
    ctx: egui::Context,
    app: BriefsmithApp,
    time: f64,
}

impl Driver {
    fn new() -> Self {
        let ctx = egui::Context::default();
        let config = AppConfig {
            open: None,
            templates_dir: None,
            recovery_dir: None,
            dialogs: DialogMode::PathField,
            clock: Clock::system(),
            importer: Importer::files(),
            exporter: Exporter::files(),
        };
        let mut prefs = Prefs::default();
        if std::env::var_os("NO_BRIEF").is_some() {
            prefs.show_brief_panel = false;
        }
        if std::env::var_os("NO_TAGS").is_some() {
            prefs.show_tags_panel = false;
        }
        let mut app = BriefsmithApp::new(&ctx, config, prefs);
        app.open_session(common::big_session(5_000));
        let mut driver = Self { ctx, app, time: 0.0 };
        // Warm up: first layout of the article and the brief.
        for _ in 0..5 {
            driver.frame(Vec::new());
        }
        driver
    }

    fn frame(&mut self, events: Vec<Event>) -> Duration {
        self.time += 1.0 / 60.0;
        let input = RawInput {
            screen_rect: Some(Rect::from_min_size(Pos2::ZERO, vec2(1280.0, 800.0))),
            time: Some(self.time),
            predicted_dt: 1.0 / 60.0,
            events,
            ..Default::default()
        };
        let start = Instant::now();
        let app = &mut self.app;
        let output = self.ctx.run_ui(input, |ui| app.ui_root(ui));
        let primitives = self.ctx.tessellate(output.shapes, output.pixels_per_point);
        std::hint::black_box(primitives);
        start.elapsed()
    }

    fn scroll_events(down: bool) -> Vec<Event> {
        vec![
            Event::PointerMoved(Pos2::new(640.0, 400.0)),
            Event::MouseWheel {
                unit: MouseWheelUnit::Point,
                delta: vec2(0.0, if down { -60.0 } else { 60.0 }),
                phase: TouchPhase::Move,
                source: egui::MouseWheelSource::Wheel,
                modifiers: egui::Modifiers::NONE,
            },
        ]
    }
}

fn summary(name: &str, mut times: Vec<Duration>) {
    times.sort();
    let median = times[times.len() / 2];
    let worst = times[times.len() - 1];
    eprintln!(
        "{name}: {} frames, median {:.3} ms, worst {:.3} ms",
        times.len(),
        median.as_secs_f64() * 1e3,
        worst.as_secs_f64() * 1e3
    );
}

fn gui(c: &mut Criterion) {
    let mut driver = Driver::new();
    assert_eq!(driver.app.session().tags.len(), 5_000);

    let idle: Vec<Duration> = (0..300).map(|_| driver.frame(Vec::new())).collect();
    summary("idle", idle);
    let scrolling: Vec<Duration> =
        (0..300).map(|i| driver.frame(Driver::scroll_events(i % 120 < 60 || i > 240))).collect();
    summary("scrolling", scrolling);
    eprintln!(
        "article layouts built: {}, paragraphs painted last frame: {}",
        driver.app.article().layouts_built,
        driver.app.article().painted_paragraphs
    );

    // The suggestion review open over the whole megabyte: its list and the dashed marks.
    driver.app.send(briefsmith::ui::Msg::Command(briefsmith::ui::commands::Command::Suggest));
    // Suggestions run on a worker thread: the frame that handles the command starts them; draw
    // until they arrive, then a few frames more.
    driver.frame(Vec::new());
    assert!(driver.app.job_running() || driver.app.review().is_some(), "the suggestion run did not start");
    while driver.app.job_running() {
        driver.frame(Vec::new());
        std::thread::sleep(Duration::from_millis(5));
    }
    for _ in 0..5 {
        driver.frame(Vec::new());
    }
    let pending = driver.app.review().map_or(0, |r| r.pending());
    assert!(pending > 0, "the review is open with suggestions to measure");
    let reviewing: Vec<Duration> = (0..300).map(|_| driver.frame(Vec::new())).collect();
    summary(&format!("reviewing {pending} suggestions"), reviewing);
    driver.app.send(briefsmith::ui::Msg::CloseReview);
    driver.frame(Vec::new());

    let mut group = c.benchmark_group("gui_1mb_5000_tags");
    group.bench_function("idle_frame", |b| b.iter(|| driver.frame(Vec::new())));
    let mut down = true;
    let mut n = 0;
    group.bench_function("scroll_frame", |b| {
        b.iter(|| {
            n += 1;
            if n % 200 == 0 {
                down = !down;
            }
            driver.frame(Driver::scroll_events(down))
        })
    });
    group.finish();
}

criterion_group!(benches, gui);
criterion_main!(benches);
