from django.contrib import admin
from django.urls import path
from django.views.generic import RedirectView

admin.site.site_header = "factcheck"
admin.site.site_title = "factcheck"
admin.site.index_title = "Fact-check workflow"

urlpatterns = [
    path("", RedirectView.as_view(pattern_name="admin:index", permanent=False)),
    path("admin/", admin.site.urls),
]
