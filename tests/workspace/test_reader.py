"""The reader's article in paragraphs: HTML imports (one paragraph a line), plain text (blank lines)."""

from __future__ import annotations

import html
import re

import pytest
from django.urls import reverse

from annotations import services
from annotations.markup import paragraph_breaks
from annotations.workspace.render import crosses_paragraphs
from factcheck.imports.parsers import parse_html
from factcheck.imports.writer import write_article
from tests.factories import ArticleFactory, ClaimFactory

PAGE = """<html><head><title>Flood aid reaches the valley</title></head><body><article>
<h1>Flood aid reaches the valley</h1>
<p>Officials said 300 people were evacuated from the valley on Monday after the river burst its banks.</p>
<p>The Red Cross said 40% of the homes in the town were damaged, and that aid would arrive by Friday.</p>
</article></body></html>"""


def article_body_html(page: str) -> str:
    return re.search(
        r'<div class="article-body" id="article-body"[^>]*>(.*?)</div>\s*(?:<div|</article>)', page, re.S
    )[1]


def shown_text(body_html: str) -> str:
    """The text the page's script counts in ``#article-body``: tags and hidden descriptions left out."""
    text, depth = [], 0  # depth: inside a description, how many of its spans are open
    for tag, words in re.findall(r"(<[^>]+>)?([^<]*)", body_html):
        if depth or tag.startswith('<span class="tip-src"'):
            depth += 1 if tag.startswith("<span") else -1 if tag == "</span>" else 0
        if not depth:
            text.append(words)
    return html.unescape("".join(text))


def reader_page(client, reviewer, article) -> str:
    client.force_login(reviewer)
    response = client.get(reverse("workspace:reader", args=[article.pk]))
    assert response.status_code == 200
    return response.content.decode()


@pytest.mark.django_db
def test_an_html_article_shows_each_line_as_a_paragraph(client, reviewer):
    article = write_article(parse_html(PAGE, url="https://news.example.org/flood")).article
    body = article.body
    assert body.count("\n") == 1 and "\n\n" not in body, "trafilatura's paragraphs are stored one a line"
    claims = list(article.claims.order_by("start"))
    assert len(claims) == 2

    body_html = article_body_html(reader_page(client, reviewer, article))
    paragraphs = re.findall(r"<p>(.*?)</p>", body_html, re.S)
    assert len(paragraphs) == 2
    assert f'id="claim-{claims[0].pk}"' in paragraphs[0] and "300 people" in paragraphs[0]
    assert f'id="claim-{claims[1].pk}"' in paragraphs[1] and "40%" in paragraphs[1]
    # The stored text is unchanged, and the page's text is still the body's, offset for offset (the
    # newline between the paragraphs stays, between the elements).
    article.refresh_from_db()
    assert article.body == body
    assert shown_text(body_html) == body
    assert body_html.count("</p>\n<p>") == 1


@pytest.mark.django_db
def test_plain_text_keeps_its_paragraphs_at_blank_lines(client, reviewer):
    body = "First line of one paragraph,\nstill the same paragraph.\n\n  The second paragraph.\n"
    article = ArticleFactory(body=body)
    second = body.index("The second")
    ClaimFactory(article=article, index=0, text=body[:27], start=0, end=27)
    ClaimFactory(article=article, index=1, text=body[second:-1], start=second, end=len(body) - 1)

    body_html = article_body_html(reader_page(client, reviewer, article))
    paragraphs = re.findall(r"<p>(.*?)</p>", body_html, re.S)
    assert len(paragraphs) == 2
    assert "\nstill the same paragraph." in paragraphs[0], "a single newline is a line break inside it"
    assert paragraphs[1].startswith("  ")
    assert shown_text(body_html) == body


@pytest.mark.django_db
def test_a_claim_over_a_paragraph_end_is_drawn_in_pieces(client, reviewer):
    body = "Officials said 300 people fled\nthe valley on Monday. Aid comes on Friday."
    article = ArticleFactory(body=body)
    end = body.index("Monday.") + len("Monday.")
    claim = ClaimFactory(article=article, index=0, text=body[:end], start=0, end=end)
    after = ClaimFactory(article=article, index=1, text=body[end + 1 :], start=end + 1, end=len(body))
    assert crosses_paragraphs(claim, body) and not crosses_paragraphs(after, body)

    body_html = article_body_html(reader_page(client, reviewer, article))
    paragraphs = re.findall(r"<p>(.*?)</p>", body_html, re.S)
    assert len(paragraphs) == 2
    assert f'id="claim-{claim.pk}"' in paragraphs[0] and f'id="tip-{claim.pk}"' in paragraphs[0]
    assert re.search(rf'<a id="claim-{claim.pk}-2" class="[^"]* cont"', paragraphs[1])
    assert f'id="claim-{after.pk}"' in paragraphs[1]
    assert shown_text(body_html) == body


@pytest.mark.django_db
def test_saving_a_claim_over_a_paragraph_end_draws_the_article_again(client, reviewer):
    body = "Officials said 300 people fled\nthe valley on Monday. Aid comes on Friday."
    article = ArticleFactory(body=body)
    end = body.index("Monday.") + len("Monday.")
    claim = ClaimFactory(article=article, index=0, text=body[:end], start=0, end=end)
    review = services.review_assign(review=services.review_get_or_create(claim=claim), by=reviewer)
    client.force_login(reviewer)
    response = client.post(
        reverse("workspace:save", args=[claim.pk]),
        {"version": review.version, "rationale": "Typed."},
        HTTP_HX_REQUEST="true",
    )
    page = response.content.decode()
    assert '<div class="article-body" id="article-body" hx-swap-oob="true"><p>' in page
    assert f'id="claim-{claim.pk}-2"' in page


def test_paragraph_breaks():
    assert paragraph_breaks("one\ntwo\n\nthree") == [(7, 9)]  # blank lines: a newline is a line break
    assert paragraph_breaks("one\ntwo\n\n\nthree") == [(7, 10)]
    assert paragraph_breaks("one\ntwo\nthree") == [(3, 4), (7, 8)]  # none: every line a paragraph
    assert paragraph_breaks("one \n \t\ntwo") == [(4, 8)]
    assert paragraph_breaks("no breaks") == []


@pytest.mark.django_db
def test_the_reader_underlines_claim_figures_only(client, reviewer):
    from factcheck.imports.records import ArticleRecord

    text = (
        "On 12 March 2016, officials said 250,000 people lived in district 323. "
        "The 15-year-old was the third of four children."
    )
    article = write_article(ArticleRecord(title="Kinds", text=text, language="en")).article
    kinds = dict(article.claims.values_list("quantities__surface", "quantities__kind"))
    assert kinds.get("250,000 people") == "cardinal" and "date" in kinds.values()
    body_html = article_body_html(reader_page(client, reviewer, article))
    underlined = re.findall(r'<span class="qty">(.*?)</span>', body_html)
    assert underlined == ["250,000 people", "four children"]
    assert shown_text(body_html) == article.body


@pytest.mark.django_db
def test_the_reader_says_the_articles_language_and_marks_its_text_with_it(client, reviewer):
    from factcheck.imports.records import ArticleRecord

    text = (
        "Rund 250.000 Menschen leben nach Angaben der Vereinten Nationen im Osten der Stadt unter Belagerung."
    )
    article = write_article(ArticleRecord(title="Belagerung", text=text)).article
    assert article.language == "de"
    page = reader_page(client, reviewer, article)
    assert (
        """<span class="language" title="The article's language (de)""" in page and ">German</span>" in page
    )
    assert 'id="article-body" lang="de"' in page
    assert re.findall(r"<span class=\"qty\">(.*?)</span>", article_body_html(page)) == [
        "Rund 250.000 Menschen"
    ]


@pytest.mark.django_db
def test_the_reader_shows_each_sentences_priority_tier(client, reviewer):
    from annotations.models import claim_priority
    from factcheck.imports.records import ArticleRecord

    text = (
        "Officials said 250,000 people were living under siege in the east of the city. "
        "Aid trucks reached the area on Tuesday. Share this article on social media."
    )
    article = write_article(ArticleRecord(title="Tiers", text=text, language="en")).article
    page = reader_page(client, reviewer, article)
    tiers = set()
    for claim in article.claims.all():
        tier = claim_priority(checkworthiness=claim.checkworthiness)
        tiers.add(tier)
        link = re.search(rf'<a id="claim-{claim.pk}" class="([^"]+)"', page)
        assert link and f"tier-{tier}" in link[1].split(), (claim.text, tier)
    assert "high" in tiers and "low" in tiers
    # the desk's priority wins over the score
    share = article.claims.get(text__startswith="Share")
    review = services.review_get_or_create(claim=share)
    type(review).objects.filter(pk=review.pk).update(priority="high")
    link = re.search(rf'<a id="claim-{share.pk}" class="([^"]+)"', reader_page(client, reviewer, article))
    assert link and "tier-high" in link[1].split()
