//! Which text a page gives: the article's container, its furniture, and what stays.

use super::*;

#[test]
fn paragraphs_headings_and_entities() {
    let got = read(
        "<html><body><h2>Sub &amp; head</h2><p>One&nbsp;two &lt;three&gt; caf&eacute; 世界 🙂\n  wrapped.<p>Second\
             <br>line</p><ul><li>item a<li>item b</ul></body></html>",
    );
    assert_eq!(
        got.text,
        "Sub & head\n\nOne two <three> café 世界 🙂 wrapped.\n\nSecond\nline\n\nitem a\n\nitem b"
    );
}

#[test]
fn an_article_whose_class_names_a_newsletter_is_still_the_article() {
    let html = r#"<html><head><title>Pond notes</title></head><body>
            <div class="topbar"><a href="/">Pond Notes</a> <a href="/sign-in">Sign in</a></div>
            <article class="typography newsletter-post post"><h1>Why the pond froze late</h1>
            <div class="body markup"><p>The pond behind the mill froze three weeks later than usual this winter, and the ducks noticed first.</p>
            <div class="subscription-widget"><p>Pond Notes is a reader-supported publication, consider subscribing.</p></div>
            <p>Local anglers kept a log of the ice, measuring its thickness every morning at seven.</p></div></article>
            <div class="footer"><span>Start writing</span> <span>Get the app</span></div></body></html>"#;
    let got = read(html);
    assert_eq!(
        got.text,
        "Why the pond froze late\n\nThe pond behind the mill froze three weeks later than usual this winter, and \
             the ducks noticed first.\n\nLocal anglers kept a log of the ice, measuring its thickness every morning at seven."
    );
}

#[test]
fn a_page_a_script_had_not_filled_takes_the_article_from_its_app_data() {
    let blocks: Vec<String> = (0..6)
            .map(|i| {
                format!(
                    r#"{{"__typename":"ParagraphBlock","html":"Paragraph {i} of the story, which tells how the ferry returned to the harbour after a month of repairs to its ramp."}}"#
                )
            })
            .collect();
    let html = format!(
        r#"<html><head><title>Ferries return | Ledger</title></head><body><div id="__next"><main>
               <h1>Ferries return to the harbour</h1><p class="dek">A month of repairs ends.</p>
               <div class="skeleton" aria-busy="true"></div></main></div>
               <script id="__NEXT_DATA__" type="application/json">{{"props":{{"article":{{"body":[{}]}}}}}}</script></body></html>"#,
        blocks.join(",")
    );
    let got = read(&html);
    assert!(
        got.text.starts_with("Ferries return to the harbour\n\nA month of repairs ends.\n\nParagraph 0"),
        "{}",
        got.text
    );
    assert!(got.text.contains("Paragraph 5 of the story"), "{}", got.text);
    assert!(got.notes.iter().any(|n| n.contains("app data")), "{:?}", got.notes);
}

#[test]
fn a_teaser_page_takes_the_article_body_its_json_ld_declares() {
    let body: Vec<String> = (0..6).map(|i| format!("Paragraph {i} of the ferry story, with enough words in it to count as a real paragraph of text.")).collect();
    let html = format!(
        r#"<html><head><script type="application/ld+json">{{"@type":"NewsArticle","headline":"Ferry fares rise",
            "articleBody":"{}"}}</script></head><body><article><h1>Ferry fares rise</h1>
            <p>Paragraph 0 of the ferry story, with enough words in it to count as a real paragraph of text.</p>
            <div class="paywall"><p>Subscribe to read on.</p></div></article></body></html>"#,
        body.join("\\n")
    );
    let got = read(&html);
    assert_eq!(got.text, format!("Ferry fares rise\n\n{}", body.join("\n\n")));
    assert!(got.notes.iter().any(|n| n.contains("articleBody")), "{:?}", got.notes);
    // A page that shows its whole text keeps it, and a summary-sized body changes nothing.
    let html = format!(
        r#"<html><head><script type="application/ld+json">{{"@type":"NewsArticle","articleBody":"{}"}}</script></head>
            <body><article><h1>Ferry fares rise</h1><p>{}</p></article></body></html>"#,
        body.join("\\n"),
        body.join("</p><p>")
    );
    assert!(read(&html).notes.is_empty());
    let html = r#"<html><head><script type="application/ld+json">{"@type":"NewsArticle","articleBody":"Fares rise."}</script></head>
            <body><article><h1>Ferry fares rise</h1><p>The ferry company raised its fares by a tenth on Monday, citing fuel costs.</p></article></body></html>"#;
    assert_eq!(
        read(html).text,
        "Ferry fares rise\n\nThe ferry company raised its fares by a tenth on Monday, citing fuel costs."
    );
    // A declared body written as markup gives the paragraphs of that markup.
    let html = format!(
        r#"<html><head><script type="application/ld+json">{{"@type":"NewsArticle","articleBody":"<p>{}</p>"}}</script></head>
            <body><article><h1>Ferry fares rise</h1><p>Subscribe to read on.</p></article></body></html>"#,
        body.join("</p><p>")
    );
    assert_eq!(read(&html).text, format!("Ferry fares rise\n\n{}", body.join("\n\n")));
}

#[test]
fn boilerplate_is_dropped_and_the_article_kept() {
    let html = r#"<html><head><title>Cable cut | Ledger</title><style>p{}</style>
            <script>var p = "<p>not text</p>";</script></head><body>
            <header><nav><a href="/">Home</a> <a href="/world">World</a></nav></header>
            <div class="ad-slot">Buy now, limited offer, click here today please</div>
            <main><article><h1>Cable cut in the Baltic</h1><p class="byline">By Ann Lee</p>
            <div class="share-bar"><a>Share on X</a> <a>Share by e-mail</a></div>
            <p>Finland and Estonia asked NATO on Friday to step up patrols, officials said, after a cable was cut.</p>
            <!-- comment <p>hidden</p> -->
            <p>The ship, registered in Cameroon, left port hours before the damage, according to the coast guard.</p>
            <p hidden>Secret text that should not appear anywhere in the output at all.</p>
            <section class="comments"><p>First! Great article, thanks for writing it, everyone.</p></section>
            </article></main><aside><p>Most read: something else entirely, with many words here.</p></aside>
            <footer><p>Copyright 2026 Ledger Media Group, all rights reserved worldwide.</p></footer></body></html>"#;
    let got = read(html);
    assert_eq!(
        got.text,
        // The byline line is left out of the text, and read as the byline.
        "Cable cut in the Baltic\n\nFinland and Estonia asked NATO on Friday to step up patrols, \
             officials said, after a cable was cut.\n\nThe ship, registered in Cameroon, left port hours before the \
             damage, according to the coast guard."
    );
    // The headline the reader sees, not the <title> with its site name.
    assert_eq!(got.meta.title, "Cable cut in the Baltic");
    assert_eq!(got.meta.author, "Ann Lee");
}

#[test]
fn the_best_scored_container_wins_without_semantic_tags() {
    let html = r#"<body><div id="wrapper"><div id="header"><ul class="menu"><li><a href="/">Home</a></li></ul>
            </div><div id="content"><div class="post"><h1>Title here</h1><div class="entry">
            <p>Paragraph one, long enough, with commas, to be scored as content.</p>
            <div class="inline-ad">Sponsored content: buy things now, click here, please, today.</div>
            <p>Paragraph two, also long enough, with commas, to count as article text.</p>
            <p>Read more: <a href="/1">a link that is the whole paragraph of text here</a></p></div></div>
            <div id="sidebar"><p>About me: I write about many things, mostly boats, and also trains.</p></div></div>
            <div id="footer"><p>Powered by a blog engine, theme by someone, copyright 2026.</p></div></div></body>"#;
    assert_eq!(
        read(html).text,
        "Title here\n\nParagraph one, long enough, with commas, to be scored as content.\n\n\
             Paragraph two, also long enough, with commas, to count as article text."
    );
}

#[test]
fn a_wrapper_whose_class_names_furniture_is_kept_when_it_holds_the_page() {
    let html = format!(
        r#"<body><div class="panel-two-col-sidebar-right"><div class="col"><h1>Bridge loan</h1>{}</div>
               <div class="sidebar-right"><p>Latest: a short teaser about something else entirely here.</p></div>
               </div></body>"#,
        paras(0..4)
    );
    let got = read(&html);
    assert!(got.text.starts_with("Bridge loan\n\nParagraph 0"), "{}", got.text);
    assert!(got.text.contains("Paragraph 3") && !got.text.contains("Latest"), "{}", got.text);
    // The same words on a small box still drop it.
    let html = format!(
        r#"<body><div class="x">{}</div><div class="app-modal">{}</div></body>"#,
        paras(0..4),
        para(9)
    );
    assert!(!read(&html).text.contains("Paragraph 9"));
}

#[test]
fn opening_paragraphs_outside_a_read_more_box_are_kept() {
    let html = format!(
        r#"<body><div class="story"><div class="lead">{}</div><div class="more"><div class="inner"><div>{}</div></div>
               <button>Read more</button></div></div><div class="rail"><h3><a href="/x">Teaser</a></h3><p>{}</p></div></body>"#,
        paras(0..2),
        paras(2..9),
        "A teaser line that is long enough to score on its own, with commas, here."
    );
    let got = read(&html);
    for n in 0..9 {
        assert!(got.text.contains(&format!("Paragraph {n} ")), "{n}: {}", got.text);
    }
    assert!(!got.text.contains("teaser"), "{}", got.text);
}

#[test]
fn sibling_blocks_of_one_article_are_kept() {
    let html = format!(
        r#"<body><div class="guide"><h1>How to</h1><div class="step"><h2>Step 1</h2>{}</div>
               <div class="step"><h2>Step 2</h2>{}</div><div class="step"><h2>Step 3</h2>{}</div></div></body>"#,
        para(1),
        paras(2..7),
        para(7)
    );
    let got = read(&html);
    assert!(
        got.text.contains("Step 1\n\nParagraph 1") && got.text.contains("Step 3\n\nParagraph 7"),
        "{}",
        got.text
    );
}

#[test]
fn text_in_spans_and_line_breaks_counts_as_paragraphs() {
    let chapter: Vec<String> = (0..8)
        .map(|n| {
            format!(
                "<span>Line {n} of the chapter, where the ship's log was found, and the crew spoke.</span>"
            )
        })
        .collect();
    let html = format!(
        r#"<body><div class="c"><div class="note"><p>Thanks for reading, and sorry this one is late, friends.</p></div>
               <div class="chapter">{}</div></div></body>"#,
        chapter.join("<br><br>")
    );
    let got = read(&html);
    assert!(got.text.contains("Line 0 of the chapter") && got.text.contains("Line 7"), "{}", got.text);
}

#[test]
fn labelled_boxes_and_picture_credits_are_left_out() {
    let html = format!(
        r##"<body><article><h1>Festival</h1>{}<figure><img src=a.jpg><figcaption>The stage. Photo: A. B.</figcaption></figure>
               <p>(Image credit: Jonas Holm)</p>{}<div class="box"><h3>Share this:</h3><a href="#">X</a></div>
               <div class="x9"><h3>Related</h3><div><h4>Other story</h4><p>Other story and what it means for you.</p></div></div>
               <h3>Most popular</h3><ol><li><span>1</span> <span>Budget vote</span></li></ol></article></body>"##,
        paras(0..3),
        paras(3..6)
    );
    let got = read(&html);
    assert_eq!(
        got.text,
        format!("Festival\n\n{}", (0..6).map(|n| strip_p(&para(n))).collect::<Vec<_>>().join("\n\n"))
    );
}

#[test]
fn a_page_without_an_article_container_is_taken_whole_with_its_metadata() {
    let html = r#"<html><head><title>Notice | Town Hall</title><meta property="og:site_name" content="Town Hall">
            <meta name="author" content="Ann Lee"></head><body>
            <aside><p>The first notice, which residents received on Monday, concerns the bridge.</p></aside>
            <aside><p>The second notice, which residents received on Tuesday, concerns the school.</p></aside>
            <nav><p>The third notice, which residents received on Friday, concerns the harbour.</p></nav></body></html>"#;
    let got = read(html);
    assert!(got.text.contains("first notice") && got.text.contains("third notice"), "{}", got.text);
    assert!(got.notes.iter().any(|n| n.contains("whole text was taken")), "{:?}", got.notes);
    assert_eq!((got.meta.title.as_str(), got.meta.author.as_str()), ("Notice", "Ann Lee"));
}

#[test]
fn a_sign_up_box_named_in_camel_case_is_left_out() {
    let html = format!(
        r#"<body><main class="Layout_main__x1"><article class="Article_article__Lp2"><h1>Returns cost more</h1>
            <div class="Article_body__k2">{}<div class="NewsletterInline_box__Fg3"><p>Get Money Matters every Thursday</p>
            <p>Practical guidance on your finances from our consumer desk, free.</p></div>{}</div></article></main></body>"#,
        paras(0..2),
        paras(2..4)
    );
    let got = read(&html);
    assert!(!got.text.contains("Money Matters"), "{}", got.text);
    assert!(got.text.contains("Paragraph 3 of the report"), "{}", got.text);
}

#[test]
fn labels_above_the_headline_and_a_byline_block_leave_the_text() {
    let html = format!(
        r#"<body><article><div class="kicker">Transport · Ferries</div><div class="badge">NEW</div>
            <h1>Harbour ferry gains a night crossing</h1><div class="autoria"><span>Rui Matos</span> <span>Da Redação</span></div>
            {}</article></body>"#,
        paras(0..3)
    );
    let got = read(&html);
    assert!(got.text.starts_with("Harbour ferry gains a night crossing\n\nParagraph 0"), "{}", got.text);
    // A sentence above the headline stays.
    let html = format!(
        r#"<body><article><p>Readers asked us what the new timetable means.</p><h1>Harbour ferry gains a night crossing</h1>{}</article></body>"#,
        paras(0..3)
    );
    assert!(read(&html).text.starts_with("Readers asked"));
}

#[test]
fn a_marked_standfirst_under_a_headline_outside_the_body_is_kept_and_boxes_in_the_body_are_not() {
    let html = format!(
        r#"<body><header class="story-head"><h1>Harbour ferry gains a night crossing</h1>
            <p class="story-date">Published 6 November 2026</p>
            <div class="story-summary">A late boat will run every Friday from next month.</div></header>
            <div class="story-body">{}<div class="callout"><h3>What should riders do?</h3><p>Nothing at all, the timetable says so.</p></div>
            {}<div class="disclaimer"><p>This page is a summary and has no legal force.</p></div></div></body>"#,
        paras(0..2),
        paras(2..4)
    );
    let text = read(&html).text;
    assert!(
            text.starts_with(
                "Harbour ferry gains a night crossing\n\nA late boat will run every Friday from next month.\n\nParagraph 0"
            ),
            "{text}"
        );
    assert!(!text.contains("riders") && !text.contains("legal force"), "{text}");
    // A summary set as a heading is left out, as before.
    let html = format!(
        r#"<body><section><h1>Harbour ferry gains a night crossing</h1><h2 class="summary">The late boat runs on Fridays only</h2></section>
            <article>{}</article></body>"#,
        paras(0..3)
    );
    assert!(!read(&html).text.contains("The late boat"));
}

#[test]
fn linked_note_markers_leave_the_text_and_a_superscript_unit_stays() {
    let html = format!(
        r##"<body><article>{}<p>The plots cover 40 m<sup>2</sup> each.<sup><a href="#n1">1</a></sup> Rents rose.<sup><a href="#n2">[2]</a></sup></p></article></body>"##,
        paras(0..3)
    );
    let text = read(&html).text;
    assert!(text.contains("40 m2 each. Rents rose."), "{text}");
}

#[test]
fn ad_and_related_labels_and_a_copyright_line_inside_the_body_are_left_out() {
    let html = format!(
        r#"<body><article class="article-body">{}<div class="article-ad"><span>광고</span></div>
            <div class="news-box"><strong>관련기사</strong><ul><li><a href="/a">다른 기사 제목</a></li></ul></div>
            <div class="slot"><span>REKLAM</span></div>{}<p class="copyright">© Örnek Gazete</p></article></body>"#,
        paras(0..2),
        paras(2..4)
    );
    let text = read(&html).text;
    for gone in ["광고", "관련기사", "다른 기사", "REKLAM", "Örnek"] {
        assert!(!text.contains(gone), "{gone} in {text}");
    }
    assert!(text.contains("Paragraph 3 of the report"));
}

#[test]
fn a_headline_in_an_h2_that_the_title_holds_heads_the_text() {
    let html = format!(
        r#"<html><head><title>Harbour reopens after storm : Coast Daily</title></head><body>
               <div class="side"><h2>Most read</h2></div><div class="head"><h2 class="tit">Harbour reopens after storm</h2></div>
               <div id="body">{}</div></body></html>"#,
        paras(0..3)
    );
    let got = read(&html);
    assert!(got.text.starts_with("Harbour reopens after storm\n\n"), "{}", got.text);
}

#[test]
fn a_headed_article_is_not_widened_to_the_stories_or_responses_beside_it() {
    let reply = "<p>A reader's reply, long enough to score, with commas, about the bridge and the ferry.</p>";
    let html = format!(
        r#"<body><div class="wrap"><article class="essay"><h1>Bridge loan</h1><div class="essay-body">{}</div></article>
               <section class="replies">{}</section><section class="next"><article><h2>Another story</h2>{}</article></section>
               </div></body>"#,
        paras(0..3),
        format!("<article class=r><div>{reply}{reply}</div></article>").repeat(6),
        paras(7..9)
    );
    let got = read(&html);
    assert!(
        got.text.starts_with("Bridge loan\n\nParagraph 0") && got.text.contains("Paragraph 2"),
        "{}",
        got.text
    );
    assert!(!got.text.contains("reply") && !got.text.contains("Paragraph 7"), "{}", got.text);
}

#[test]
fn a_declared_article_body_wins_over_a_longer_sidebar_and_its_widget_wrapper() {
    let about =
        "I mend old radios, clocks and bicycles, and write about each one, at length, here. ".repeat(8);
    let html = format!(
        r#"<html><head><title>Mending: Old clock, new spring</title></head><body><header><h1>Mending</h1></header>
               <div class="widget Blog"><div class="post"><h3>Old clock, new spring</h3>
               <div class="post-body" itemprop="description articleBody"><div><span>{}</span></div><div><span>{}</span></div></div></div></div>
               <aside><div class="widget Profile"><dl><dd>{about}</dd></dl></div></aside></body></html>"#,
        "The spring had rusted through, so I ordered a new one, which took three weeks to come.",
        "Fitting it took an evening, and the clock now runs, although it gains a minute a day."
    );
    let got = read(&html);
    assert_eq!(
        got.text,
        "Old clock, new spring\n\nThe spring had rusted through, so I ordered a new one, which took three weeks \
             to come.\n\nFitting it took an evening, and the clock now runs, although it gains a minute a day."
    );
    // The banner's <h1> is the site's name, not the headline.
    assert_eq!(got.meta.title, "Old clock, new spring");
}

#[test]
fn the_part_a_paywall_hides_is_kept_when_the_json_ld_names_it() {
    let page = |selector: &str| {
        format!(
            r#"<html><head><script type="application/ld+json">{{"@type":"NewsArticle","hasPart":{{
                   "isAccessibleForFree":"False","cssSelector":"{selector}"}}}}</script></head><body><article><h1>Fares</h1>
                   {}<div class="locked-rest paywall" style="display:none">{}</div>
                   <div class="paywall-prompt"><p>Subscribe to keep reading, for one euro, cancel any time you like.</p></div>
                   </article></body></html>"#,
            paras(0..2),
            paras(2..5)
        )
    };
    let got = read(&page(".locked-rest"));
    assert!(got.text.contains("Paragraph 1") && got.text.contains("Paragraph 4"), "{}", got.text);
    assert!(!got.text.contains("Subscribe"), "{}", got.text);
    // Without the markup, hidden stays hidden.
    let got = read(&page(".elsewhere"));
    assert!(got.text.contains("Paragraph 1") && !got.text.contains("Paragraph 4"), "{}", got.text);
}

#[test]
fn a_line_of_credits_marked_by_its_elements_leaves_the_text_and_a_live_post_stays() {
    let html = format!(
        r#"<body><article><h1>Ferry crews walk out</h1>
            <div class="meta"><span class="writer">Von <a rel="author" href="/a">Ann Lee</a> und <a href="/b">Bo Chen</a></span>
            <time datetime="2026-03-12T17:45">12.03.2026, 17:45 Uhr</time> <span>Lesedauer: 3 Minuten</span></div>
            <div class="sig"><span class="author">Ann Lee</span> <span>| Harbourtown</span></div>
            {}<div class="post"><time datetime="2026-03-12T18:00">18:00</time> <span>Crews say the strike lasts until Monday and no sailings will run before then</span></div>
            {}</article></body>"#,
        paras(0..2),
        paras(2..4)
    );
    let text = read(&html).text;
    for gone in ["Lesedauer", "Harbourtown", "Bo Chen"] {
        assert!(!text.contains(gone), "{gone} in {text}");
    }
    // A sentence with a day in it is text, and so is a block that holds a paragraph.
    let html = format!(
        r#"<body><article><h1>Vote delayed</h1>{}<div><p>The vote on <time datetime="2026-05-06">6 May</time> was put off.</p></div>
            <div class="entry"><div class="when"><time datetime="2026-05-06T10:00">10:00</time></div>
            <p>Counting resumed in the north after a short break for the lights to come back on</p></div></article></body>"#,
        paras(0..3)
    );
    let text = read(&html).text;
    assert!(text.contains("The vote on 6 May was put off."), "{text}");
    assert!(text.contains("Counting resumed in the north"), "{text}");
    assert!(!text.contains("10:00"), "{text}");
}

#[test]
fn back_matter_headings_take_their_sections_out_and_notes_stay() {
    let html = format!(
        r#"<body><article><h1>Bog microbes change diet</h1>{}
            <h2>Notes</h2><p>The survey ran from 2024 to 2026 at nine sites in three countries.</p>
            <h2>Notes to editors</h2><p>Interviews can be arranged through the press office.</p>
            <h2>References</h2><p>Doe, J. et al. Wetland Letters 12, 1–9 (2025).</p><p>Roe, K. Soil 4, 2–3 (2024).</p>
            <h2>Media contact</h2><p>Press office, +1 555 0100</p>
            <div class="section"><h2>Rights and permissions</h2><p><a href="/r">Reprints and permissions</a></p></div>
            <span>Publicidad</span></article></body>"#,
        paras(0..4)
    );
    let text = read(&html).text;
    assert!(text.contains("The survey ran from 2024"), "{text}");
    for gone in
        ["References", "Doe, J.", "Roe, K.", "Media contact", "Press office", "Reprints", "Publicidad"]
    {
        assert!(!text.contains(gone), "{gone} in {text}");
    }
}

#[test]
fn a_lead_paragraph_beside_a_wrapped_headline_is_the_standfirst() {
    let html = format!(
        r#"<body><div class="top"><div class="heading"><span class="section">Guidance</span><h1>Apply for a mooring permit</h1></div>
            <p class="lead-paragraph">How to apply, what it costs and what to send with your form.</p></div>
            <div class="body">{}</div></body>"#,
        paras(0..4)
    );
    let text = read(&html).text;
    assert!(
        text.starts_with(
            "Apply for a mooring permit\n\nHow to apply, what it costs and what to send with your form.\n\nParagraph 0"
        ),
        "{text}"
    );
}

#[test]
fn lines_of_days_names_and_copyright_comment_boxes_and_pull_quotes_leave_the_text() {
    let html = format!(
        r#"<body><article><h1>Lift reopens</h1><div class="datas"><span>13 jan 2026, 11:47</span> <span>Atualizado: 13 jan 2026, 15:02</span></div>
            <div class="meta">Ana Lind en Bo Marsk &middot; 8 apr. 2026, 05:45</div>{}
            <blockquote class="pull-quote"><p>The lift carried more people than the bus.</p></blockquote>
            <div class="video"><span>2:14</span></div>{}<p class="copy">&lt;© Harbour Post. No reproduction&gt;</p>
            <div class="comentarios"><h3>Comentários (3)</h3><p>Os comentários estão sujeitos a moderação.</p></div></article></body>"#,
        paras(0..2),
        paras(2..4)
    );
    let text = read(&html).text;
    for gone in ["Atualizado", "Ana Lind", "The lift carried", "2:14", "Harbour Post", "moderação"] {
        assert!(!text.contains(gone), "{gone} in {text}");
    }
    assert!(text.contains("Paragraph 3 of the report"), "{text}");
    // A sentence with a day and names in it is text.
    let html = format!(
        r#"<body><article><h1>Vote</h1>{}<p>Ana Lind met Bo Marsk on 8 April 2026.</p></article></body>"#,
        paras(0..3)
    );
    assert!(read(&html).text.contains("Ana Lind met Bo Marsk on 8 April 2026."));
}

#[test]
fn donation_affiliate_hiring_and_author_boxes_leave_the_text() {
    let html = format!(
        r#"<body><div class="entry-content"><h1>Walking the dyke path</h1>{}
               <div class="affiliate-box"><strong>Where I slept:</strong> Hostel Brak &ndash; <a href="/aff">see prices</a></div>
               {}<div class="donate-inline"><p>Ten pounds plants a hedge of forty metres.</p><a href="/give">Give</a></div>
               {}</div><div class="cta-hiring"><h3>Enjoy puzzles like this?</h3><p>We are hiring in Leeds.</p></div>
               <div class="author-box"><strong>Ola Brandt</strong> is features editor of Dyke Walks.</div></body>"#,
        paras(0..2),
        paras(2..4),
        paras(4..6)
    );
    let got = read(&html);
    for furniture in ["Where I slept", "Ten pounds", "hiring", "features editor"] {
        assert!(!got.text.contains(furniture), "{furniture}: {}", got.text);
    }
    for n in 0..6 {
        assert!(got.text.contains(&format!("Paragraph {n} of the report")), "{}", got.text);
    }
}

#[test]
fn a_video_player_beside_the_story_leaves_the_text() {
    // The player sits between two parts of the story, inside the story's own container.
    let html = format!(
        r#"<body><main><div class="story-wrap"><h1>Mill roof repaired</h1><div class="story-part">{}</div>
               <div class="video-player"><div class="poster"><img src="/t.jpg" alt=""><span class="duration">1:52</span></div><p class="video-title">Roofers at work on the old mill</p><div class="autoplay-next">Up next: Flood gates tested at the weir</div></div>
               <div class="story-part">{}</div></div></main></body>"#,
        paras(0..2),
        paras(2..4)
    );
    let got = read(&html);
    assert!(!got.text.contains("Roofers at work"), "{}", got.text);
    assert!(!got.text.contains("Flood gates"), "{}", got.text);
    assert!(!got.text.contains("Up next"), "{}", got.text);
    assert!(got.text.contains("Paragraph 3 of the report"), "{}", got.text);
}

#[test]
fn notes_disclosures_metadata_lists_and_print_notes_leave_the_text() {
    let html = format!(
        r#"<html><head><meta name="author" content="Penulis: Dewi Lestari"></head><body><article><h1>Repairing the canal locks</h1>
               <div class="hatnote">For the locks upstream, see Upper Canal Locks.</div>
               <p class="disclosure">Canal Weekly may earn a commission from links on this page.</p>
               <div class="metadata"><dl><dt>From:</dt><dd><a>Waterways Office</a></dd><dt>Published</dt><dd>4 May 2026</dd></dl></div>
               {}<div class="issue-note"><em>This article appears in the June 2026 print edition.</em></div>
               <div class="more"><h3>More like this</h3><ul><li><a>Barges return to the basin</a></li></ul></div></article></body></html>"#,
        paras(0..4)
    );
    let got = read(&html);
    for furniture in
        ["Upper Canal Locks", "commission", "From:", "print edition", "More like this", "Barges return"]
    {
        assert!(!got.text.contains(furniture), "{furniture}: {}", got.text);
    }
    assert!(got.text.contains("Paragraph 3 of the report"), "{}", got.text);
    assert_eq!(got.meta.author, "Dewi Lestari");
}

#[test]
fn embargo_and_end_marks_endnotes_field_labels_tips_and_provenance_notes_leave_the_text() {
    let html = format!(
        r#"<body><article><h1>Survey finds fewer mayflies</h1>
               <p class="embargo">Embargoed until 00:01 BST, Tuesday 4 May 2027</p>
               <div class="field"><div class="field__label">Published</div><div class="field__item"><time datetime="2027-05-04">4 May 2027</time></div></div>
               <div class="field"><div class="field__label">From</div><div class="field__item"><a>River Trust</a></div></div>
               {}<p class="tip-line">Have a news tip? Email desk@example.org.</p>
               <p>This story was originally reported by the Valley Gazette.</p>
               <p class="ends"><strong>ENDS</strong></p>
               <section class="endnotes"><h2>Endnotes</h2><ol><li>Survey tables, 2026.</li><li>Ibid., table 2.</li></ol></section>
               <div class="author-card"><h3>Ola Brandt</h3><p>Ola is a fellow for rivers.</p></div>
               <section><h2>More news</h2><ul><li><a>Otters return to the weir</a></li></ul></section></article></body>"#,
        paras(0..4)
    );
    let got = read(&html);
    for furniture in [
        "Embargoed",
        "Published",
        "River Trust",
        "news tip",
        "originally reported",
        "ENDS",
        "Endnotes",
        "Ibid",
        "fellow",
        "More news",
    ] {
        assert!(!got.text.contains(furniture), "{furniture}: {}", got.text);
    }
    assert!(got.text.contains("Paragraph 3 of the report"), "{}", got.text);
}

#[test]
fn a_korean_line_of_input_and_edit_times_leaves_the_text() {
    let html = format!(
        r#"<body><article><h1>마을 도서관 다시 문 열어</h1><div class="info"><span>입력 2027.03.02 10:15</span></div>
               <div class="info"><span>수정 2027.03.03 08:40</span></div>{}</article></body>"#,
        paras(0..3)
    );
    let got = read(&html);
    assert!(!got.text.contains("입력") && !got.text.contains("수정"), "{}", got.text);
}

#[test]
fn a_facts_list_classed_as_meta_leaves_the_text() {
    let html = format!(
        r#"<body><article><h1>Appeal after collision</h1><dl class="release-meta"><dt>Reference</dt><dd>AB-27-0912</dd><dt>Area</dt><dd>Millbrook</dd></dl>{}</article></body>"#,
        paras(0..3)
    );
    let got = read(&html);
    assert!(!got.text.contains("AB-27-0912") && !got.text.contains("Reference"), "{}", got.text);
}

#[test]
fn a_heading_about_the_pages_own_publisher_opens_its_boilerplate() {
    let html = format!(
        r#"<html><head><meta property="og:site_name" content="Larkspur Pumps"></head><body><article><h1>Larkspur opens a plant</h1>
               <div class="pr-body">{}<h3>About Larkspur Pumps</h3><p>Larkspur Pumps, Inc. makes pumps for farms and employs 400 people.</p>
               <h3>About the new plant</h3><p>The plant sits on a former rail yard beside the river and will run on solar power.</p></div></article></body></html>"#,
        paras(0..3)
    );
    let got = read(&html);
    assert!(!got.text.contains("employs 400"), "{}", got.text);
    // A heading about anything else is text.
    assert!(got.text.contains("former rail yard"), "{}", got.text);
}
