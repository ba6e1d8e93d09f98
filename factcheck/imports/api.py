"""``/api/v1/imports/``: start import jobs and follow them (routed by ``annotations.api.urls``)."""

from __future__ import annotations

from drf_spectacular.utils import extend_schema
from rest_framework import exceptions, mixins, status, viewsets
from rest_framework.decorators import action
from rest_framework.permissions import BasePermission, IsAuthenticated
from rest_framework.response import Response

from factcheck.imports import services
from factcheck.imports.models import ImportJob
from factcheck.imports.preview import import_preview
from factcheck.imports.serializers import (
    FilePreviewSerializer,
    ImportCreateSerializer,
    ImportJobDetailSerializer,
    ImportJobSerializer,
    ImportPreviewRequestSerializer,
)


class QueueUnavailable(exceptions.APIException):
    status_code = status.HTTP_503_SERVICE_UNAVAILABLE
    default_code = "queue_unavailable"
    default_detail = "The task queue is unreachable; try again later."


class CanImport(BasePermission):
    """Starting an import needs the "add import job" permission; reading needs a signed-in user."""

    message = "You may not start imports."

    def has_permission(self, request, view) -> bool:
        if view.action in {"create", "preview"}:
            return request.user.has_perm("factcheck.add_importjob")
        return True


class ImportJobViewSet(
    mixins.CreateModelMixin, mixins.RetrieveModelMixin, mixins.ListModelMixin, viewsets.GenericViewSet
):
    """Start an import (``202`` with the job's URL) and follow its progress."""

    permission_classes = [IsAuthenticated, CanImport]
    # Parsers: the API's defaults (REST_FRAMEWORK["DEFAULT_PARSER_CLASSES"]: JSON with a depth limit,
    # forms, multipart uploads); named in settings because this app does not import the review app.
    filterset_fields = ["status"]

    def get_queryset(self):
        if getattr(self, "swagger_fake_view", False):  # schema generation has no user
            return ImportJob.objects.none()
        jobs = ImportJob.objects.select_related("created_by")
        user = self.request.user
        if not user.is_authenticated:  # refused by IsAuthenticated first; never anyone's jobs
            return jobs.none()
        if user.has_perm("factcheck.view_importjob"):
            return jobs
        return jobs.filter(created_by=user)

    def get_serializer_class(self):
        if self.action == "create":
            return ImportCreateSerializer
        if self.action == "preview":
            return ImportPreviewRequestSerializer
        if self.action == "retrieve":
            return ImportJobDetailSerializer
        return ImportJobSerializer

    @extend_schema(
        request={"multipart/form-data": ImportPreviewRequestSerializer},
        responses={200: FilePreviewSerializer(many=True)},
        filters=False,
    )
    @action(detail=False, methods=["post"], pagination_class=None)
    def preview(self, request, *args, **kwargs) -> Response:
        """How a file will import, before importing it: a CSV's columns and what each is read as, and the
        first items as they will import (of an archive's first files). Nothing is stored."""
        serializer = ImportPreviewRequestSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        upload = serializer.validated_data["file"]
        previews = import_preview(file=upload, name=upload.name or "upload")
        return Response(FilePreviewSerializer(previews, many=True).data)

    @extend_schema(request=ImportCreateSerializer, responses={202: ImportJobSerializer})
    def create(self, request, *args, **kwargs) -> Response:
        serializer = ImportCreateSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        data = serializer.validated_data
        sources: list[dict] = []
        if data.get("file"):
            sources.append(services.import_upload_store(file=data["file"]))
        sources += [{"kind": "url", "value": url} for url in data.get("urls", [])]
        if data.get("articles"):
            sources.append(services.import_articles_store(articles=data["articles"]))
        try:
            job = services.import_job_create(sources=sources, created_by=request.user)
        except services.ImportQueueUnavailable as error:
            raise QueueUnavailable(
                f"Import job #{error.job.pk} could not be queued: {error.reason}"
            ) from error
        job.refresh_from_db()
        body = ImportJobSerializer(job, context=self.get_serializer_context()).data
        # ``str()``: the serializer's URL is a DRF ``Hyperlink``, a str subclass that WSGI servers refuse
        # as a header value (runserver answered 500 after creating the job, and a retry made another)
        return Response(body, status=status.HTTP_202_ACCEPTED, headers={"Location": str(body["url"])})
