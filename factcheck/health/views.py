"""``/healthz``: the process answers. ``/readyz``: it can do its work (JSON; 503 when a check fails)."""

from __future__ import annotations

from django.http import HttpRequest, JsonResponse

from factcheck.health.checks import READINESS


def healthz(request: HttpRequest) -> JsonResponse:
    return JsonResponse({"status": "ok"})


def readyz(request: HttpRequest) -> JsonResponse:
    results = {name: check() for name, check in READINESS.items()}
    ready = all(ok for ok, _ in results.values())
    body = {
        "status": "ok" if ready else "unavailable",
        "checks": {name: {"ok": ok, "detail": detail} for name, (ok, detail) in results.items()},
    }
    return JsonResponse(body, status=200 if ready else 503)


class ProbeMiddleware:
    """Answers the probes before host validation and the HTTPS redirect: they come over plain HTTP from
    inside the network, addressed to the pod's or container's own IP."""

    PATHS = {"/healthz": healthz, "/readyz": readyz}

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest):
        probe = self.PATHS.get(request.path_info.rstrip("/") or "/")
        if probe is not None and request.method in ("GET", "HEAD"):
            return probe(request)
        return self.get_response(request)
