from django.urls import include, path

from annotations.workspace import notifications_views, quality, stats_views, views

app_name = "workspace"

urlpatterns = [
    path("", views.queue, name="queue"),
    path("triage/", views.queue_triage, name="triage"),
    path("articles/options/", views.article_options, name="article-options"),
    path("", include("annotations.workspace.auth_urls")),  # login/ and logout/
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
    # what the claim was seen as before, and the figure conflicts between sources
    path("claims/<int:claim_id>/seen-before/", views.seen_before, name="seen-before"),
    path("claims/<int:claim_id>/reuse/<int:review_id>/", views.review_reuse, name="reuse"),
    path("claims/<int:claim_id>/cite/<int:fact_check_id>/", views.fact_check_cite, name="cite"),
    path("claims/<int:claim_id>/same/", views.same_claim, name="same-claim"),
    path("claims/<int:claim_id>/same/apply/", views.same_claim_apply, name="same-claim-apply"),
    path("conflicts/", views.conflicts, name="conflicts"),
    path("conflicts/<int:conflict_id>/dismiss/", views.conflict_dismiss, name="conflict-dismiss"),
    # corrections of the claim itself
    path("articles/<int:article_id>/claims/add/", views.claim_add, name="claim-add"),
    path("articles/<int:article_id>/undo/", views.correction_undo, name="correction-undo"),
    path("claims/<int:claim_id>/correct/<slug:part>/", views.claim_correct, name="claim-correct"),
    path("claims/<int:claim_id>/split/", views.claim_split, name="claim-split"),
    path("claims/<int:claim_id>/merge/", views.claim_merge, name="claim-merge"),
    path("claims/<int:claim_id>/remove/", views.claim_remove, name="claim-remove"),
    path("claims/<int:claim_id>/figures/", views.figure_add, name="figure-add"),
    path("claims/<int:claim_id>/figures/<int:quantity_id>/", views.figure_edit, name="figure-edit"),
    path(
        "claims/<int:claim_id>/figures/<int:quantity_id>/remove/", views.figure_remove, name="figure-remove"
    ),
    path("imports/", views.imports, name="imports"),
    path("imports/rows/", views.import_rows, name="import-rows"),
    path("imports/new/", views.import_start, name="import-start"),
    path("imports/<int:job_id>/", views.import_job, name="import-job"),
    path("quality/", quality.quality, name="quality"),
    path("stats/", stats_views.stats, name="stats"),
    path("notifications/", notifications_views.notifications, name="notifications"),
    path("notifications/read/", notifications_views.notifications_read, name="notifications-read"),
    path(
        "notifications/<int:notification_id>/open/",
        notifications_views.notification_open,
        name="notification-open",
    ),
    path("notifications/settings/", notifications_views.notification_settings, name="notification-settings"),
]
