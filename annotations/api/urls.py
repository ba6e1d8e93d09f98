"""Every ``/api/v1/`` route, in the ``api`` namespace: articles, claims, reviews, imports, matches and
figure conflicts."""

from django.urls import path
from rest_framework.routers import SimpleRouter

from annotations.api import matching, stats, views
from factcheck.imports.api import ImportJobViewSet

app_name = "api"

router = SimpleRouter()
router.register("articles", views.ArticleViewSet, basename="article")
router.register("claims", views.ClaimViewSet, basename="claim")
router.register(
    r"claims/(?P<claim_pk>[0-9]+)/quantities", views.ClaimQuantityViewSet, basename="claim-quantity"
)
router.register("reviews", views.ReviewViewSet, basename="review")
router.register("imports", ImportJobViewSet, basename="import")
router.register("conflicts", matching.ConflictViewSet, basename="conflict")

urlpatterns = [
    path("", views.api_index, name="index"),
    path("annotations/export/", views.AnnotationExportView.as_view(), name="annotations-export"),
    path("stats/", stats.DeskStatsView.as_view(), name="stats"),
    path("claims/<int:claim_pk>/similar/", matching.ClaimSimilarView.as_view(), name="claim-similar"),
    path("claims/<int:claim_pk>/same/", matching.ClaimSameView.as_view(), name="claim-same"),
    path("search/claims/", matching.ClaimSearchView.as_view(), name="search-claims"),
    *router.urls,
]
