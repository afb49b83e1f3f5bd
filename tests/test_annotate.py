from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import pandas as pd

from analysis import config
from analysis.annotate import ALLOWED_TAGS, annotate_article, table_html
from analysis.charts import speaker_colours
from analysis.models import (
    NARRATOR,
    Article,
    ArticleAnalysis,
    Attribution,
    FrameHit,
    Paragraph,
    ScoredVoice,
    Segmented,
    Sentence,
    Tone,
    Voice,
)


# ---------------------------------------------------------------------------------------------
# Reading the HTML back.


class _Reader(HTMLParser):
    """Checks tags balance and collects tags, attributes and the text of the ``fa-text`` element."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.tags: set[str] = set()
        self.attrs: list[tuple[str, str, str | None]] = []
        self.text_depth: int | None = None
        self.text_parts: list[str] = []
        self.all_text: list[str] = []
        self.errors: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.add(tag)
        self.attrs.extend((tag, k, v) for k, v in attrs)
        self.stack.append(tag)
        if tag == "div" and ("class", "fa-text") in attrs and self.text_depth is None:
            self.text_depth = len(self.stack)

    def handle_startendtag(self, tag, attrs):
        self.errors.append(f"self-closing <{tag}/>")

    def handle_endtag(self, tag):
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"</{tag}> closes {self.stack[-1] if self.stack else 'nothing'}")
            return
        if self.text_depth == len(self.stack):
            self.text_depth = -1  # done: only one fa-text element is read
        self.stack.pop()

    def handle_data(self, data):
        self.all_text.append(data)
        if self.text_depth is not None and self.text_depth > 0 and len(self.stack) >= self.text_depth:
            self.text_parts.append(data)


def read(markup: str) -> _Reader:
    reader = _Reader()
    reader.feed(markup)
    reader.close()
    return reader


def assert_safe_and_balanced(markup: str) -> _Reader:
    reader = read(markup)
    assert not reader.errors, reader.errors
    assert not reader.stack, f"unclosed tags: {reader.stack}"
    assert reader.tags <= ALLOWED_TAGS, reader.tags - ALLOWED_TAGS
    for tag, name, _ in reader.attrs:
        assert not name.startswith("on"), f"event handler attribute {name} on <{tag}>"
        assert name in {"class", "title", "style"} or name.startswith("data-"), name
    assert "<script" not in markup.lower()
    assert not re.search(r"<img\b", markup, re.IGNORECASE)
    return reader


# ---------------------------------------------------------------------------------------------
# Building analyses by hand.


def _span(text: str, sub: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(sub, start + 1)
    return start, start + len(sub)


def _paragraphs(text: str, boilerplate: tuple[str, ...] = ()) -> tuple[Paragraph, ...]:
    out = []
    for i, m in enumerate(re.finditer(r"[^\n]+(?:\n[^\n]+)*", text)):
        out.append(Paragraph(i, m.start(), m.end(), boilerplate=m.group().strip() in boilerplate))
    return tuple(out)


def _segmented(article: Article, *, title: bool, boilerplate: tuple[str, ...] = ()) -> Segmented:
    paragraphs = _paragraphs(article.text, boilerplate)
    sentences = tuple(
        Sentence(p.index, p.start, p.end, p.index, article.text[p.start : p.end],
                 boilerplate=p.boilerplate, is_title=title and p.index == 0)
        for p in paragraphs
    )
    return Segmented(article, paragraphs, sentences)


def _attribution(text, statement, speaker, speaker_type, *, mention, cue, contents, kind="direct",
                 nth=0) -> Attribution:
    m = _span(text, mention, nth) if mention else (None, None)
    c = _span(text, cue, nth) if cue else (None, None)
    spans = tuple(_span(text, s) for s in contents)
    return Attribution(
        article_id="a", statement=statement, speaker=speaker, speaker_type=speaker_type, role=None,
        mention=mention, mention_start=m[0], mention_end=m[1], cue=cue, cue_start=c[0], cue_end=c[1],
        content_spans=spans, content=" … ".join(contents), kind=kind,
    )


def _hit(text, frame, word, speaker="Narrator", speaker_type="narrator", nth=0) -> FrameHit:
    s, e = _span(text, word, nth)
    return FrameHit("a", frame, word.lower(), s, e, word, speaker, speaker_type, "", "")


def _voice(attribution: Attribution, unit: int) -> ScoredVoice:
    v = Voice("a", unit, attribution.speaker, attribution.speaker_type, attribution.content_spans,
              attribution.content, 0, attribution.statement)
    return ScoredVoice(v, Tone(0.1, 0.1, 0.9, 0.0, 5))


@pytest.fixture(scope="module")
def seed_analysis() -> ArticleAnalysis:
    text = config.SAMPLE_ARTICLE.read_text(encoding="utf-8")
    article = Article(id="palmyra", text=text,
                      title="Syrian government forces recapture Palmyra from ISIS, activists say")
    seg = _segmented(article, title=True, boilerplate=(
        "The Associated Press contributed to this report.", "Click for more from Sky News."))
    lead = "Syrian forces backed by Russian airstrikes drove ISIS militants from Palmyra on Sunday"
    attributions = (
        _attribution(text, 0, "Syrian state media", "state_media", mention="state media", cue="said",
                     contents=[lead], kind="indirect", nth=0),
        _attribution(text, 0, "Syrian Observatory for Human Rights", "monitor",
                     mention="an opposition monitoring group", cue="said", contents=[lead],
                     kind="indirect"),
        _attribution(text, 1, "Bashar Assad", "government", mention="Syrian president Bashar Assad",
                     cue="described", contents=['"significant achievement."']),
        _attribution(text, 2, "Rami Abdel Rahman", "monitor",
                     mention="Observatory director Rami Abdel Rahman", cue="told",
                     contents=["That's the heaviest losses that ISIS has sustained in a single battle "
                               "since its creation,",
                               "It is a symbolic defeat for ISIS comparable with that in Kobani."]),
        _attribution(text, 3, "TV announcer", "state_media", mention="a TV announcer", cue="said",
                     contents=["It's 10 in the morning Palmyra time. Our morning is victorious,"]),
    )
    hits = (
        _hit(text, "military_victory", "recapture"),
        _hit(text, "terror", "reign of terror"),
        _hit(text, "military_victory", "victorious", "TV announcer", "state_media"),
        _hit(text, "atrocity", "atrocities"),
        _hit(text, "terror", "terrorism", "Bashar Assad", "government"),
    )
    voices = tuple(_voice(a, i) for i, a in enumerate(attributions))
    return ArticleAnalysis(seg, attributions, voices, hits, warnings=("one <b>warning</b>",))


HOSTILE = (
    'Rebels <script>alert("title")</script> say town fell\n\n'
    '<script>alert("body")</script> Government forces retook the town, state media said.\n\n'
    '"We will rebuild <img src=x onerror=alert(1)> everything," said Mayor <b>Smith</b>.\n\n'
    "Click for more & <style>body{display:none}</style>.\n"
)


@pytest.fixture(scope="module")
def hostile_analysis() -> ArticleAnalysis:
    text = HOSTILE
    article = Article(id='x" onload="alert(1)', text=text,
                      title='Rebels <script>alert("title")</script> say town fell')
    seg = _segmented(article, title=True,
                     boilerplate=("Click for more & <style>body{display:none}</style>.",))
    attributions = (
        _attribution(text, 0, '<script>alert("name")</script>', "state_media", mention="state media",
                     cue="said", contents=["Government forces retook the town"]),
        _attribution(text, 1, '<img src=x onerror=alert(1)> "Smith"', "government",
                     mention="Mayor <b>Smith</b>", cue="said",
                     contents=["We will rebuild <img src=x onerror=alert(1)> everything,"]),
    )
    hits = (_hit(text, '<script>frame</script>" onmouseover="x', "rebuild",
                 attributions[1].speaker, "government"),)
    return ArticleAnalysis(seg, attributions, tuple(_voice(a, i) for i, a in enumerate(attributions)),
                           hits)


# ---------------------------------------------------------------------------------------------
# Tests.


def test_annotated_article_keeps_every_character_of_the_text(seed_analysis):
    reader = assert_safe_and_balanced(annotate_article(seed_analysis))
    assert "".join(reader.text_parts) == seed_analysis.article.text


def test_annotated_article_title_line_is_a_heading(seed_analysis):
    markup = annotate_article(seed_analysis)
    assert re.search(r'<h2 class="fa-title[^"]*">Syrian government forces <mark', markup)


def test_title_not_in_text_is_shown_above_the_text():
    article = Article(id="t", text="Body only.", title="A <script>x</script> title")
    analysis = ArticleAnalysis(_segmented(article, title=False), (), (), ())
    markup = annotate_article(analysis)
    reader = assert_safe_and_balanced(markup)
    assert "".join(reader.text_parts) == "Body only."
    assert "A &lt;script&gt;x&lt;/script&gt; title" in markup


def test_statements_are_tinted_by_speaker_with_tooltip_naming_speaker_and_type(seed_analysis):
    markup = annotate_article(seed_analysis)
    assert re.search(r'<span class="fa-quote fa-bg\d+ fa-start" title="Rami Abdel Rahman \(monitor\): '
                     r'direct statement" data-speaker="Rami Abdel Rahman"', markup)
    # The broken quotation is two spans, only the first labelled.
    assert len(re.findall(r'data-speaker="Rami Abdel Rahman"', markup)) == 2
    assert markup.count('data-speaker="Rami Abdel Rahman"') == 2


def test_joint_statement_is_one_span_naming_both_speakers(seed_analysis):
    markup = annotate_article(seed_analysis)
    assert ('data-speaker="Syrian state media &amp; Syrian Observatory for Human Rights"'
            in markup)
    assert "(joint)" in markup


def test_mentions_and_cues_are_marked(seed_analysis):
    markup = annotate_article(seed_analysis)
    assert re.search(r'<span class="fa-mention fa-ul\d+ fa-start" title="names the speaker: '
                     r'Bashar Assad \(government\)">Syrian president Bashar Assad</span>', markup)
    assert '<span class="fa-cue fa-start" title="cue of Rami Abdel Rahman&#x27;s direct statement">told</span>' in markup


def test_frame_hits_are_marks_carrying_the_frame(seed_analysis):
    markup = annotate_article(seed_analysis)
    assert re.search(r'<mark class="fa-frame fa-start" title="frame: terror[^"]*" '
                     r'data-frame="terror">reign of terror</mark>', markup)
    # A hit inside a statement nests inside its tinted span.
    assert re.search(r'<span class="fa-quote[^>]*>[^<]*Our morning is <mark[^>]*>victorious</mark>',
                     markup)


def test_boilerplate_is_greyed_and_labelled(seed_analysis):
    markup = annotate_article(seed_analysis)
    boiler = re.findall(r'<p class="fa-para fa-boilerplate[^"]*" title="([^"]*)" data-label="boilerplate">'
                        r"([^<]*)</p>", markup)
    assert [text for _, text in boiler] == [
        "The Associated Press contributed to this report.", "Click for more from Sky News."]
    assert all(title.startswith("boilerplate") for title, _ in boiler)


def test_legend_lists_speakers_with_type_and_the_marks(seed_analysis):
    markup = annotate_article(seed_analysis)
    legend = markup[markup.index('<div class="fa-legend">'):]
    for name, kind in [("Bashar Assad", "government"), ("Rami Abdel Rahman", "monitor"),
                       ("TV announcer", "state media")]:
        assert re.search(rf'fa-sw\d+"></span>{name} <span class="fa-type">{kind}</span>', legend)
    for mark in ("fa-mention", "fa-cue", "fa-frame", "fa-boilerplate"):
        assert mark in legend
    assert "Frames found: atrocity, military_victory, terror." in legend
    assert "one &lt;b&gt;warning&lt;/b&gt;" in legend


def test_css_is_scoped_under_the_container(seed_analysis):
    markup = annotate_article(seed_analysis)
    css = re.search(r"<style>(.*?)</style>", markup, re.S).group(1)
    for rule in css.split("\n"):
        selectors = rule.split("{")[0]
        assert all(sel.strip().startswith(".fa-article") for sel in selectors.split(",")), rule


def test_given_colours_are_used_and_narrator_stays_uncoloured(seed_analysis):
    colours = {"Bashar Assad": "#123456", NARRATOR: "#ff0000"}
    markup = annotate_article(seed_analysis, colours=colours)
    assert "border:2px solid #123456" in markup
    assert "#ff0000" not in markup


def test_default_colours_match_the_charts(seed_analysis):
    names = {a.speaker for a in seed_analysis.attributions}
    markup = annotate_article(seed_analysis)
    for name, colour in speaker_colours(sorted(names)).items():
        assert colour.lower() in markup


@pytest.mark.parametrize("colour", ["red;}body{display:none", "</style><script>x</script>", "url(x)"])
def test_colours_that_are_not_colours_fall_back(seed_analysis, colour):
    markup = annotate_article(seed_analysis, colours={"Bashar Assad": colour})
    assert_safe_and_balanced(markup)
    assert "display:none" not in markup and "url(" not in markup


def test_hostile_text_title_and_names_are_shown_as_text(hostile_analysis):
    markup = annotate_article(hostile_analysis)
    reader = assert_safe_and_balanced(markup)
    assert "".join(reader.text_parts) == HOSTILE
    assert "onerror=" not in {name for _, name, _ in reader.attrs}
    assert "&lt;img src=x onerror=alert(1)&gt;" in markup
    assert '&lt;script&gt;alert(&quot;name&quot;)&lt;/script&gt;' in markup
    # The style tag in the article body is text, so the only <style> element is ours.
    assert markup.count("<style>") == 1
    assert 'data-article="x&quot; onload=&quot;alert(1)"' in markup
    assert 'data-frame="&lt;script&gt;frame&lt;/script&gt;&quot; onmouseover=&quot;x"' in markup


def test_crossing_spans_are_split_to_nest():
    text = "aaaa bbbb cccc dddd"
    article = Article(id="x", text=text)
    seg = Segmented(article, (Paragraph(0, 0, len(text)),), ())
    attribution = Attribution("x", 0, "S", "expert", None, "dddd", 15, 19, None, None, None,
                              ((0, 9),), text[0:9], "indirect")
    hit = FrameHit("x", "f", "p", 5, 14, text[5:14], "S", "expert", "", "")
    markup = annotate_article(ArticleAnalysis(seg, (attribution,), (), (hit,)))
    reader = assert_safe_and_balanced(markup)
    assert "".join(reader.text_parts) == text
    body = markup[markup.index('<div class="fa-text">'):markup.index('<div class="fa-legend">')]
    assert body.count('class="fa-frame') == 2, "the hit is split at the end of the statement"


def test_no_paragraphs_and_out_of_range_spans_do_not_crash():
    text = "One line.\n\nTwo."
    article = Article(id="x", text=text)
    seg = Segmented(article, (), ())
    bad = Attribution("x", 0, "S", "expert", None, "S", 5, 99, "said", -3, 2, ((8, 4), (0, 3)), "",
                      "direct")
    markup = annotate_article(ArticleAnalysis(seg, (bad,), (), ()))
    reader = assert_safe_and_balanced(markup)
    assert "".join(reader.text_parts) == text


@st.composite
def _analyses(draw):
    text = draw(st.text(alphabet=st.sampled_from(list("ab <>&\"'\n$é")), min_size=1, max_size=60))
    n = len(text)
    span = st.tuples(st.integers(0, n), st.integers(0, n)).map(sorted).map(tuple)
    speakers = st.sampled_from(["A", "<b>B</b>", NARRATOR, "A & \"C\""])
    attributions = []
    for i in range(draw(st.integers(0, 4))):
        spans = tuple(draw(st.lists(span, min_size=1, max_size=2)))
        m, c = draw(span), draw(span)
        attributions.append(Attribution("x", i, draw(speakers), "expert", None, "m", m[0], m[1], "c",
                                        c[0], c[1], spans, "", "direct"))
    hits = [FrameHit("x", draw(st.sampled_from(["f", "<g>"])), "p", *draw(span), "", "A", "e", "", "")
            for _ in range(draw(st.integers(0, 3)))]
    cuts = sorted(set(draw(st.lists(st.integers(0, n), max_size=4))) | {0, n})
    paragraphs = tuple(Paragraph(i, a, b, boilerplate=draw(st.booleans()))
                       for i, (a, b) in enumerate(zip(cuts, cuts[1:])) if a < b)
    article = Article(id="x", text=text, title=draw(st.none() | st.just("<i>T</i>")))
    return ArticleAnalysis(Segmented(article, paragraphs, ()), tuple(attributions), (), tuple(hits))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_analyses())
def test_any_spans_give_balanced_safe_html_with_the_text_intact(analysis):
    reader = assert_safe_and_balanced(annotate_article(analysis))
    assert "".join(reader.text_parts) == analysis.article.text


# ---------------------------------------------------------------------------------------------
# Tables.


def test_table_html_escapes_cells_and_headers_and_formats_numbers():
    df = pd.DataFrame({
        "speaker": ["<script>alert(1)</script>", "<img src=x onerror=alert(1)>"],
        "mean_compound": [-0.30512, 0.0],
        "share_words": [0.4261, 0.5739],
        "words": [1234, 5],
        "<b>col</b>": ["x", None],
    })
    markup = table_html(df)
    reader = read(markup)
    assert not reader.errors and not reader.stack
    assert reader.tags <= {"table", "thead", "tbody", "tr", "th", "td"}
    assert "<script" not in markup and "<img" not in markup and "<b>" not in markup
    assert 'class="dataframe fa-table"' in markup
    for shown in ("-0.31", "0.00", "43%", "57%", "1,234"):
        assert f"<td>{shown}</td>" in markup


def test_table_html_limits_rows():
    df = pd.DataFrame({"words": range(50)})
    assert table_html(df, max_rows=6).count("<tr>") < 10
