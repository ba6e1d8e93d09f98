"""The reader in Chromium: an HTML article's paragraphs (stored one a line) show apart, and a selection
in a later paragraph still names the body's offsets."""

from __future__ import annotations

import pytest

from factcheck.imports.parsers import parse_html
from factcheck.imports.writer import write_article
from factcheck.models import Claim, Origin
from tests.browser.test_corrections import drag_select, open_reader, settled, watch
from tests.workspace.test_reader import PAGE

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_an_html_article_reads_in_paragraphs_and_selections_keep_their_offsets(
    live_server, new_page, login, reviewer
):
    from playwright.sync_api import expect

    article = write_article(parse_html(PAGE)).article
    page = new_page()
    events = watch(page)
    open_reader(page, live_server, login, article)
    paragraphs = page.locator("#article-body > p")
    expect(paragraphs).to_have_count(2)
    first, second = paragraphs.nth(0).bounding_box(), paragraphs.nth(1).bounding_box()
    assert first and second and second["y"] > first["y"] + first["height"], "one below the other, apart"

    drag_select(page, "homes in the town")
    page.keyboard.press("n")
    expect(page.locator("#panel .claim-quote")).to_contain_text("homes in the town")
    settled(page)
    added = Claim.objects.get(article=article, origin=Origin.ADDED)
    assert (added.start, added.text) == (article.body.index("homes in the town"), "homes in the town")
    expect(paragraphs).to_have_count(2)  # the article drawn again around the new claim
    assert events == []
