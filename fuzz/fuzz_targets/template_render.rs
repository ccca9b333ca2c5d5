#![no_main]
//! Rendering user templates: arbitrary template source against a session with hostile text never
//! panics or hangs; errors name the template.

use std::sync::LazyLock;

use briefsmith::brief::{self, Origin, Template, TemplateInfo};
use briefsmith::model::{Action, ActorKind, ActorRef, ByteRange, Session, SourceMeta, Speaker, TagBody, apply};
use libfuzzer_sys::fuzz_target;

static SESSION: LazyLock<Session> = LazyLock::new(|| {
    let mut s = Session::new();
    let text = "# <script>x</script> | *a* _b_ `c`\n\"Quote [x](javascript:y),\" said Ada Stone.\n1. Troops massed.";
    let src = apply(&mut s, Action::AddSource { meta: SourceMeta::default(), text: text.into() }).unwrap().sources[0];
    let at = |s: &Session, n: &str| s.occurrences(src, n).first().copied().unwrap_or(ByteRange::with_len(0, 1));
    let r = at(&s, "Ada Stone");
    apply(&mut s, Action::TagActor { source: src, range: r, actor: ActorRef::ByName { name: "Ada Stone".into(), kind: ActorKind::Person } }).unwrap();
    let r = at(&s, "Quote [x](javascript:y),");
    apply(&mut s, Action::AddTag { source: src, range: r, body: TagBody::Quote { speaker: Some(Speaker::Text("Ada Stone".into())) }, note: "n".into() }).unwrap();
    let r = at(&s, "Troops massed.");
    apply(&mut s, Action::AddTag { source: src, range: r, body: TagBody::default_threat(), note: String::new() }).unwrap();
    s
});

fuzz_target!(|data: &[u8]| {
    let Ok(source) = std::str::from_utf8(data) else { return };
    let template = Template {
        info: TemplateInfo { name: "fuzz".into(), description: String::new(), origin: Origin::BuiltIn },
        source: source.to_owned(),
    };
    if let Err(error) = brief::render(&SESSION, &template) {
        let message = error.to_string();
        assert!(message.starts_with("template 'fuzz'"), "error does not name the template: {message}");
    }
});
