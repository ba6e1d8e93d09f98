from django.conf import settings
from django.contrib import admin
from django.urls import include, path
from django.views.generic import RedirectView
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerView

admin.site.site_header = "factcheck"
admin.site.site_title = "factcheck"
admin.site.index_title = "Fact-check workflow"

urlpatterns = [
    # Fact-checkers land in their workspace; the admin and the API are linked from there.
    path("", RedirectView.as_view(pattern_name="workspace:queue", permanent=False)),
    path("admin/", admin.site.urls),
    path("review/", include("annotations.workspace.urls")),
    path("api/v1/", include("annotations.api.urls")),  # every /api/v1/ route, imports included
    path("api/schema/", SpectacularAPIView.as_view(), name="api-schema"),
    path("api/docs/", SpectacularSwaggerView.as_view(url_name="api-schema"), name="api-docs"),
    path("api/", include("annotations.api.fallback")),  # last: any other /api/ path is a JSON 404
]

if settings.FACTCHECK_PUBLIC_PAGES:  # /reviews/ and /sitemap.xml
    urlpatterns += [path("", include("annotations.publishing.urls"))]

# API paths answer unknown URLs with a JSON error; other paths keep the HTML page.
handler404 = "annotations.api.views.page_not_found"
