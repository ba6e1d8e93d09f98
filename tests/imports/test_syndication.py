"""RSS and Atom files read into their entries: links to fetch, stories carried in the feed, and a clear
error for each entry (or document) that cannot be read."""

from __future__ import annotations

import pytest

from factcheck.imports import services, syndication
from factcheck.imports.parsers import parse
from factcheck.imports.records import ArticleRecord, ItemError, RawItem, UrlItem
from factcheck.imports.syndication import FeedError, parse_feed
from factcheck.models import Article, ImportItem
from tests.imports.site import STORIES_ATOM, feed_xml

RSS_MIXED = b"""<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>
<item><title>Relative</title><link>/news/1</link><guid isPermaLink="false">a1</guid></item>
<item><title>Story</title>
<description>&lt;p&gt;Rebels seized more than 20 villages, the army said.&lt;/p&gt;</description></item>
<item><title>Script</title><link>javascript:alert(1)</link></item>
<item><title>Good</title><link>https://news.example.org/4</link></item>
<item><title>Empty</title></item>
</channel></rss>"""


def test_a_feed_file_gives_a_url_per_linked_entry_a_story_per_unlinked_one_and_an_error_per_bad_one():
    results = parse(RawItem(name="wire.rss", data=RSS_MIXED))

    relative, story, script, good, empty = results
    assert isinstance(relative, ItemError) and "not a full http(s) address: /news/1" in relative.reason
    assert relative.item == "wire.rss, entry 1 (Relative)"
    assert isinstance(story, ArticleRecord) and story.title == "Story" and story.source_name == "Wire"
    assert story.text == "Rebels seized more than 20 villages, the army said."
    assert isinstance(script, ItemError) and "javascript:alert(1)" in script.reason
    assert good == UrlItem(url="https://news.example.org/4")
    assert isinstance(empty, ItemError) and "neither a web link nor any text" in empty.reason


@pytest.mark.parametrize("name", ["feed.xml", "feed.atom", "feed.rss"])
def test_every_feed_suffix_is_read_as_a_feed(name):
    (record, _empty) = parse(RawItem(name=name, data=STORIES_ATOM))
    assert isinstance(record, ArticleRecord) and record.title == "Siege tightens"
    assert "alert" not in record.text  # feedparser sanitises the entry's HTML
    assert record.published_at is not None and record.published_at.year == 2016


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "The feed is empty."),
        (b"<html><body><p>Just a page</p></body></html>", "This is not an RSS or Atom feed."),
        (b"\x00\x01\xff binary", "This is not an RSS or Atom feed (the XML parser says:"),
    ],
)
def test_a_document_that_is_no_feed_fails_with_the_reason(data, reason):
    (error,) = parse(RawItem(name="broken.rss", data=data))
    assert isinstance(error, ItemError) and reason in error.reason


def test_a_malformed_feed_that_can_still_be_read_gives_its_entries():
    """Feeds in the wild break XML (a bare ampersand, a cut-off end); feedparser's lenient parser reads on."""
    data = (
        b"<rss version='2.0'><channel><title>Q & A</title><item><link>https://a.example.org/1</link></item>"
    )
    assert parse(RawItem(name="loose.rss", data=data)) == [UrlItem(url="https://a.example.org/1")]


def test_feed_bytes_are_never_opened_as_a_file_or_fetched_as_a_url(tmp_path):
    """feedparser opens a ``bytes`` or ``str`` argument as a path or a URL; the parser hands it a stream."""
    secret = tmp_path / "secret.rss"
    secret.write_bytes(feed_xml("https://internal.example.org", [1]))
    for data in (str(secret).encode(), b"https://internal.example.org/feed.rss"):
        with pytest.raises(FeedError):
            parse_feed(data)


def test_relative_links_resolve_against_the_feed_address():
    document = parse_feed(RSS_MIXED, url="https://wire.example.org/feeds/all.rss")
    assert document.entries[0].link == "https://wire.example.org/news/1"


def test_entry_keys_are_stable_and_prefer_the_id():
    one = parse_feed(feed_xml("https://a.example.org", [1, 2]))
    again = parse_feed(feed_xml("https://a.example.org", [3, 2, 1]))
    assert {entry.key for entry in one.entries} < {entry.key for entry in again.entries}
    moved = parse_feed(RSS_MIXED.replace(b"/news/1", b"/news/1?utm=x")).entries[0]
    assert moved.key == parse_feed(RSS_MIXED).entries[0].key  # same guid, other link: the same entry


def test_a_feed_past_the_entry_limit_says_how_many_were_left(monkeypatch):
    monkeypatch.setattr(syndication, "MAX_FEED_ENTRIES", 2)
    results = parse(RawItem(name="big.rss", data=feed_xml("https://a.example.org", range(1, 6))))
    assert [type(r) for r in results] == [UrlItem, UrlItem, ItemError]
    assert "3 entries past the first 2 were not read" in results[-1].reason


@pytest.mark.django_db
def test_an_uploaded_feed_imports_its_entries_through_one_job(local_site, tmp_path):
    path = tmp_path / "local.rss"
    empty_entry = b"<item><title>x</title></item></channel>"
    path.write_bytes(feed_xml(local_site.base, [1, 2]).replace(b"</channel>", empty_entry))
    job = services.import_job_create(sources=[{"kind": "path", "value": str(path)}])
    job.refresh_from_db()
    assert (job.imported_count, job.failed_count) == (2, 1)
    assert sorted(Article.objects.values_list("source_url", flat=True)) == [
        local_site.url("/articles/1"),
        local_site.url("/articles/2"),
    ]
    assert "neither a web link" in job.items.get(status=ImportItem.Status.FAILED).error
