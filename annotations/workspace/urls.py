from django.urls import path

from annotations.workspace import views

app_name = "workspace"

urlpatterns = [
    path("", views.queue, name="queue"),
    path("articles/<int:article_id>/", views.reader, name="reader"),
    path("claims/<int:claim_id>/panel/", views.panel, name="panel"),
    path("claims/<int:claim_id>/save/", views.review_save, name="save"),
    path("claims/<int:claim_id>/actions/<slug:action>/", views.review_action, name="action"),
    path("claims/<int:claim_id>/assign/", views.review_assign_to, name="assign"),
    path("claims/<int:claim_id>/evidence/", views.evidence_add, name="evidence-add"),
    path("claims/<int:claim_id>/evidence/<int:evidence_id>/edit/", views.evidence_edit, name="evidence-edit"),
    path(
        "claims/<int:claim_id>/evidence/<int:evidence_id>/remove/",
        views.evidence_remove,
        name="evidence-remove",
    ),
    path("claims/<int:claim_id>/comments/", views.comment_add, name="comment-add"),
    path("imports/", views.imports, name="imports"),
    path("imports/rows/", views.import_rows, name="import-rows"),
]
