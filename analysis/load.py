"""Read articles: one file (``.txt``, ``.md``, ``.html``) or a corpus (JSONL, CSV, Parquet, a folder).

Every offset the pipeline reports is an offset into ``Article.text`` *as loaded here*. Loading
changes the file's text in two ways only: a byte-order mark is dropped and line ends (CRLF, CR)
become LF. For HTML, the text is rebuilt from the extracted article body (see :func:`load_article`).

Encodings: UTF-8 (with or without BOM), UTF-32/UTF-16 with BOM, UTF-16 without BOM (recognised by
its NUL bytes), then cp1252 (Windows Western, a superset of Latin-1's printable characters), then
Latin-1. Text in other 8-bit code pages (Cyrillic cp1251, say) is not recognised: save it as
UTF-8. Input that is not text (PDF, images, archives, binary) or holds nothing is refused with an
:class:`~analysis.errors.InputError` naming the file.
"""

from __future__ import annotations

import codecs
import csv
import json
import os
import re
import sys
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import IO, TYPE_CHECKING

from analysis.errors import InputError, ParameterError
from analysis.models import Article

if TYPE_CHECKING:
    import pyarrow.parquet as pq

ARTICLE_SUFFIXES: tuple[str, ...] = (".txt", ".md", ".html", ".htm")
CORPUS_SUFFIXES: tuple[str, ...] = (".jsonl", ".csv", ".parquet")
RECORD_FIELDS: tuple[str, ...] = ("id", "text", "title", "outlet", "date", "url")

MAX_TITLE_CHARS = 300
"""A first line longer than this is a lede paragraph, not a title."""

_SUPPORTED = (
    "an article (.txt, .md, .html, .htm), a corpus (.jsonl, .csv, .parquet) "
    "or a folder of .txt files"
)


@dataclass(frozen=True, slots=True)
class LoadFailure:
    """A corpus record or file that could not be read; the stream of articles goes on past it.

    ``line`` is the line of a JSONL or CSV record, the row of a Parquet record, ``None`` for a file.
    """

    source: str
    line: int | None
    reason: str

    def __str__(self) -> str:
        where = f"{self.source}:{self.line}" if self.line is not None else self.source
        return f"{where}: {self.reason}"

    def to_error(self) -> InputError:
        return InputError(self.reason, path=self.source, line=self.line)


# ---------------------------------------------------------------------------------------------
# Bytes to text

_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF", "a PDF"),
    (b"PK\x03\x04", "a ZIP archive (or a .docx/.xlsx/.odt document)"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"),
    (b"RIFF", "a RIFF media file"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"BZh", "a bzip2 archive"),
    (b"7z\xbc\xaf", "a 7-Zip archive"),
    (b"Rar!", "a RAR archive"),
    (b"\x7fELF", "a program"),
    (b"\xd0\xcf\x11\xe0", "an old Microsoft Office document"),
    (b"PAR1", "a Parquet table (name it .parquet)"),
)

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),  # before UTF-16 LE: it starts with the same two bytes
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

_SNIFF = 4096
_MAX_CONTROL_SHARE = 0.05
_CONTROLS = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f]")
"""Unicode's control characters (category Cc: U+0000–U+001F and U+007F–U+009F, a set Unicode
never changes) other than tab, line feed, vertical tab, form feed and carriage return."""
_NEWLINES = re.compile(r"\r\n?")


def _binary_kind(data: bytes) -> str | None:
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            return kind
    return None


def _bomless_utf16(head: bytes) -> str | None:
    """``utf-16-le``/``utf-16-be`` when NULs fill one byte of each pair, as in UTF-16 Latin text."""
    pairs = len(head) // 2
    if pairs < 2:
        return None
    even_nul = head[0 : pairs * 2 : 2].count(0) / pairs
    odd_nul = head[1 : pairs * 2 : 2].count(0) / pairs
    if odd_nul > 0.3 and even_nul < 0.05:
        return "utf-16-le"
    if even_nul > 0.3 and odd_nul < 0.05:
        return "utf-16-be"
    return None


def _detect_encoding(data: bytes) -> str | None:
    """The encoding a BOM, NUL pattern or strict decoding names; ``None`` when not known yet."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return encoding
    utf16 = _bomless_utf16(data[:_SNIFF])
    if utf16:
        return utf16
    return None


def _decode_8bit(data: bytes) -> str:
    """UTF-8, else cp1252 when every byte decodes, else Latin-1 (which decodes any byte).

    cp1252 is what Western news text that is not UTF-8 almost always is; Latin-1 keeps the rest
    readable instead of guessing among code pages (a detector's guess on a short Western text
    with one stray byte is often a Baltic or Cyrillic page, which is worse).
    """
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def _control_share(text: str) -> float:
    sample = text[:65536]
    if not sample:
        return 0.0
    return len(_CONTROLS.findall(sample)) / len(sample)


def normalise_newlines(text: str) -> str:
    """CRLF and lone CR become LF; everything else is kept, so offsets stay meaningful."""
    return _NEWLINES.sub("\n", text) if "\r" in text else text


def decode_bytes(data: bytes, *, path: str, line: int | None = None) -> str:
    """The text in ``data``, without a BOM and with LF line ends.

    Raises :class:`InputError` naming ``path`` (and ``line``) when ``data`` is empty or only
    whitespace, or is not text (a PDF, image, archive, program, or bytes full of NULs or
    control characters).

    >>> decode_bytes("café\\r\\n".encode("cp1252"), path="a.txt")
    'café\\n'
    """
    kind = _binary_kind(data)
    if kind:
        raise InputError(
            f"this is {kind}, not text; save the article as .txt (UTF-8) or .html", path=path, line=line
        )
    encoding = _detect_encoding(data)
    if encoding is None and b"\x00" in data:
        raise InputError(
            "this holds NUL bytes and is not UTF-16 text: it looks binary; export the article as text",
            path=path,
            line=line,
        )
    try:
        text = data.decode(encoding) if encoding else _decode_8bit(data)
    except UnicodeDecodeError as exc:
        raise InputError(
            f"the bytes are not valid {encoding} ({exc.reason} at byte {exc.start}); "
            "re-save the file as UTF-8",
            path=path,
            line=line,
        ) from exc
    text = text.removeprefix("\ufeff")
    if not text.strip():
        raise InputError("there is no text in it (empty or whitespace only)", path=path, line=line)
    if _control_share(text) > _MAX_CONTROL_SHARE:
        raise InputError(
            "this is mostly control characters, not text: it looks binary; export the article as text",
            path=path,
            line=line,
        )
    return normalise_newlines(text)


# ---------------------------------------------------------------------------------------------
# One article


def split_title(text: str, *, markdown: bool = False) -> str | None:
    """The title: a first line followed by a blank line (``None`` when there is no such line).

    The title stays in the article's text; a Markdown heading's ``#`` marks are dropped from it.

    >>> split_title("Town falls\\n\\nRebels took the town.")
    'Town falls'
    >>> split_title("Rebels took the town.\\nMore text.") is None
    True
    """
    first, newline, rest = text.partition("\n")
    if not newline:
        return None
    second = rest.partition("\n")[0]
    title = first.strip()
    if markdown:
        title = title.lstrip("#").strip()
    if not title or second.strip() or len(title) > MAX_TITLE_CHARS:
        return None
    return title


def article_from_text(
    text: str,
    *,
    article_id: str,
    source: str | None = None,
    markdown: bool = False,
) -> Article:
    """An :class:`Article` of plain text, its title found by :func:`split_title`."""
    return Article(id=article_id, text=text, title=split_title(text, markdown=markdown), source=source)


def _html_config():  # type: ignore[no-untyped-def]
    from trafilatura.settings import use_config

    config = use_config()
    # The timeout uses signals, which fail outside the main thread; extraction of one page is fast.
    config.set("DEFAULT", "EXTRACTION_TIMEOUT", "0")
    return config


def article_from_html(html: str, *, article_id: str, source: str | None = None) -> Article:
    """The article body of an HTML page, extracted by trafilatura (navigation, footers and
    comments dropped). ``text`` is the title, a blank line, then the paragraphs separated by
    blank lines. Nothing is fetched: the page is read as given.
    """
    from trafilatura import bare_extraction

    document = bare_extraction(
        html,
        url=None,
        with_metadata=True,
        include_comments=False,
        include_images=False,
        include_links=False,
        include_formatting=False,
        deduplicate=False,
        # No guessing from copyright lines or URLs: a date is kept only when the page states it.
        date_extraction_params={"extensive_search": False, "original_date": True},
        config=_html_config(),
    )
    body = getattr(document, "text", None) if document is not None else None
    paragraphs = [p.strip() for p in (body or "").split("\n") if p.strip()]
    if not paragraphs:
        raise InputError(
            "no article body was found in this HTML page; save the article text as .txt", path=source
        )
    title = (getattr(document, "title", None) or "").strip() or None
    if title and paragraphs[0] == title:
        paragraphs = paragraphs[1:] or paragraphs  # the page's own headline: once is enough
    text = "\n\n".join(([title] if title else []) + paragraphs)
    return Article(
        id=article_id,
        text=text,
        title=title,
        date=getattr(document, "date", None) or None,
        url=getattr(document, "url", None) or None,
        outlet=getattr(document, "sitename", None) or None,
        source=source,
    )


def _reason(exc: InputError) -> str:
    """The message of ``exc`` without the ``path:line:`` prefix (a :class:`LoadFailure` has its own)."""
    where = ""
    if exc.path is not None:
        where = f"{exc.path}:{exc.line}: " if exc.line is not None else f"{exc.path}: "
    return str(exc).removeprefix(where)


def _require_file(path: Path) -> None:
    if not path.exists():
        raise InputError("no such file or folder; check the path", path=str(path))
    if not path.is_file():
        raise InputError(f"not a file; expected {_SUPPORTED}", path=str(path))


def load_article(path: str | Path, *, article_id: str | None = None) -> Article:
    """One article from a ``.txt``, ``.md``, ``.html`` or ``.htm`` file; ``id`` defaults to the stem.

    Text files: ``text`` is the whole file as loaded (BOM dropped, line ends LF), and a first line
    followed by a blank line is also the ``title``. HTML: see :func:`article_from_html`.
    Raises :class:`InputError` for a missing, empty, binary or unsupported file.
    """
    path = Path(path)
    _require_file(path)
    suffix = path.suffix.lower()
    if suffix not in ARTICLE_SUFFIXES:
        raise InputError(
            f"cannot read {suffix or 'a file without extension'} as one article; expected {_SUPPORTED}",
            path=str(path),
        )
    return _article_file(path, suffix=suffix,
                         article_id=article_id if article_id is not None else path.stem)


def _article_file(path: Path, *, suffix: str, article_id: str) -> Article:
    """The article in the file at ``path`` (its lower-cased ``suffix`` an article suffix)."""
    name = str(path)
    try:
        data = path.read_bytes()
    except OSError:
        _require_file(path)  # a file gone or turned into a folder: say so as a load failure
        raise
    text = decode_bytes(data, path=name)
    if suffix in (".html", ".htm"):
        return article_from_html(text, article_id=article_id, source=name)
    return article_from_text(text, article_id=article_id, source=name, markdown=suffix == ".md")


# ---------------------------------------------------------------------------------------------
# Corpora

_SURROGATES = re.compile("[\udc80-\udcff]")


def _repair(value: str, *, path: str, line: int) -> str:
    """Re-decode a value that was read with ``surrogateescape`` because it was not UTF-8."""
    if not _SURROGATES.search(value):
        return value
    return decode_bytes(value.encode("utf-8", "surrogateescape"), path=path, line=line)


def _open_text(path: Path) -> IO[str]:
    """The file as text in the encoding its first bytes name (UTF-8 when nothing does).

    Bytes that are not UTF-8 are kept as surrogate escapes so that each record can be re-decoded
    on its own (:func:`_repair`) and the stream never stops on one bad byte.
    """
    with path.open("rb") as handle:
        head = handle.read(_SNIFF)
    kind = _binary_kind(head)
    if kind and not (path.suffix.lower() == ".parquet"):
        raise InputError(f"this is {kind}, not a {path.suffix} corpus", path=str(path))
    encoding = _detect_encoding(head) or "utf-8"
    if encoding == "utf-8" and b"\x00" in head:
        raise InputError("this holds NUL bytes: it looks binary, not a text corpus", path=str(path))
    errors = "surrogateescape" if encoding in ("utf-8", "utf-8-sig") else "strict"
    return path.open(encoding=encoding, errors=errors, newline="")


def _field(record: Mapping[str, object], name: str, *, path: str, line: int) -> str | None:
    value = record.get(name)
    if value is None:
        return None
    if isinstance(value, float) and value != value:  # a missing CSV/Parquet cell read as NaN
        return None
    if not isinstance(value, str):
        return str(value)
    # An empty cell is no value: CSV cannot tell "" from missing.
    return _repair(value, path=path, line=line) if value.strip() else None


def article_from_record(
    record: Mapping[str, object], *, path: str, line: int, default_id: str
) -> Article | LoadFailure:
    """An :class:`Article` of one corpus record, or a :class:`LoadFailure` saying what is wrong.

    ``text`` is kept as given (line ends made LF); ``title`` is kept apart and need not begin it.
    """
    raw_text = record.get("text")
    if not isinstance(raw_text, str):
        reason = "the record has no 'text'" if raw_text is None else "'text' is not a string"
        return LoadFailure(path, line, f"{reason}; every record needs the article text in 'text'")
    try:
        text = normalise_newlines(_repair(raw_text, path=path, line=line))
    except InputError as exc:
        return LoadFailure(path, line, _reason(exc))
    if not text.strip():
        return LoadFailure(path, line, "'text' is empty; remove the record or fill in its text")
    fields = {name: _field(record, name, path=path, line=line) for name in RECORD_FIELDS[2:]}
    article_id = _field(record, "id", path=path, line=line) or default_id
    return Article(id=article_id, text=text, source=f"{path}:{line}", **fields)


def _iter_jsonl(path: Path) -> Iterator[Article | LoadFailure]:
    name = str(path)
    with _open_text(path) as handle:
        for number, raw in enumerate(handle, start=1):
            if not raw.strip():
                continue
            try:
                record = json.loads(raw)
            except json.JSONDecodeError as exc:
                yield LoadFailure(name, number, f"not valid JSON ({exc.msg} at column {exc.colno})")
                continue
            if not isinstance(record, dict):
                yield LoadFailure(name, number, "expected a JSON object with 'id' and 'text'")
                continue
            default_id = f"{path.stem}-{number}"
            yield article_from_record(record, path=name, line=number, default_id=default_id)


def _csv_field_limit() -> None:
    # Article texts exceed the csv module's 128 KiB default; C long caps the limit on Windows.
    csv.field_size_limit(min(sys.maxsize, 2**31 - 1))


def _csv_columns(path: Path) -> list[str]:
    """The CSV's lower-cased header; raises :class:`InputError` unless it has a ``text`` column."""
    name = str(path)
    with _open_text(path) as handle:
        try:
            header = next(csv.reader(handle))
        except StopIteration:
            raise InputError("the CSV is empty; it needs a header row with 'text'", path=name) from None
        except csv.Error as exc:
            raise InputError(f"the CSV header cannot be read ({exc})", path=name, line=1) from exc
    columns = [c.strip().lstrip("\ufeff").lower() for c in header]
    if "text" not in columns:
        raise InputError(
            f"the CSV header has no 'text' column (found: {', '.join(columns)}); "
            f"name the columns {', '.join(RECORD_FIELDS)}",
            path=name,
            line=1,
        )
    return columns


def _iter_csv(path: Path) -> Iterator[Article | LoadFailure]:
    _csv_field_limit()
    return _stream_csv(path, _csv_columns(path))


def _stream_csv(path: Path, columns: list[str]) -> Iterator[Article | LoadFailure]:
    name = str(path)
    with _open_text(path) as handle:
        reader = csv.reader(handle)
        next(reader)
        last = reader.line_num
        while True:
            start = last + 1  # a quoted field may span lines: report where the record begins
            try:
                row = next(reader)
            except StopIteration:
                return
            except csv.Error as exc:
                last = reader.line_num
                yield LoadFailure(name, start, f"the CSV record cannot be read ({exc})")
                continue
            last = reader.line_num
            if not any(cell.strip() for cell in row):
                continue
            if len(row) != len(columns):
                yield LoadFailure(name, start, f"{len(row)} fields where the header has {len(columns)}")
                continue
            record = dict(zip(columns, row, strict=True))
            yield article_from_record(record, path=name, line=start, default_id=f"{path.stem}-{start}")


def _iter_parquet(path: Path) -> Iterator[Article | LoadFailure]:
    import pyarrow.parquet as pq

    name = str(path)
    try:
        table = pq.ParquetFile(path)
    except Exception as exc:  # pyarrow raises several types for a file that is not Parquet
        raise InputError(f"not a readable Parquet file ({exc})", path=name) from exc
    # Column names match case-insensitively, as CSV headers do.
    columns = {n.lower(): n for n in table.schema_arrow.names if n.lower() in RECORD_FIELDS}
    if "text" not in columns:
        raise InputError(
            f"the Parquet table has no 'text' column (found: {', '.join(table.schema_arrow.names)})",
            path=name,
        )
    return _stream_parquet(table, columns, path=path)


def _stream_parquet(
    table: pq.ParquetFile, columns: dict[str, str], *, path: Path, batch_size: int = 256
) -> Iterator[Article | LoadFailure]:
    name = str(path)
    rename = {actual: field for field, actual in columns.items()}
    row = 0
    for batch in table.iter_batches(batch_size=batch_size, columns=list(columns.values())):
        for raw in batch.to_pylist():
            row += 1
            record = {rename[k]: v for k, v in raw.items()}
            yield article_from_record(record, path=name, line=row, default_id=f"{path.stem}-{row}")


def _folder_articles(folder: Path) -> list[str]:
    """The relative paths (``/``-separated) of the ``.txt`` files under ``folder``, sorted;
    hidden files and folders and the corpus's own README are not articles.

    Symbolic links to files count as files; links to folders are not followed; a folder that
    cannot be read is skipped. One directory scan per folder finds them.
    """
    if not folder.is_dir():
        return []
    found: list[str] = []
    _scan_articles(str(folder), "", found)
    found.sort()
    return found


def _scan_articles(directory: str, prefix: str, found: list[str]) -> None:
    """Add to ``found`` the article files below ``directory`` (whose relative path is ``prefix``)."""
    try:
        with os.scandir(directory) as entries:
            listed = list(entries)
    except PermissionError:
        return
    for entry in listed:
        name = entry.name
        if name.startswith("."):
            continue
        if _is_folder(entry):
            _scan_articles(entry.path, f"{prefix}{name}/", found)
        elif (len(name) > 4 and name[-4:].lower() == ".txt" and name[:-4].lower() != "readme"
              and _is_file(entry)):
            found.append(prefix + name)


def _is_folder(entry: os.DirEntry[str]) -> bool:
    """Whether ``entry`` is a folder itself (not a link to one)."""
    try:
        return entry.is_dir(follow_symlinks=False)
    except OSError:
        return False


def _is_file(entry: os.DirEntry[str]) -> bool:
    """Whether ``entry`` is a file or a link to one."""
    try:
        return entry.is_file()
    except OSError:
        return False


def _iter_folder(folder: Path, *, outlet_from_folder: bool = False) -> Iterator[Article | LoadFailure]:
    articles = _folder_articles(folder)
    if not articles:
        if (folder / "manifest.json").is_file():
            raise InputError("the folder holds no .txt articles: it holds the tables of a corpus run, "
                             "which `python -m analysis report` reports on; give `corpus` the input the "
                             "run read", path=str(folder))
        raise InputError("the folder holds no .txt articles", path=str(folder))
    return _stream_folder(folder, articles, outlet_from_folder=outlet_from_folder)


def _stream_folder(folder: Path, articles: list[str], *,
                   outlet_from_folder: bool = False) -> Iterator[Article | LoadFailure]:
    """Each article file (relative paths from :func:`_folder_articles`) as an :class:`Article`,
    its id the relative path without ``.txt``; with ``outlet_from_folder``, its outlet the first
    folder of that path (none for a file at the top)."""
    for relative in articles:
        file = folder / relative
        try:
            article = _article_file(file, suffix=".txt", article_id=relative[:-4])
        except InputError as exc:
            yield LoadFailure(str(file), None, _reason(exc))
            continue
        outlet, _, rest = relative.partition("/")
        yield replace(article, outlet=outlet) if outlet_from_folder and rest else article


def is_corpus(path: str | Path) -> bool:
    """Whether ``path`` is a corpus (a folder, ``.jsonl``, ``.csv`` or ``.parquet``)."""
    path = Path(path)
    return path.is_dir() or path.suffix.lower() in CORPUS_SUFFIXES


def iter_corpus(path: str | Path, *, outlet_from_folder: bool = False) -> Iterator[Article | LoadFailure]:
    """Stream the articles of a corpus, one at a time, with a :class:`LoadFailure` for each record
    that cannot be read (the stream goes on past it).

    JSONL: one object a line with ``text`` and optional ``id``, ``title``, ``outlet``, ``date``,
    ``url`` (a record without ``id`` gets ``<file stem>-<line>``). CSV: the same columns in a
    header row. Parquet: the same columns. Folder: every ``.txt`` below it, sorted, ``id`` the
    relative path without suffix (``business/001``), titles as for :func:`load_article`; with
    ``outlet_from_folder``, the outlet of each the folder under ``path`` it is in (``cnn/0001.txt``:
    ``cnn``), for corpora filed by outlet.
    Raises :class:`InputError` at once, before any record, when the whole input is unusable
    (missing, not text, an unknown format, no ``text`` column, a folder without ``.txt`` files), and
    :class:`~analysis.errors.ParameterError` for ``outlet_from_folder`` with an input that is no folder.
    """
    path = Path(path)
    if path.is_dir():
        return _iter_folder(path, outlet_from_folder=outlet_from_folder)
    if outlet_from_folder:
        raise ParameterError(f"outlet_from_folder (--outlet-from-folder) reads outlets from the folders of a "
                             f"folder of .txt articles; {path} is a file, whose records name their own outlet: "
                             "leave the option out")
    _require_file(path)
    readers = {".jsonl": _iter_jsonl, ".csv": _iter_csv, ".parquet": _iter_parquet}
    reader = readers.get(path.suffix.lower())
    if reader is None:
        raise InputError(f"not a corpus format; expected {_SUPPORTED}", path=str(path))
    if path.suffix.lower() != ".parquet":
        _open_text(path).close()  # refuse a binary file now, not at the first record
    return reader(path)


def count_records(path: str | Path) -> int | None:
    """How many records :func:`iter_input` will yield for ``path`` (articles and failures), read
    cheaply: files of a folder, non-blank lines of JSONL, rows of CSV, Parquet's row count.
    ``None`` when it cannot be told without reading the input as a whole (or the input is
    unusable: :func:`iter_input` then says why).
    """
    path = Path(path)
    try:
        if path.is_dir():
            return len(_folder_articles(path))
        suffix = path.suffix.lower()
        if suffix == ".jsonl":
            with path.open("rb") as handle:
                return sum(1 for raw in handle if raw.strip())
        if suffix == ".csv":
            _csv_field_limit()
            with _open_text(path) as handle:
                reader = csv.reader(handle)
                next(reader, None)
                rows = 0
                for row in reader:
                    rows += any(cell.strip() for cell in row)
                return rows
        if suffix == ".parquet":
            import pyarrow.parquet as pq

            return pq.ParquetFile(path).metadata.num_rows
        return 1 if path.is_file() else None
    except (OSError, InputError, csv.Error, ValueError):
        return None
    except Exception:  # pyarrow raises several types for a file that is not Parquet
        return None


def iter_input(path: str | Path) -> Iterator[Article | LoadFailure]:
    """Articles of any supported input: one article file yields one item, a corpus streams.

    A single article that cannot be read is yielded as a :class:`LoadFailure`, like a corpus record.
    """
    path = Path(path)
    if is_corpus(path):
        yield from iter_corpus(path)
        return
    try:
        yield load_article(path)
    except InputError as exc:
        yield LoadFailure(str(path), None, _reason(exc))


class LoadedArticles(list[Article]):
    """The articles :func:`load_input` read, with ``failures``: the records it skipped."""

    failures: tuple[LoadFailure, ...]

    def __init__(self, articles: list[Article], failures: tuple[LoadFailure, ...] = ()) -> None:
        super().__init__(articles)
        self.failures = failures


def load_input(path: str | Path, *, strict: bool = True) -> LoadedArticles:
    """Every article of ``path``: ``[article]`` for one article file, all articles of a corpus.

    ``strict=True`` raises :class:`InputError` at the first record that cannot be read (naming
    file and line); ``strict=False`` skips such records and lists them in the result's
    ``failures``. A single article file that cannot be read always raises: there is nothing to
    return.
    """
    path = Path(path)
    if not is_corpus(path):
        return LoadedArticles([load_article(path)])
    articles: list[Article] = []
    failures: list[LoadFailure] = []
    for item in iter_corpus(path):
        if isinstance(item, LoadFailure):
            if strict:
                raise item.to_error()
            failures.append(item)
        else:
            articles.append(item)
    return LoadedArticles(articles, tuple(failures))


__all__ = [
    "ARTICLE_SUFFIXES",
    "CORPUS_SUFFIXES",
    "LoadFailure",
    "LoadedArticles",
    "article_from_html",
    "article_from_record",
    "article_from_text",
    "count_records",
    "decode_bytes",
    "is_corpus",
    "iter_corpus",
    "iter_input",
    "load_article",
    "load_input",
    "normalise_newlines",
    "split_title",
]
