"""Reading input: encodings, titles, HTML bodies, refusals, and corpora that stream past bad records."""

from __future__ import annotations

import codecs
import json
import unicodedata
from pathlib import Path

import pytest

from analysis.config import BBC_CORPUS
from analysis.errors import InputError
from analysis.load import (
    _CONTROLS,
    LoadFailure,
    decode_bytes,
    iter_corpus,
    iter_input,
    load_article,
    load_input,
    split_title,
)

SAMPLE = (
    "Town falls to rebels\n\n“We won,” said the commander. Fees rose to €5 — café prices.\n"
)


# --- decoding -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "encode",
    [
        pytest.param(lambda t: t.encode("utf-8"), id="utf-8"),
        pytest.param(lambda t: codecs.BOM_UTF8 + t.encode("utf-8"), id="utf-8-bom"),
        pytest.param(lambda t: codecs.BOM_UTF16_LE + t.encode("utf-16-le"), id="utf-16-le-bom"),
        pytest.param(lambda t: codecs.BOM_UTF16_BE + t.encode("utf-16-be"), id="utf-16-be-bom"),
        pytest.param(lambda t: t.encode("utf-16-le"), id="utf-16-le-no-bom"),
        pytest.param(lambda t: t.encode("utf-16-be"), id="utf-16-be-no-bom"),
        pytest.param(lambda t: t.encode("utf-32"), id="utf-32-bom"),
        pytest.param(lambda t: t.encode("cp1252"), id="cp1252"),
    ],
)
def test_decode_bytes_reads_every_supported_encoding(encode):
    assert decode_bytes(encode(SAMPLE), path="a.txt") == SAMPLE


def test_decode_bytes_falls_back_to_latin1_when_cp1252_cannot_decode():
    # 0x81 is undefined in cp1252; Latin-1 still reads the é.
    text = decode_bytes(b"Caf\xe9 prices rose \x81 sharply on Monday, traders said.", path="a.txt")
    assert text.startswith("Café prices rose")


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (b"Title\r\n\r\nBody\r\n", "Title\n\nBody\n"),
        (b"Title\r\rBody\r", "Title\n\nBody\n"),
        (b"Mixed\r\nends\rhere\n", "Mixed\nends\nhere\n"),
        (codecs.BOM_UTF8 + b"Body", "Body"),
    ],
)
def test_decode_bytes_strips_bom_and_makes_line_ends_lf(raw, expected):
    assert decode_bytes(raw, path="a.txt") == expected


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        (b"", "no text"),
        (b"  \n\t\r\n ", "no text"),
        (codecs.BOM_UTF8, "no text"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG image"),
        (b"PK\x03\x04\x14\x00\x06\x00", "ZIP archive"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "JPEG image"),
        (bytes(range(256)) * 4, "NUL bytes"),
        (b"ab\x01\x02\x03\x04\x05\x06\x07\x08cd" * 20, "control characters"),
    ],
)
def test_decode_bytes_refuses_empty_and_binary_input_naming_the_file(raw, message):
    with pytest.raises(InputError, match=message) as caught:
        decode_bytes(raw, path="story.bin", line=7)
    assert str(caught.value).startswith("story.bin:7: ")


def test_control_characters_counted_are_unicodes_except_whitespace_controls():
    controls = {chr(c) for c in range(0x110000) if unicodedata.category(chr(c)) == "Cc"}
    counted = {c for c in map(chr, range(0x110000)) if _CONTROLS.fullmatch(c)}
    assert counted == controls - set("\t\n\v\f\r")


# --- one article ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Town falls\n\nRebels took it.", "Town falls"),
        ("Town falls  \n   \nRebels took it.", "Town falls"),
        ("Town falls\nRebels took it.\n\nMore.", None),
        ("\n\nRebels took it.", None),
        ("One line only", None),
        ("x" * 301 + "\n\nBody.", None),
    ],
)
def test_split_title_is_a_first_line_followed_by_a_blank_line(text, title):
    assert split_title(text) == title


def test_split_title_drops_markdown_heading_marks():
    assert split_title("## Town falls\n\nBody.", markdown=True) == "Town falls"


@pytest.mark.parametrize("suffix", [".txt", ".md"])
def test_load_article_keeps_the_whole_text_with_its_title(tmp_path, suffix):
    path = tmp_path / f"palmyra{suffix}"
    path.write_bytes(codecs.BOM_UTF8 + SAMPLE.replace("\n", "\r\n").encode("utf-8"))
    article = load_article(path)
    assert article.text == SAMPLE  # offsets are into this text: BOM gone, line ends LF, title kept
    assert article.title == "Town falls to rebels"
    assert article.id == "palmyra"
    assert article.source == str(path)
    assert article.text[article.text.index("We won") :].startswith("We won")


def test_load_article_takes_an_explicit_id(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Body only.")
    assert load_article(path, article_id="custom").id == "custom"


HTML_PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8">
<title>Rebels retake Palmyra | Example News</title>
<meta property="og:title" content="Rebels retake Palmyra"></head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World navigation link</a></li></ul></nav>
<main><article><h1>Rebels retake Palmyra</h1>
<p>Syrian government forces recaptured the ancient town of Palmyra on Sunday, state media said,
ending ten months of militant rule over the city and its ruins.</p>
<p>"We will rebuild everything that was destroyed," said the director of antiquities, Maamoun
Abdulkarim, speaking to reporters in Damascus on Monday.</p>
<p>An opposition monitoring group said at least 400 fighters had been killed in the three-week
offensive around the town.</p>
</article></main>
<footer><p>Copyright 2016 Example News. All rights reserved. Privacy policy.</p></footer>
</body></html>"""


@pytest.mark.parametrize("suffix", [".html", ".htm"])
def test_load_article_extracts_the_html_body_and_drops_navigation(tmp_path, suffix):
    path = tmp_path / f"page{suffix}"
    path.write_text(HTML_PAGE, encoding="utf-8")
    article = load_article(path)
    assert article.title == "Rebels retake Palmyra"
    assert article.text.startswith("Rebels retake Palmyra\n\nSyrian government forces recaptured")
    assert '"We will rebuild everything that was destroyed," said' in article.text
    assert "\n\nAn opposition monitoring group said" in article.text
    assert "navigation link" not in article.text
    assert "All rights reserved" not in article.text
    assert article.text.count("Rebels retake Palmyra") == 1
    assert article.date is None  # a copyright year is not the article's date


def test_load_article_refuses_html_without_an_article_body(tmp_path):
    path = tmp_path / "empty.html"
    path.write_text("<html><body><img src='x.png'><script>var a = 1;</script></body></html>")
    with pytest.raises(InputError, match="no article body"):
        load_article(path)


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("report.pdf", b"%PDF-1.4 ...", r"\.pdf.*expected an article \(\.txt"),
        ("notes.docx", b"PK\x03\x04", r"\.docx"),
        ("report.txt", b"%PDF-1.4\n1 0 obj", "PDF"),
        ("empty.txt", b"", "no text"),
        ("blank.md", b"\n \n", "no text"),
    ],
)
def test_load_article_errors_name_the_file_and_what_to_do(tmp_path, name, content, message):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(InputError, match=message) as caught:
        load_article(path)
    assert str(path) in str(caught.value)


def test_load_article_says_when_the_file_is_missing(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        load_article(tmp_path / "nope.txt")


def test_unknown_extension_lists_supported_formats(tmp_path):
    path = tmp_path / "data.xml"
    path.write_text("<a/>")
    with pytest.raises(InputError, match=r"\.jsonl, \.csv, \.parquet"):
        load_input(path)


# --- corpora --------------------------------------------------------------------------------


def jsonl(path: Path, lines: list[object]) -> Path:
    path.write_bytes(
        b"".join((x if isinstance(x, bytes) else json.dumps(x).encode()) + b"\n" for x in lines)
    )
    return path


def test_jsonl_malformed_line_is_a_failure_naming_the_line_and_the_stream_goes_on(tmp_path):
    path = jsonl(
        tmp_path / "c.jsonl",
        [
            {"id": "a", "text": "First story.", "outlet": "BBC", "date": "2016-03-27"},
            b'{"id": "b", "text": "broken',
            {"id": "c", "title": "No text here"},
            b"",
            [1, 2],
            {"id": "e", "text": "Last story."},
        ],
    )
    items = list(iter_corpus(path))
    assert [(type(i).__name__, getattr(i, "line", None)) for i in items] == [
        ("Article", None),
        ("LoadFailure", 2),
        ("LoadFailure", 3),
        ("LoadFailure", 5),
        ("Article", None),
    ]
    assert items[0].outlet == "BBC" and items[0].source == f"{path}:1"
    assert "not valid JSON" in items[1].reason and "'text'" in items[2].reason
    assert str(items[1]).startswith(f"{path}:2: ")
    assert items[-1].id == "e"


def test_jsonl_record_keeps_text_as_given_and_title_apart(tmp_path):
    path = jsonl(tmp_path / "c.jsonl", [{"id": 7, "title": "Headline", "text": "Body\r\nonly."}])
    (article,) = list(iter_corpus(path))
    assert (article.id, article.title, article.text) == ("7", "Headline", "Body\nonly.")


def test_jsonl_record_without_id_is_named_by_file_and_line(tmp_path):
    path = jsonl(tmp_path / "c.jsonl", [{"text": "x"}, {"text": "y"}])
    assert [a.id for a in iter_corpus(path)] == ["c-1", "c-2"]


def test_jsonl_record_that_is_not_utf8_is_decoded_by_the_fallback(tmp_path):
    path = tmp_path / "c.jsonl"
    path.write_bytes(b'{"id": "a", "text": "Fee of \xa315m"}\n{"id": "b", "text": "caf\xc3\xa9"}\n')
    assert [a.text for a in iter_corpus(path)] == ["Fee of £15m", "café"]


def test_csv_reads_records_with_the_line_they_start_on(tmp_path):
    long_text = "word " * 40_000  # beyond the csv module's default field limit
    path = tmp_path / "c.csv"
    path.write_text(
        "ID,Text,title,outlet\n"
        'a,"First line\nsecond line",Head,BBC\n'
        "b,,Empty,BBC\n"
        f"c,{long_text},Long,AP\n"
        "d,too,many,fields,here\n"
        'e,"Last, with comma",,\n',
        encoding="utf-8",
    )
    items = list(iter_corpus(path))
    assert items[0].source == f"{path}:2"
    assert items[0].text == "First line\nsecond line" and items[0].title == "Head"
    assert isinstance(items[1], LoadFailure) and items[1].line == 4
    assert items[2].text == long_text and items[2].source == f"{path}:5"
    assert isinstance(items[3], LoadFailure) and items[3].line == 6
    assert items[4].text == "Last, with comma"
    assert (items[4].title, items[4].outlet) == (None, None)  # an empty cell is no value


def _parquet_without_text(path: Path) -> Path:
    import pyarrow as pa
    import pyarrow.parquet as pq

    pq.write_table(pa.Table.from_pylist([{"id": "a", "body": "x"}]), path)
    return path


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda d: d / "empty-folder", "no .txt articles"),
        (lambda d: d / "c.csv", "no 'text' column"),
        (lambda d: d / "empty.csv", "CSV is empty"),
        (lambda d: _parquet_without_text(d / "c.parquet"), "no 'text' column"),
        (lambda d: d / "fake.parquet", "not a readable Parquet file"),
        (lambda d: d / "scan.jsonl", "PDF"),
        (lambda d: d / "missing.jsonl", "no such file"),
    ],
)
def test_unusable_corpus_is_refused_before_any_record(tmp_path, make, message):
    (tmp_path / "empty-folder").mkdir()
    (tmp_path / "c.csv").write_text("id,body\na,hello\n")
    (tmp_path / "empty.csv").write_text("")
    (tmp_path / "fake.parquet").write_text("id,text\n")
    (tmp_path / "scan.jsonl").write_bytes(b"%PDF-1.4\n")
    path = make(tmp_path)
    with pytest.raises(InputError, match=message) as caught:
        iter_corpus(path)  # no iteration: the error comes at the call
    assert str(path) in str(caught.value)


def test_parquet_columns_match_case_insensitively(tmp_path):
    import pyarrow as pa
    import pyarrow.parquet as pq

    path = tmp_path / "c.parquet"
    pq.write_table(pa.Table.from_pylist([{"ID": "a", "Text": "Body.", "Outlet": "AP"}]), path)
    (article,) = list(iter_corpus(path))
    assert (article.id, article.text, article.outlet) == ("a", "Body.", "AP")


def test_folder_corpus_reads_txt_files_recursively_in_order_with_relative_ids(tmp_path):
    for rel, content in {
        "sport/002.txt": b"Second\n\nBody two.",
        "sport/001.txt": b"First\n\nBody \xa3one.",
        "business/001.txt": b"Biz\n\nBody.",
        "business/empty.txt": b"",
        "README.TXT": b"About this corpus",
        ".hidden/x.txt": b"Hidden",
        "notes.csv": b"id,text\n",
    }.items():
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_bytes(content)
    items = list(iter_corpus(tmp_path))
    assert [getattr(i, "id", None) for i in items] == ["business/001", None, "sport/001", "sport/002"]
    assert isinstance(items[1], LoadFailure) and items[1].source.endswith("empty.txt")
    assert items[2].title == "First" and items[2].text == "First\n\nBody £one."


def test_parquet_streams_records_and_reports_bad_rows(tmp_path):
    import pyarrow as pa
    import pyarrow.parquet as pq

    rows = [{"id": f"r{i}", "text": f"Story {i}.", "title": None} for i in range(600)]
    rows[300]["text"] = None
    path = tmp_path / "c.parquet"
    pq.write_table(pa.Table.from_pylist(rows), path, row_group_size=100)
    items = list(iter_corpus(path))
    failures = [i for i in items if isinstance(i, LoadFailure)]
    assert len(items) == 600 and [f.line for f in failures] == [301]
    assert items[599].id == "r599" and items[599].text == "Story 599." and items[599].title is None


def test_load_input_dispatches_one_article_or_a_corpus(tmp_path):
    single = tmp_path / "one.txt"
    single.write_text("Hello\n\nWorld.")
    assert [a.id for a in load_input(single)] == ["one"]
    corpus = jsonl(tmp_path / "c.jsonl", [{"id": "a", "text": "x"}, {"id": "b", "text": "y"}])
    assert [a.id for a in load_input(corpus)] == ["a", "b"]


def test_load_input_strict_raises_at_the_first_bad_record_else_reports_it(tmp_path):
    corpus = jsonl(tmp_path / "c.jsonl", [{"id": "a", "text": "x"}, b"{oops", {"id": "c", "text": "z"}])
    with pytest.raises(InputError, match=r"c\.jsonl:2: not valid JSON"):
        load_input(corpus)
    loaded = load_input(corpus, strict=False)
    assert [a.id for a in loaded] == ["a", "c"]
    assert [(f.line, f.source) for f in loaded.failures] == [(2, str(corpus))]


def test_iter_input_yields_a_failure_for_an_unreadable_single_article(tmp_path):
    path = tmp_path / "scan.txt"
    path.write_bytes(b"%PDF-1.4")
    (failure,) = list(iter_input(path))
    assert isinstance(failure, LoadFailure) and "PDF" in failure.reason and failure.line is None


# --- the real BBC corpus --------------------------------------------------------------------


@pytest.mark.slow
@pytest.mark.skipif(not BBC_CORPUS.is_dir(), reason=f"BBC corpus not found at {BBC_CORPUS}")
def test_bbc_corpus_loads_every_article_and_decodes_the_non_utf8_ones():
    not_utf8 = []
    for path in sorted(BBC_CORPUS.rglob("*.txt")):
        try:
            path.read_bytes().decode("utf-8")
        except UnicodeDecodeError:
            not_utf8.append(path.relative_to(BBC_CORPUS).with_suffix("").as_posix())
    articles = load_input(BBC_CORPUS)
    assert len(articles) == 2225 and not articles.failures
    assert len({a.id for a in articles}) == 2225
    assert all(a.title and a.text.startswith(a.title) for a in articles)
    assert len(not_utf8) >= 1  # the corpus documents at least one file that is not UTF-8
    by_id = {a.id: a for a in articles}
    for article_id in not_utf8:
        assert "\ufffd" not in by_id[article_id].text
    assert "£15.8m" in by_id["sport/199"].text


def test_a_corpus_runs_output_folder_is_no_corpus_and_says_where_it_goes(tmp_path) -> None:
    (tmp_path / "manifest.json").write_text("{}", encoding="utf-8")
    with pytest.raises(InputError, match="holds the tables of a corpus run, which `python -m analysis report`"):
        iter_corpus(tmp_path)


def test_folder_corpus_takes_outlets_from_its_folders_when_asked(tmp_path) -> None:
    for rel in ("cnn/001.txt", "fox news/001.txt", "top.txt"):
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text("Title\n\nBody of the story.", encoding="utf-8")
    assert [a.outlet for a in iter_corpus(tmp_path)] == [None, None, None]
    # the folder under the corpus an article is in is its outlet; a file at the top has none
    assert [(a.id, a.outlet) for a in iter_corpus(tmp_path, outlet_from_folder=True)] == [
        ("cnn/001", "cnn"), ("fox news/001", "fox news"), ("top", None)]


def test_outlets_from_folders_of_a_file_corpus_is_refused_naming_the_option(tmp_path) -> None:
    from analysis.errors import ParameterError

    corpus = tmp_path / "news.jsonl"
    corpus.write_text('{"text": "A story."}\n', encoding="utf-8")
    with pytest.raises(ParameterError, match=r"--outlet-from-folder.*news\.jsonl is a file"):
        iter_corpus(corpus, outlet_from_folder=True)
