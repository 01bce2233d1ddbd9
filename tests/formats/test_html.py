"""Tests for HTML out (a story as a page) and in (pasted web pages, Word and Google Docs HTML)."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desk.domain.body import (
    Body,
    Footnote,
    Image,
    ListItem,
    Mark,
    Paragraph,
    Quote,
    Run,
    Subhead,
    Table,
    plain,
)
from desk.domain.story import StoryText
from desk.formats.html import render_html, safe_href
from desk.formats.html_reader import parse_html, parse_html_story

B, I, U, S = Mark.BOLD, Mark.ITALIC, Mark.UNDERLINE, Mark.STRIKE
SUP, SUB = Mark.SUPERSCRIPT, Mark.SUBSCRIPT


def run(text: str, *marks: Mark, link: str | None = None) -> Run:
    return Run(text, frozenset(marks), link)


def para(*runs: Run | str) -> Paragraph:
    return Paragraph(tuple(Run(r) if isinstance(r, str) else r for r in runs))


def item(text: str, ordered: bool = False, level: int = 0) -> ListItem:
    return ListItem(plain(text), ordered, level)


def page_without_style(html: str) -> str:
    return re.sub(r"<style>.*?</style>", "<style></style>", html, flags=re.DOTALL)


def body_part(html: str) -> str:
    return html[html.index("<article>") + 10 : html.index("</article>")]


# --- render_html ---------------------------------------------------------------------------------


def test_render_an_english_story_as_a_page() -> None:
    story = StoryText(
        headline="Thousands rally in Moscow",
        standfirst="The largest protest in a decade",
        byline="By Ana Ilić",
        dateline="MOSCOW, Nov 27 —",
        body=Body(
            (
                para(
                    "Protesters gathered ",
                    run("outside", B),
                    " the ",
                    run("Duma", link="https://duma.gov.ru"),
                    ".",
                ),
                Subhead(plain("What happened"), 2),
                Quote(plain("We will not leave.")),
                item("first"),
                item("nested", level=1),
                item("second"),
            )
        ),
    )
    assert page_without_style(render_html(story)) == (
        "<!DOCTYPE html>\n"
        '<html lang="en">\n'
        "<head>\n"
        '<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        "<title>Thousands rally in Moscow</title>\n"
        "<style></style>\n"
        "</head>\n"
        "<body>\n"
        "<article>\n"
        "<header>\n"
        '<h1 class="headline">Thousands rally in Moscow</h1>\n'
        '<p class="standfirst">The largest protest in a decade</p>\n'
        '<p class="byline">By Ana Ilić</p>\n'
        "</header>\n"
        '<p><span class="dateline">MOSCOW, Nov 27 —</span> Protesters gathered '
        '<strong>outside</strong> the <a href="https://duma.gov.ru">Duma</a>.</p>\n'
        "<h2>What happened</h2>\n"
        "<blockquote><p>We will not leave.</p></blockquote>\n"
        "<ul>\n"
        "<li>first\n"
        "<ul>\n"
        "<li>nested</li>\n"
        "</ul>\n"
        "</li>\n"
        "<li>second</li>\n"
        "</ul>\n"
        "</article>\n"
        "</body>\n"
        "</html>\n"
    )


def test_render_a_serbian_cyrillic_story() -> None:
    story = StoryText(
        headline="Протест у Београду",
        byline="Пише: Ана Илић",
        dateline="БЕОГРАД, 27. новембра —",
        body=Body(
            (
                para("Хиљаде грађана ", run("окупило", I), " се."),
                item("Први захтев", ordered=True),
                item("Други захтев", ordered=True),
            )
        ),
    )
    html = render_html(story, language="sr-Cyrl")
    assert '<html lang="sr-Cyrl">' in html
    assert "<title>Протест у Београду</title>" in html
    assert body_part(html) == (
        "<header>\n"
        '<h1 class="headline">Протест у Београду</h1>\n'
        '<p class="byline">Пише: Ана Илић</p>\n'
        "</header>\n"
        '<p><span class="dateline">БЕОГРАД, 27. новембра —</span> '
        "Хиљаде грађана <em>окупило</em> се.</p>\n"
        "<ol>\n"
        "<li>Први захтев</li>\n"
        "<li>Други захтев</li>\n"
        "</ol>\n"
    )


def test_render_title_defaults() -> None:
    assert "<title>Untitled</title>" in render_html(StoryText())
    assert "<title>Desk &amp; co</title>" in render_html(StoryText(headline="x"), title="Desk & co")


def test_render_escapes_everything() -> None:
    story = StoryText(
        headline="<script>alert('x')</script> & co",
        byline='By "Q"',
        body=Body(
            (
                para("Tom & Jerry <b>not bold</b> \u202eevil"),
                para(run("link", link='https://x.test/?q="a"&b=<c>')),
            )
        ),
    )
    html = render_html(story, language='en"><script>')
    assert "<script>" not in html
    assert '<html lang="en&quot;&gt;&lt;script&gt;">' in html
    assert "<h1 class=\"headline\">&lt;script&gt;alert('x')&lt;/script&gt; &amp; co</h1>" in html
    assert '<p class="byline">By "Q"</p>' in html
    assert "<p>Tom &amp; Jerry &lt;b&gt;not bold&lt;/b&gt; evil</p>" in html
    assert '<a href="https://x.test/?q=&quot;a&quot;&amp;b=&lt;c&gt;">link</a>' in html


@pytest.mark.parametrize(
    "href",
    [
        "javascript:alert(1)",
        " JavaScript:alert(1)",
        "java\tscript:x",
        "vbscript:x",
        "data:text/html,x",
    ],
)
def test_render_drops_unsafe_links_but_keeps_their_text(href: str) -> None:
    story = StoryText(body=Body((para("see ", run("this", B, link=href), " now"),)))
    assert body_part(render_html(story)) == "<p>see <strong>this</strong> now</p>\n"


def test_render_marks_line_breaks_and_a_link_across_runs() -> None:
    body = Body(
        (
            para(
                run("all", B, I, U, S),
                " x",
                run("2", SUP),
                " y",
                run("i", SUB),
                " ",
                run("read ", link="https://a.test"),
                run("more", B, link="https://a.test"),
                "\nnext line",
            ),
        )
    )
    assert body_part(render_html(StoryText(body=body))) == (
        "<p><strong><em><u><s>all</s></u></em></strong> x<sup>2</sup> y<sub>i</sub> "
        '<a href="https://a.test">read <strong>more</strong></a><br>next line</p>\n'
    )


def test_render_lists_nest_and_change_kind() -> None:
    body = Body(
        (
            item("a"),
            item("b", level=2),
            item("c", ordered=True, level=1),
            item("d", ordered=True),
            item("e"),
        )
    )
    assert body_part(render_html(StoryText(body=body))) == (
        "<ul>\n<li>a\n<ul>\n<li>\n<ul>\n<li>b</li>\n</ul>\n</li>\n</ul>\n"
        "<ol>\n<li>c</li>\n</ol>\n</li>\n</ul>\n"
        "<ol>\n<li>d</li>\n</ol>\n"
        "<ul>\n<li>e</li>\n</ul>\n"
    )
    assert parse_html(render_html(StoryText(body=body))) == body


def test_render_tables_images_and_footnotes() -> None:
    body = Body(
        (
            Footnote("1", plain("Police estimate.")),
            Table(
                ((plain("City"), plain("People")), (plain("Moscow"), (run("2,000", B),))),
                header=True,
            ),
            Table(((plain("a"), plain("b")),)),
            Image("photos/square.jpg", plain("The square"), alt="A crowd"),
            Image("javascript:alert(1)", plain("Caption kept")),
            Footnote("a", plain("An endnote."), endnote=True),
        )
    )
    assert body_part(render_html(StoryText(body=body))) == (
        "<table>\n<thead>\n<tr><th>City</th><th>People</th></tr>\n</thead>\n"
        "<tbody>\n<tr><td>Moscow</td><td><strong>2,000</strong></td></tr>\n</tbody>\n</table>\n"
        "<table>\n<tbody>\n<tr><td>a</td><td>b</td></tr>\n</tbody>\n</table>\n"
        '<figure><img src="photos/square.jpg" alt="A crowd">'
        "<figcaption>The square</figcaption></figure>\n"
        "<figure><figcaption>Caption kept</figcaption></figure>\n"
        '<section class="footnotes">\n<ol>\n'
        '<li id="fn-1" value="1" data-ref="1">Police estimate.</li>\n'
        '<li id="fn-a" data-ref="a" class="endnote">An endnote.</li>\n'
        "</ol>\n</section>\n"
    )


def test_a_story_page_reads_back_whole() -> None:
    story = StoryText(
        headline="Headline & more",
        standfirst="Standfirst",
        byline="By Ana",
        dateline="KYIV, May 2 —",
        body=Body(
            (
                Subhead(plain("Before"), 3),
                para("First ", run("paragraph", I)),
                Table(((plain("h"),), (plain("v"),)), header=True),
                Image("a.png", plain("Caption"), alt="alt"),
                para("Last"),
                Footnote("1", plain("Note")),
                Footnote("*", plain("Endnote"), endnote=True),
            )
        ),
    )
    assert parse_html_story(render_html(story)) == story


def test_story_fields_are_read_by_class_and_only_the_first_counts() -> None:
    html = (
        '<h1 class="headline">Two<br>lines</h1><p class="byline">By A</p><p>Body<br>text</p>'
        '<p class="byline">By B</p><p class="Standfirst x">Stand  <b>first</b></p>'
    )
    assert parse_html_story(html) == StoryText(
        headline="Two lines",
        standfirst="Stand first",
        byline="By A",
        body=Body((para("Body\ntext"),)),
    )


def test_a_dateline_without_a_paragraph_stands_alone() -> None:
    story = StoryText(dateline="KYIV —", body=Body((Subhead(plain("Only a subhead"), 2),)))
    html = render_html(story)
    assert (
        body_part(html) == '<p><span class="dateline">KYIV —</span></p>\n<h2>Only a subhead</h2>\n'
    )
    assert parse_html_story(html) == story


# --- parse_html ----------------------------------------------------------------------------------


def test_safe_href() -> None:
    assert safe_href(" https://a.test/x ") == "https://a.test/x"
    assert safe_href("HTTP://A.TEST") == "HTTP://A.TEST"
    assert safe_href("mailto:desk@example.org") == "mailto:desk@example.org"
    assert safe_href("/relative?a=b:c") == "/relative?a=b:c"
    assert safe_href("#note") == "#note"
    assert safe_href("//cdn.test/a") == "//cdn.test/a"
    for bad in (
        "javascript:x",
        "\x01javascript:x",
        "java\nscript:x",
        "file:///etc/passwd",
        "data:,x",
    ):
        assert safe_href(bad) is None
    assert safe_href("") is None
    assert safe_href(None) is None


def test_parse_links_keep_only_safe_schemes() -> None:
    html = (
        '<p><a href="javascript:alert(1)">one</a> <a href=" JaVaScRiPt:x">two</a> '
        '<a href="java&#x09;script:x">three</a> <a href="data:text/html,x">four</a> '
        '<a href="https://ok.test/?a=1&amp;b=2">ok</a> <a href="mailto:a@b.test">mail</a> '
        '<a href="/rel">rel</a> <a name="anchor">anchor</a></p>'
    )
    assert parse_html(html) == Body(
        (
            para(
                "one two three four ",
                run("ok", link="https://ok.test/?a=1&b=2"),
                " ",
                run("mail", link="mailto:a@b.test"),
                " ",
                run("rel", link="/rel"),
                " anchor",
            ),
        )
    )


def test_parse_collapses_whitespace_like_a_browser() -> None:
    html = (
        "<p>\n  Hello \n\t <b> big </b>  world&nbsp;&nbsp;!  </p>\n\n<p> </p><p>&nbsp;x&nbsp;</p>"
    )
    assert parse_html(html) == Body((para("Hello ", run("big ", B), "world\xa0\xa0!"), para("x")))


def test_parse_drops_script_style_head_and_comments() -> None:
    html = (
        "<html><head><title>Page title</title><style>p { color: red }</style>"
        "<script>alert(1)</script></head><body><!-- a comment -->"
        "<p>Kept<script>x()</script> text</p><noscript>Enable JavaScript</noscript></body></html>"
    )
    assert parse_html(html) == Body((para("Kept text"),))


def test_loose_text_in_body_and_divs_becomes_paragraphs() -> None:
    html = "<body>Loose text<div>In a div<div>nested</div>after</div>tail</body>"
    assert parse_html(html) == Body(
        (para("Loose text"), para("In a div"), para("nested"), para("after"), para("tail"))
    )


def test_parse_headings_quotes_and_line_breaks() -> None:
    html = (
        "<h1>A</h1><h2>B</h2><h3>C</h3><h4>D</h4><h5>E</h5><h6>F</h6>"
        "<blockquote><p>One</p><p>Two</p></blockquote><blockquote>Bare</blockquote>"
        "<p>one<br>two<br/><br>three</p>"
    )
    assert parse_html(html) == Body(
        (
            *(Subhead(plain(t), lv) for t, lv in zip("ABCDEF", (2, 2, 3, 4, 4, 4), strict=True)),
            Quote(plain("One")),
            Quote(plain("Two")),
            Quote(plain("Bare")),
            para("one\ntwo"),
            para("three"),
        )
    )


def test_parse_marks_and_merges_identical_neighbours() -> None:
    html = (
        "<p><b>bo</b><strong>ld</strong> <i>it</i><em>al</em> <u>u</u> <s>s</s><strike>t</strike>"
        "<del>d</del> x<sup>2</sup> y<sub>3</sub> <b><i>both</i></b></p>"
    )
    assert parse_html(html) == Body(
        (
            para(
                run("bold", B),
                " ",
                run("ital", I),
                " ",
                run("u", U),
                " ",
                run("std", S),
                " x",
                run("2", SUP),
                " y",
                run("3", SUB),
                " ",
                run("both", B, I),
            ),
        )
    )


def test_parse_nested_lists() -> None:
    html = (
        "<ul><li>one<ul><li>deeper<ol><li>numbered</li></ol></li></ul></li>"
        "<li><p>two</p></li></ul><ol><li>first<li>second</ol><li>stray item</li>"
    )
    assert parse_html(html) == Body(
        (
            item("one"),
            item("deeper", level=1),
            item("numbered", ordered=True, level=2),
            item("two"),
            item("first", ordered=True),
            item("second", ordered=True),
            item("stray item"),
        )
    )


def test_parse_tables() -> None:
    html = (
        "<table><thead><tr><th>City<th>People<tbody><tr><td>Moscow<td><b>2,000</b></table>"
        "<table><tr><th>Name</th></tr><tr><td><p>a</p><p>b</p></td></tr></table>"
        "<table><tr><td>x</td><td><table><tr><td>in</td><td>ner</td></tr></table></td></tr></table>"
    )
    assert parse_html(html) == Body(
        (
            Table(
                ((plain("City"), plain("People")), (plain("Moscow"), (run("2,000", B),))),
                header=True,
            ),
            Table(((plain("Name"),), (plain("a\nb"),)), header=True),
            Table(((plain("x"), plain("in\nner")),)),
        )
    )


def test_parse_google_docs_paste() -> None:
    span = "font-size:11pt;font-family:Arial,sans-serif;color:#000000;white-space:pre-wrap;"
    plain_style = (
        span + "font-weight:400;font-style:normal;text-decoration:none;vertical-align:baseline;"
    )
    html = (
        '<meta charset="utf-8"><b style="font-weight:normal;" id="docs-internal-guid-1a2b-7fff">'
        f'<p dir="ltr" style="line-height:1.38;"><span style="{plain_style}">Plain, </span>'
        f'<span style="{span}font-weight:700;">bold</span><span style="{plain_style}">, </span>'
        f'<span style="{span}font-style:italic;">italic</span><span style="{plain_style}">, </span>'
        f'<span style="{span}text-decoration:underline;">under</span>'
        f'<span style="{plain_style}"> and </span>'
        f'<span style="{span}text-decoration:line-through;">struck</span>'
        f'<span style="{plain_style}"> m</span>'
        f'<span style="{span}vertical-align:super;">2</span><span style="{plain_style}"> </span>'
        '<a href="https://example.org" style="text-decoration:none;">'
        f'<span style="{span}color:#1155cc;text-decoration:underline;">a link</span></a></p><br>'
        '<ul style="margin-top:0;"><li dir="ltr" aria-level="1"><p dir="ltr" role="presentation">'
        f'<span style="{plain_style}">One</span></p></li>'
        '<ul><li aria-level="2"><p role="presentation"><span>Deeper</span></p></li></ul></ul></b>'
    )
    assert parse_html(html) == Body(
        (
            para(
                "Plain, ",
                run("bold", B),
                ", ",
                run("italic", I),
                ", ",
                run("under", U),
                " and ",
                run("struck", S),
                " m",
                run("2", SUP),
                " ",
                run("a link", link="https://example.org"),
            ),
            item("One"),
            item("Deeper", level=1),
        )
    )


def test_parse_word_html() -> None:
    ignore = (
        "<span style='mso-list:Ignore'>{}"
        "<span style='font:7.0pt \"Times New Roman\"'>&nbsp;&nbsp; </span></span>"
    )
    html = (
        '<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta charset="utf-8">'
        "<style><!-- p.MsoNormal {margin:0cm;} --></style>"
        "<!--[if gte mso 9]><xml><o:DocumentProperties></o:DocumentProperties></xml><![endif]-->"
        "</head>\n<body lang=EN-GB style='tab-interval:36.0pt'>\n<div class=WordSection1>\n"
        "<p class=MsoNormal>Ordinary <b style='mso-bidi-font-weight:normal'>bold</b> and\n"
        "<i style='mso-bidi-font-style:normal'>italic</i> text<o:p></o:p></p>\n"
        "<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n"
        "<p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'>"
        "<![if !supportLists]><span style='font-family:Symbol'>" + ignore.format("·") + "</span>"
        "<![endif]>Bullet one<o:p></o:p></p>\n"
        "<p class=MsoListParagraphCxSpMiddle style='margin-left:72.0pt;mso-list:l0 level2 lfo1'>"
        "<![if !supportLists]><span style='font-family:\"Courier New\"'>"
        + ignore.format("o")
        + "</span>"
        "<![endif]>Nested bullet<o:p></o:p></p>\n"
        "<p class=MsoListParagraphCxSpLast style='text-indent:-18.0pt;mso-list:l1 level1 lfo2'>"
        "<![if !supportLists]>" + ignore.format("1.") + "<![endif]>Numbered<o:p></o:p></p>\n"
        "<p class=MsoNormal>H<sub>2</sub>O, E=mc<sup>2</sup>, "
        "<span style='text-decoration:line-through'>struck</span>, <u>under</u></p>\n"
        "</div></body></html>"
    )
    assert parse_html(html) == Body(
        (
            para("Ordinary ", run("bold", B), " and ", run("italic", I), " text"),
            item("Bullet one"),
            item("Nested bullet", level=1),
            item("Numbered", ordered=True),
            para(
                "H",
                run("2", SUB),
                "O, E=mc",
                run("2", SUP),
                ", ",
                run("struck", S),
                ", ",
                run("under", U),
            ),
        )
    )


def test_parse_malformed_html() -> None:
    html = (
        "</p></div>Stray end tags<p>One<p>Two <b>bold<p>Three</span></b> four"
        "<ul><li>a<li>b</ul><table><tr><td>c<td>d<tr><td>e</table>"
        "<p>a < b & c > d &bogus; <a href='https://x.test'>never closed"
    )
    assert parse_html(html) == Body(
        (
            para("Stray end tags"),
            para("One"),
            para("Two ", run("bold", B)),
            para("Three four"),
            item("a"),
            item("b"),
            Table(((plain("c"), plain("d")), (plain("e"),))),
            para("a < b & c > d &bogus; ", run("never closed", link="https://x.test")),
        )
    )


def test_deeply_nested_input_is_read_in_linear_time() -> None:
    # 20,000 unclosed <div>s and <b>s: a quadratic reader would take minutes here.
    body = parse_html("<div><b>x" * 20_000)
    assert len(body.blocks) == 20_000
    assert body.blocks[0] == para(run("x", B))


def test_odd_style_values_are_ignored() -> None:
    html = (
        "<p><b style='font-weight:²'>a</b><span style='font-style:;;:x;vertical-align'>b</span></p>"
    )
    assert parse_html(html) == Body((para(run("a", B), "b"),))


def test_unclosed_head_does_not_swallow_the_page() -> None:
    assert parse_html("<head><meta charset=utf-8><p>Text") == Body((para("Text"),))


def test_wire_copy_in_pre_reads_like_plain_text() -> None:
    html = "<pre>\nFIRST paragraph wrapped\nat seventy columns.\n\n   Second   one.\n</pre>"
    assert parse_html(html) == Body(
        (para("FIRST paragraph wrapped at seventy columns."), para("Second one."))
    )


def test_parse_strips_control_and_bidi_characters() -> None:
    assert parse_html("<p>a\x00b\u202ec\x1bd&#x202E;e</p>") == Body((para("abcde"),))


def test_parse_images_and_figures() -> None:
    html = (
        '<p>Before <img src="https://img.test/a.jpg" alt="A"> after</p>'
        '<figure><img src="b.png" alt="B"><figcaption>Cap <i>tion</i></figcaption></figure>'
        '<img src="javascript:alert(1)"><img src="data:image/png;base64,AAAA">'
    )
    assert parse_html(html) == Body(
        (
            para("Before"),
            Image("https://img.test/a.jpg", alt="A"),
            para("after"),
            Image("b.png", (run("Cap "), run("tion", I)), alt="B"),
        )
    )


def test_parse_pandoc_footnotes() -> None:
    html = (
        '<p>Text<a href="#fn1" class="footnote-ref" id="fnref1"><sup>1</sup></a></p>'
        '<section class="footnotes footnotes-end-of-document" role="doc-endnotes"><hr><ol>'
        '<li id="fn1"><p>The note.<a href="#fnref1" class="footnote-back">↩︎</a></p></li>'
        "</ol></section>"
    )
    assert parse_html(html) == Body(
        (para("Text", run("1", SUP, link="#fn1")), Footnote("1", plain("The note.")))
    )


# --- properties ----------------------------------------------------------------------------------

_STRIPPED = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufeff"
_chars = st.one_of(
    st.characters(
        blacklist_categories=("Cc", "Cs", "Zs", "Zl", "Zp"), blacklist_characters=_STRIPPED
    ),
    st.sampled_from("<>&\"';/#=-"),
)
words = st.text(_chars, min_size=1, max_size=6)
marks = st.frozensets(st.sampled_from(list(Mark)), max_size=3)
links = st.sampled_from(
    [
        None,
        None,
        None,
        "https://example.org/a?b=1&c=2",
        "mailto:desk@example.org",
        "#fn-1",
        "/a/b",
        'https://x.test/"q"',
    ]
)


@st.composite
def runs(draw: st.DrawFn) -> tuple[Run, ...]:
    """Runs whose joined text has no leading, trailing or doubled whitespace."""
    parts = draw(st.lists(words, min_size=1, max_size=6))
    seps = draw(st.lists(st.sampled_from(" \n "), min_size=len(parts) - 1, max_size=len(parts) - 1))
    text = parts[0] + "".join(sep + part for sep, part in zip(seps, parts[1:], strict=True))
    cuts = sorted(draw(st.sets(st.integers(1, max(len(text) - 1, 1)), max_size=4)) - {len(text)})
    out: list[Run] = []
    for start, end in zip([0, *cuts], [*cuts, len(text)], strict=True):
        piece = Run(text[start:end], draw(marks), draw(links))
        if out and (out[-1].marks, out[-1].link) == (piece.marks, piece.link):
            out[-1] = Run(out[-1].text + piece.text, piece.marks, piece.link)
        else:
            out.append(piece)
    return tuple(out)


marked_blocks = st.one_of(
    st.builds(Paragraph, runs()),
    st.builds(Subhead, runs(), st.integers(2, 4)),
    st.builds(Quote, runs()),
    st.builds(ListItem, runs(), st.booleans(), st.integers(0, 3)),
)
bodies = st.lists(marked_blocks, max_size=10).map(lambda blocks: Body(tuple(blocks)))
field_texts = st.one_of(st.just(""), st.lists(words, min_size=1, max_size=4).map(" ".join))


@given(bodies)
def test_html_body_round_trips(body: Body) -> None:
    assert (
        parse_html(render_html(StoryText(headline="Headline", byline="By me", body=body))) == body
    )


@given(bodies, field_texts, field_texts, field_texts, field_texts)
def test_html_story_round_trips(
    body: Body, headline: str, standfirst: str, byline: str, dateline: str
) -> None:
    story = StoryText(headline, standfirst, byline, dateline, body)
    assert parse_html_story(render_html(story)) == story


class _NestingCheck(HTMLParser):
    """Fails on any end tag that does not close the innermost open element, or a misplaced <li>."""

    VOID = frozenset({"meta", "br", "img"})

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[str] = []

    def handle_starttag(self, tag: str, attrs: object) -> None:
        parent = self.stack[-1] if self.stack else ""
        assert (tag == "li") == (parent in ("ul", "ol")), f"<{tag}> inside <{parent}>"
        if tag not in self.VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        assert self.stack and self.stack.pop() == tag, f"stray </{tag}>"

    def handle_data(self, data: str) -> None:
        if self.stack and self.stack[-1] in ("ul", "ol"):
            assert not data.strip(), f"text {data!r} directly in a list"


any_blocks = st.one_of(
    marked_blocks,
    st.builds(
        Table,
        st.lists(st.lists(runs(), min_size=1, max_size=3).map(tuple), max_size=3).map(tuple),
        st.booleans(),
    ),
    st.builds(Image, st.sampled_from(["a.png", "javascript:x"]), runs(), words),
    st.builds(Footnote, st.sampled_from(["1", "2", "*", "a b", "²"]), runs(), st.booleans()),
)


@given(st.lists(any_blocks, max_size=10), field_texts)
def test_rendered_pages_are_properly_nested(blocks: list, dateline: str) -> None:
    checker = _NestingCheck()
    checker.feed(render_html(StoryText(headline="H", dateline=dateline, body=Body(tuple(blocks)))))
    checker.close()
    assert checker.stack == []


_fragments = st.sampled_from(
    [
        *"<p> </p> <b> </b> <i> <ul> <ol> <li> </li> </ul> <table> <tr> <td> </td>".split(),
        *"</table> <th> <thead> <br> </br> <blockquote> <h2> </h3> </a> <script>".split(),
        *"</script> <!-- -->".split(),
        *"<figure> <img src=a.png> <figcaption> <section class=footnotes>".split(),
        *"<span class=byline> <pre> <head> <body> < > & &amp; &#0; text <div> </div>".split(),
        *"<?xml ?> <![CDATA[x]]>".split(),
        "<a href='javascript:x'>",
        "<a href='https://x.test'>",
        "<![if !supportLists]>",
        "<span style='font-weight:bold;vertical-align:super'>",
        "<b style='font-weight:²;font-style:;text-decoration:none'>",
        "<p class='MsoNormal' style='mso-list:l0 level3'>",
        "<span style='mso-list:Ignore'>",
        "<!DOCTYPE html>",
        "\n\n",
        " ",
    ]
)


@settings(max_examples=300)
@given(st.lists(st.one_of(_fragments, st.text(max_size=5)), max_size=40).map("".join))
def test_parse_html_never_fails_on_malformed_input(html: str) -> None:
    body = parse_html(html)
    story = parse_html_story(html)
    assert story.body == body
    for block in body.blocks:
        assert block.text.strip() or isinstance(block, Image | Table)
