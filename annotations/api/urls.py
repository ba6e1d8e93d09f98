from rest_framework.routers import SimpleRouter

from annotations.api import views

app_name = "annotations_api"

router = SimpleRouter()
router.register("articles", views.ArticleViewSet, basename="article")
router.register("claims", views.ClaimViewSet, basename="claim")
router.register("reviews", views.ReviewViewSet, basename="review")

urlpatterns = [
    *router.urls,
]
