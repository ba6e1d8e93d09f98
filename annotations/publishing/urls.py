"""``/reviews/`` and ``/sitemap.xml``: the public pages (the project includes them only when
``FACTCHECK_PUBLIC_PAGES`` is on)."""

from django.contrib.sitemaps import views as sitemap_views
from django.urls import path

from annotations.publishing import views
from annotations.publishing.feeds import VerdictFeed
from annotations.publishing.sitemaps import SITEMAPS

app_name = "publishing"

urlpatterns = [
    path("reviews/", views.review_index, name="index"),
    path("reviews/feed/", VerdictFeed(), name="feed"),
    path("reviews/<int:pk>/", views.review_detail, name="detail"),
    path(
        "sitemap.xml",
        sitemap_views.index,
        {"sitemaps": SITEMAPS, "sitemap_url_name": "publishing:sitemap"},
        name="sitemap-index",
    ),
    path("sitemap-<section>.xml", sitemap_views.sitemap, {"sitemaps": SITEMAPS}, name="sitemap"),
]
