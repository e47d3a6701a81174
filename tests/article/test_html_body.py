"""The article body of an HTML page: the right container, no furniture, paragraphs kept."""

from __future__ import annotations

from quizgen.article.html_body import html_body


def test_largest_article_element_is_the_body() -> None:
    page = """<html><body>
    <article><p>Teaser: see our other story.</p></article>
    <article><h1>Lake Freezes Early</h1>
      <p>Lake Mjosa froze on 3 December, two weeks earlier than usual.</p>
      <p>Skaters were warned to keep off the ice until it is 10 cm thick.</p></article>
    </body></html>"""
    body = html_body(page)
    assert body.title == "Lake Freezes Early"
    assert body.text == (
        "Lake Freezes Early\n\n"
        "Lake Mjosa froze on 3 December, two weeks earlier than usual.\n\n"
        "Skaters were warned to keep off the ice until it is 10 cm thick."
    )


def test_main_element_is_used_when_there_is_no_article() -> None:
    page = """<body><div class="menu">Sections</div>
    <main><p>Wind farms produced 12% of the country's power in 2023.</p></main>
    <div>Unrelated sidebar text that goes on and on.</div></body>"""
    assert html_body(page).text == "Wind farms produced 12% of the country's power in 2023."


def test_whole_body_is_used_when_there_is_no_container() -> None:
    page = "<body><p>First paragraph.</p><p>Second   paragraph\n spread over lines.</p></body>"
    assert html_body(page).text == "First paragraph.\n\nSecond paragraph spread over lines."


def test_furniture_is_dropped() -> None:
    page = """<body><header>Site header</header><nav>Menu</nav>
    <p>Real sentence one.</p>
    <aside>Related stories</aside><form><input name=q><button>Search</button></form>
    <figure><img src=x.jpg><figcaption>A caption</figcaption></figure>
    <div class="social-share">Share on X</div><div hidden>Hidden text</div>
    <p aria-hidden="true">Screen-reader trap</p>
    <noscript>Enable JavaScript</noscript><template><p>Template</p></template>
    <p>Real sentence two.</p><footer>Site footer</footer></body>"""
    assert html_body(page).text == "Real sentence one.\n\nReal sentence two."


def test_line_breaks_and_list_items_keep_their_own_lines() -> None:
    page = "<p>Line one<br>Line two</p><ul><li>Item A</li><li>Item B</li></ul>"
    assert html_body(page).text == "Line one\nLine two\n\nItem A\n\nItem B"


def test_entities_are_unescaped_and_inline_tags_do_not_split_words() -> None:
    page = (
        "<p>Caf&eacute; &amp; bar &lt;open&gt; at <b>9</b>&#x3a;30 in S<i>o</i>chi"
        " &#8212; daily.</p>"
    )
    assert html_body(page).text == "Café & bar <open> at 9:30 in Sochi — daily."


def test_page_title_is_used_when_there_is_no_h1() -> None:
    page = "<html><head><title>Budget Passed</title></head><body><p>Text.</p></body></html>"
    assert html_body(page).title == "Budget Passed"


def test_broken_markup_does_not_lose_text() -> None:
    page = "<div><p>Unclosed paragraph <b>bold <i>both</div><p>Next one"
    assert html_body(page).text == "Unclosed paragraph bold both\n\nNext one"
