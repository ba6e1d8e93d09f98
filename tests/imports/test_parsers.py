from __future__ import annotations

import pytest

from factcheck.imports.parsers import ParseError, decode_bytes, parse, parse_plain_text
from factcheck.imports.readers import read_path
from factcheck.imports.records import ArticleRecord, ItemError, RawItem
from factcheck.imports.writer import canonical_url, content_hash


def test_first_line_followed_by_blank_line_is_the_title():
    record = parse_plain_text(RawItem("a.txt", b"Moscow vows\n\n\nThe Kremlin vowed.\n\nSource: Reuters\n"))
    assert record.title == "Moscow vows"
    assert record.text == "The Kremlin vowed.\n\nSource: Reuters", "the source line stays in the text"
    assert record.source_name == "Reuters"


def test_without_a_title_line_the_first_sentence_line_becomes_the_title():
    record = parse_plain_text(RawItem("a.txt", b"The Kremlin vowed.\nMore text."))
    assert record.title == "The Kremlin vowed."
    assert record.text == "The Kremlin vowed.\nMore text."


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty"),
        (b"   \n\t \r\n", "has no text (only white space)"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
    ],
)
def test_unreadable_input_is_an_item_error(data, reason):
    [result] = parse(RawItem("bad.txt", data))
    assert isinstance(result, ItemError)
    assert result.item == "bad.txt"
    assert reason in result.reason


@pytest.mark.parametrize(
    "encoded",
    [
        "Café crème: 250 000 réfugiés à Genève, déclare le maire.".encode("latin-1"),
        "Café crème: 250 000 réfugiés à Genève, déclare le maire.".encode("utf-16"),
        "\ufeffCafé crème: 250 000 réfugiés à Genève, déclare le maire.".encode(),
    ],
    ids=["latin-1", "utf-16-bom", "utf-8-bom"],
)
def test_text_in_other_encodings_is_decoded(encoded):
    assert decode_bytes(encoded) == "Café crème: 250 000 réfugiés à Genève, déclare le maire."


def test_decode_rejects_whitespace_only():
    with pytest.raises(ParseError):
        decode_bytes(b"  \n ")


def test_content_hash_ignores_whitespace_and_case():
    assert content_hash("A  b\nC") == content_hash("a b c ")
    assert content_hash("a b c") != content_hash("a b d")


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("HTTPS://Example.ORG/news/story/#top", "https://example.org/news/story"),
        ("https://example.org", "https://example.org/"),
        ("https://example.org/a?id=2", "https://example.org/a?id=2"),
        ("", None),
        ("not a url", None),
    ],
)
def test_canonical_url(url, expected):
    assert canonical_url(url) == expected


def test_reader_walks_folders_in_order_and_reports_bad_paths(tmp_path):
    (tmp_path / "b.txt").write_text("B")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.md").write_text("A")
    (tmp_path / "skip.bin").write_bytes(b"\x00")
    items = list(read_path(tmp_path, max_bytes=100))
    assert [getattr(item, "name", None) or item.item for item in items] == [
        str(tmp_path / "b.txt"),
        str(tmp_path / "skip.bin"),
        str(tmp_path / "sub" / "a.md"),
    ]
    # the file that is not imported is said, with the reason, not skipped without a word
    assert isinstance(items[1], ItemError) and "Not imported: unsupported file type .bin" in items[1].reason
    [missing] = list(read_path(tmp_path / "nope", max_bytes=100))
    assert isinstance(missing, ItemError)
    assert "No such file" in missing.reason


def test_reader_refuses_files_over_the_size_limit(tmp_path):
    (tmp_path / "big.txt").write_text("x" * 101)
    [result] = list(read_path(tmp_path / "big.txt", max_bytes=100))
    assert isinstance(result, ItemError)
    assert "over the 100-byte limit" in result.reason


def test_record_payload_round_trip():
    import datetime as dt

    record = ArticleRecord(
        title="T",
        text="Body",
        source_url="https://x.example/a",
        published_at=dt.datetime(2016, 9, 29, tzinfo=dt.UTC),
    )
    assert ArticleRecord.from_payload(record.to_payload()) == record


def test_archive_members_that_are_not_articles_are_said_too(tmp_path):
    import zipfile

    archive = tmp_path / "batch.zip"
    with zipfile.ZipFile(archive, "w") as zipped:
        zipped.writestr("story.txt", "Story\n\nThe mayor said 12 people died.")
        zipped.writestr("photo.jpg", b"\xff\xd8\xff")
    items = list(read_path(archive, max_bytes=10_000))
    assert [type(item).__name__ for item in items] == ["RawItem", "ItemError"]
    assert items[1].item.endswith("photo.jpg") and "unsupported file type .jpg" in items[1].reason


def test_a_web_page_is_dated_by_its_markup_never_by_a_year_in_its_text():
    from factcheck.imports.parsers import parse_html

    text = "The council said 12 houses were flooded, the worst since 2022. " * 8
    page = (
        "<html><head><title>Floods</title>{meta}</head><body><article><p>"
        + text
        + "</p></article></body></html>"
    )
    undated = parse_html(page.format(meta=""))
    assert undated.published_at is None  # "since 2022" is no publication date
    meta = '<meta property="article:published_time" content="2016-09-29T10:00:00Z">'
    dated = parse_html(page.format(meta=meta))
    assert dated.published_at is not None and dated.published_at.date().isoformat() == "2016-09-29"
