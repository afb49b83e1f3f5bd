"""The article as safe HTML: every statement tinted by its speaker, mentions and cues underlined,
framing words marked, boilerplate greyed, with a legend; and tables as escaped HTML.

The markup is built from offsets into ``Article.text``: every boundary of every span cuts the text
into segments, and tags are opened and closed around the segments so that they always nest (a span
crossing another is closed and reopened). All article-derived text — body, title, speaker names,
frame names, cue words — is escaped with :func:`html.escape`; class names are generated indices and
colours are normalised to hex, so nothing from the article reaches the markup unescaped. The CSS sits
in one ``<style>`` block scoped under :data:`CONTAINER_CLASS`, so the fragment does not rely on a
sanitiser and does not restyle the page around it.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

import pandas as pd
from matplotlib import colors as mcolors

from analysis.charts import NARRATOR_COLOUR, PALETTE, speaker_colours
from analysis.models import NARRATOR, ArticleAnalysis, Attribution, FrameHit, Paragraph
from analysis.narrative import format_table

CONTAINER_CLASS = "fa-article"
TABLE_CLASS = "fa-table"
ALLOWED_TAGS: frozenset[str] = frozenset({"div", "style", "h2", "p", "span", "mark", "ul", "li"})
"""Every tag :func:`annotate_article` emits."""

BOILERPLATE_NOTE = "boilerplate: not part of the story, kept out of every measure"
_TINT = 0.32  # share of the speaker colour in a statement's background; the rest is white

# Nesting order, outermost first: blocks, boilerplate, statements, mentions, cues, framing marks.
_BLOCK, _BOILERPLATE, _CONTENT, _MENTION, _CUE, _FRAME = range(6)


def _esc(text: object) -> str:
    return html.escape(str(text), quote=True)


@dataclass(frozen=True, slots=True)
class _Layer:
    """One tagged stretch ``[start, end)`` of the text."""

    start: int
    end: int
    rank: int
    order: int
    tag: str
    classes: str
    attrs: str = ""
    """Pre-escaped attributes, each with a leading space."""
    group: str = ""
    """Layers of one group (the parts of a broken quotation) share the first-fragment label."""

    def sort_key(self) -> tuple[int, int, int, int]:
        return (self.rank, self.start, -self.end, self.order)

    def open_tag(self, *, first: bool) -> str:
        classes = self.classes + (" fa-start" if first else "")
        return f'<{self.tag} class="{classes}"{self.attrs}>'

    def close_tag(self) -> str:
        return f"</{self.tag}>"


def _attrs(**values: str) -> str:
    return "".join(f' {k.replace("_", "-")}="{_esc(v)}"' for k, v in values.items())


def render_layers(text: str, layers: Iterable[_Layer]) -> str:
    """The text, escaped, with every layer's tag around its stretch, always properly nested.

    At each boundary the open tags are compared with the layers active there (in nesting order);
    tags past the first difference are closed and the active layers reopened, so a layer crossing
    another is split rather than producing crossed tags.
    """
    n = len(text)
    kept = [
        layer
        for layer in layers
        if 0 <= layer.start < layer.end <= n
    ]
    bounds = sorted({0, n} | {x.start for x in kept} | {x.end for x in kept})
    out: list[str] = []
    stack: list[_Layer] = []
    started: set[str] = set()
    for a, b in zip(bounds, bounds[1:]):
        active = sorted((x for x in kept if x.start <= a < x.end), key=_Layer.sort_key)
        common = 0
        while common < min(len(stack), len(active)) and stack[common] is active[common]:
            common += 1
        out.extend(x.close_tag() for x in reversed(stack[common:]))
        del stack[common:]
        for layer in active[common:]:
            key = layer.group or f"{layer.rank}#{layer.order}"
            out.append(layer.open_tag(first=key not in started))
            started.add(key)
            stack.append(layer)
        out.append(_esc(text[a:b]))
    out.extend(x.close_tag() for x in reversed(stack))
    return "".join(out)


# ---------------------------------------------------------------------------------------------
# Colours.


def _hex(colour: object, fallback: str) -> str:
    """A colour as ``#rrggbb``; anything matplotlib cannot read (or CSS injection) falls back."""
    try:
        if mcolors.is_color_like(colour):
            return mcolors.to_hex(colour, keep_alpha=False)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        pass
    return fallback


def _tint(colour: str, share: float = _TINT) -> str:
    r, g, b = mcolors.to_rgb(colour)
    mix = [share * c + (1 - share) for c in (r, g, b)]
    return mcolors.to_hex(mix)


def _speaker_table(
    analysis: ArticleAnalysis, colours: Mapping[str, str] | None
) -> tuple[dict[str, int], dict[str, str], dict[str, str]]:
    """Each speaker's class index, hex colour and type, in legend order (narrator last)."""
    types: dict[str, str] = {}
    for a in analysis.attributions:
        types.setdefault(a.speaker, a.speaker_type)
    for v in analysis.voices:
        types.setdefault(v.voice.speaker, v.voice.speaker_type)
    names = sorted(types, key=lambda s: (s == NARRATOR, s.casefold(), s))
    defaults = speaker_colours(names)
    given = dict(colours) if colours is not None else {}
    hexes = {}
    for name in names:
        default = defaults.get(name, NARRATOR_COLOUR if name == NARRATOR else PALETTE[0])
        hexes[name] = NARRATOR_COLOUR if name == NARRATOR else _hex(given.get(name, default), default)
    return {name: i for i, name in enumerate(names)}, hexes, types


def _css(index: Mapping[str, int], hexes: Mapping[str, str]) -> str:
    c = f".{CONTAINER_CLASS}"
    rules = [
        f"{c}{{font-family:Georgia,'Times New Roman',serif;line-height:1.65;color:#222;max-width:46em}}",
        f"{c} .fa-text p,{c} .fa-text h2{{white-space:pre-wrap;margin:0 0 .9em 0}}",
        f"{c} h2{{font-size:1.35em;line-height:1.3}}",
        f"{c} .fa-quote{{border-radius:2px;padding:0 1px}}",
        f"{c} .fa-quote.fa-start::before{{content:attr(data-speaker);font:600 .62em/1 sans-serif;"
        "color:#333;background:#fff;border:1px solid #999;border-radius:2px;padding:1px 3px;"
        "margin-right:3px;vertical-align:.35em}",
        f"{c} .fa-mention{{border-bottom:2px solid #555}}",
        f"{c} .fa-cue{{border-bottom:2px dotted #555}}",
        f"{c} mark.fa-frame{{background:none;color:inherit;font-weight:600;"
        "text-decoration:underline wavy #D55E00;text-underline-offset:3px}",
        f"{c} mark.fa-frame::after{{content:attr(data-frame);font:500 .6em/1 sans-serif;"
        "color:#B34700;vertical-align:super;margin-left:1px}",
        f"{c} .fa-boilerplate{{color:#8a8a8a}}",
        f"{c} .fa-boilerplate.fa-start::before{{content:'boilerplate';font:.65em/1 sans-serif;"
        "letter-spacing:.05em;text-transform:uppercase;color:#777;border:1px solid #bbb;"
        "border-radius:2px;padding:1px 3px;margin-right:4px;vertical-align:.25em}",
        f"{c} .fa-legend{{font:.85em/1.5 sans-serif;border-top:1px solid #ddd;margin-top:1em;"
        "padding-top:.5em}",
        f"{c} .fa-legend ul{{list-style:none;padding:0;margin:.2em 0 .6em 0}}",
        f"{c} .fa-legend li{{margin:.15em 0}}",
        f"{c} .fa-swatch{{display:inline-block;width:1.6em;height:.9em;margin-right:.5em;"
        "vertical-align:-.1em;border-radius:2px}",
        f"{c} .fa-type{{color:#666}}",
        f"{c} .fa-warnings{{color:#8a4b00}}",
    ]
    for name, i in index.items():
        colour = hexes[name]
        rules.append(f"{c} .fa-bg{i}{{background-color:{_tint(colour)}}}")
        rules.append(f"{c} .fa-ul{i}{{border-bottom-color:{colour}}}")
        rules.append(f"{c} .fa-sw{i}{{background-color:{_tint(colour)};border:2px solid {colour}}}")
    return "<style>" + "\n".join(rules) + "</style>"


# ---------------------------------------------------------------------------------------------
# Layers.


def _who(name: str, speaker_type: str) -> str:
    return f"{name} ({speaker_type.replace('_', ' ')})"


def _paragraph_spans(analysis: ArticleAnalysis) -> list[Paragraph]:
    """Non-overlapping paragraphs in text order; the whole text as one when none were found."""
    n = len(analysis.article.text)
    paragraphs = sorted(analysis.segmented.paragraphs, key=lambda p: (p.start, p.end))
    if not paragraphs:
        return [Paragraph(index=0, start=0, end=n)] if n else []
    kept: list[Paragraph] = []
    last_end = 0
    for p in paragraphs:
        start, end = max(p.start, last_end, 0), min(p.end, n)
        if start < end:
            kept.append(Paragraph(index=p.index, start=start, end=end, boilerplate=p.boilerplate))
            last_end = end
    return kept


def _title_paragraph(analysis: ArticleAnalysis, paragraphs: Sequence[Paragraph]) -> int | None:
    """Index of the paragraph holding the title line, if the text has one."""
    for s in analysis.segmented.sentences:
        if s.is_title:
            return s.paragraph
    title = (analysis.article.title or "").strip()
    if title and paragraphs:
        first = paragraphs[0]
        if analysis.article.text[first.start : first.end].strip() == title:
            return first.index
    return None


def _block_layers(analysis: ArticleAnalysis, paragraphs: Sequence[Paragraph]) -> list[_Layer]:
    title_index = _title_paragraph(analysis, paragraphs)
    layers = []
    for i, p in enumerate(paragraphs):
        if p.index == title_index:
            layers.append(_Layer(p.start, p.end, _BLOCK, i, "h2", "fa-title"))
        elif p.boilerplate:
            attrs = _attrs(title=BOILERPLATE_NOTE, data_label="boilerplate")
            layers.append(_Layer(p.start, p.end, _BLOCK, i, "p", "fa-para fa-boilerplate", attrs))
        else:
            layers.append(_Layer(p.start, p.end, _BLOCK, i, "p", "fa-para"))
    # Boilerplate sentences inside a paragraph that is otherwise story.
    flagged = [(p.start, p.end) for p in paragraphs if p.boilerplate]
    for j, s in enumerate(analysis.segmented.sentences):
        if s.boilerplate and not any(a <= s.start and s.end <= b for a, b in flagged):
            attrs = _attrs(title=BOILERPLATE_NOTE, data_label="boilerplate")
            layers.append(_Layer(s.start, s.end, _BOILERPLATE, j, "span", "fa-boilerplate", attrs))
    return layers


def _statement_layers(
    attributions: Sequence[Attribution], index: Mapping[str, int], order: int
) -> list[_Layer]:
    """Content tinted by speaker (a jointly attributed statement once, naming all its speakers),
    then each distinct mention and cue."""
    layers: list[_Layer] = []
    groups: dict[tuple[tuple[int, int], ...], list[Attribution]] = {}
    for a in attributions:
        groups.setdefault(tuple(a.content_spans), []).append(a)
    for g, (spans, members) in enumerate(groups.items()):
        first = members[0]
        speakers = " & ".join(m.speaker for m in members)
        who = " and ".join(_who(m.speaker, m.speaker_type) for m in members)
        joint = " (joint)" if len(members) > 1 else ""
        attrs = _attrs(
            title=f"{who}: {first.kind} statement{joint}",
            data_speaker=speakers,
            data_type=", ".join(m.speaker_type for m in members),
            data_kind=first.kind,
        )
        classes = f"fa-quote fa-bg{index[first.speaker]}"
        for start, end in spans:
            order += 1
            layers.append(_Layer(start, end, _CONTENT, order, "span", classes, attrs, f"q{g}"))
    seen: set[tuple[int, int, int]] = set()
    for a in attributions:
        if a.mention_start is not None and a.mention_end is not None:
            key = (_MENTION, a.mention_start, a.mention_end)
            if key not in seen:
                seen.add(key)
                order += 1
                attrs = _attrs(title=f"names the speaker: {_who(a.speaker, a.speaker_type)}")
                layers.append(_Layer(a.mention_start, a.mention_end, _MENTION, order, "span",
                                     f"fa-mention fa-ul{index[a.speaker]}", attrs))
        if a.cue_start is not None and a.cue_end is not None:
            key = (_CUE, a.cue_start, a.cue_end)
            if key not in seen:
                seen.add(key)
                order += 1
                attrs = _attrs(title=f"cue of {a.speaker}'s {a.kind} statement")
                layers.append(_Layer(a.cue_start, a.cue_end, _CUE, order, "span", "fa-cue", attrs))
    return layers


def _frame_layers(analysis: ArticleAnalysis, order: int) -> list[_Layer]:
    """One mark per distinct (span, frame): a hit credited to each speaker of a joint statement is
    one word in the text, marked once with every voice in its tooltip."""
    merged: dict[tuple[int, int, str], list[FrameHit]] = {}
    for hit in sorted(analysis.frame_hits, key=lambda h: (h.start, h.end, h.frame)):
        merged.setdefault((hit.start, hit.end, hit.frame), []).append(hit)
    layers = []
    for (start, end, frame), hits in merged.items():
        order += 1
        voices = ", ".join(dict.fromkeys(h.speaker for h in hits))
        attrs = _attrs(title=f"frame: {frame} (pattern {hits[0].pattern}; voice: {voices})",
                       data_frame=frame)
        layers.append(_Layer(start, end, _FRAME, order, "mark", "fa-frame", attrs))
    return layers


# ---------------------------------------------------------------------------------------------
# Legend and page.


def _legend(
    analysis: ArticleAnalysis, index: Mapping[str, int], types: Mapping[str, str]
) -> str:
    quoted = {a.speaker for a in analysis.attributions}
    items = []
    for name, i in index.items():
        if name == NARRATOR:
            continue
        note = "" if name in quoted else " — no attributed statement"
        items.append(
            f'<li><span class="fa-swatch fa-sw{i}"></span>{_esc(name)} '
            f'<span class="fa-type">{_esc(types[name].replace("_", " "))}{_esc(note)}</span></li>'
        )
    items.append(
        '<li><span class="fa-swatch" style="border:1px solid #bbb"></span>Narrator '
        '<span class="fa-type">the outlet\'s own voice: text without a tint</span></li>'
    )
    frames = sorted({h.frame for h in analysis.frame_hits})
    frame_note = f" Frames found: {', '.join(frames)}." if frames else " No framing words found."
    marks = [
        '<li><span class="fa-mention">mention</span> the speaker named (underlined in the '
        "speaker's colour)</li>",
        '<li><span class="fa-cue">cue</span> the speech or belief word that attributes it</li>',
        '<li><mark class="fa-frame" data-frame="frame">word</mark> a framing word, its frame in '
        f"superscript and in its tooltip.{_esc(frame_note)}</li>",
        '<li><span class="fa-boilerplate fa-start">credit line</span> boilerplate: greyed, kept out '
        "of every measure</li>",
    ]
    parts = [
        '<div class="fa-legend">',
        '<span class="fa-legend-title">Speakers</span>',
        '<ul class="fa-legend-speakers">' + "".join(items) + "</ul>",
        '<span class="fa-legend-title">Marks</span>',
        '<ul class="fa-legend-marks">' + "".join(marks) + "</ul>",
    ]
    if analysis.warnings:
        parts.append('<span class="fa-legend-title">Notes from the analysis</span>')
        parts.append(
            '<ul class="fa-warnings">' + "".join(f"<li>{_esc(w)}</li>" for w in analysis.warnings)
            + "</ul>"
        )
    parts.append("</div>")
    return "".join(parts)


def annotate_article(analysis: ArticleAnalysis, *, colours: Mapping[str, str] | None = None) -> str:
    """The whole article as a self-contained, safe HTML fragment.

    Paragraphs are kept (the title line as a heading); each attributed statement is tinted in its
    speaker's colour with a tooltip naming speaker and type; the mention of the speaker and the cue
    are underlined; framing hits are ``<mark>`` elements carrying their frame; boilerplate is greyed
    and labelled; a legend lists speakers (colour, name, type) and marks. ``colours`` maps speaker
    names to colours (e.g. :func:`analysis.charts.speaker_colours` of the speakers table, so the
    article matches the charts); speakers it lacks get the default colours.

    Promises: only tags in :data:`ALLOWED_TAGS`, properly nested; the text content of the
    ``fa-text`` element equals ``Article.text`` exactly; all article-derived text is escaped.
    """
    article = analysis.article
    index, hexes, types = _speaker_table(analysis, colours)
    paragraphs = _paragraph_spans(analysis)
    layers = _block_layers(analysis, paragraphs)
    layers += _statement_layers(analysis.attributions, index, order=len(layers))
    layers += _frame_layers(analysis, order=len(layers) + 10_000)
    parts = [
        f'<div class="{CONTAINER_CLASS}"{_attrs(data_article=article.id)}>',
        _css(index, hexes),
    ]
    if article.title and _title_paragraph(analysis, paragraphs) is None:
        # The title is not part of the text: show it above, outside the text element.
        parts.append(f'<h2 class="fa-title">{_esc(article.title)}</h2>')
    parts.append('<div class="fa-text">' + render_layers(article.text, layers) + "</div>")
    parts.append(_legend(analysis, index, types))
    parts.append("</div>")
    return "\n".join(parts)


def table_html(df: pd.DataFrame, *, max_rows: int | None = None) -> str:
    """A table as an HTML ``<table class="fa-table">``: numbers formatted as in the prose
    (:func:`analysis.narrative.format_table`), every cell and header escaped, no index."""
    shown = format_table(df)
    shown.columns = [str(c) for c in shown.columns]
    return shown.to_html(
        escape=True,
        index=False,
        classes=TABLE_CLASS,
        border=0,
        max_rows=max_rows,
        na_rep="",
        justify="left",
    )
