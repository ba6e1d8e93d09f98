"""Every ``/api/v1/`` route, in the ``api`` namespace: articles, claims, reviews and imports."""

from rest_framework.routers import SimpleRouter

from annotations.api import views
from factcheck.imports.api import ImportJobViewSet

app_name = "api"

router = SimpleRouter()
router.register("articles", views.ArticleViewSet, basename="article")
router.register("claims", views.ClaimViewSet, basename="claim")
router.register("reviews", views.ReviewViewSet, basename="review")
router.register("imports", ImportJobViewSet, basename="import")

urlpatterns = [
    *router.urls,
]
