from rest_framework.routers import SimpleRouter

from factcheck.api import views

app_name = "factcheck_api"

router = SimpleRouter()
router.register("imports", views.ImportJobViewSet, basename="import")

urlpatterns = [*router.urls]
