"""Cursor pagination: stable pages while rows are added; the next page is also in the Link header."""

from __future__ import annotations

from rest_framework.exceptions import ValidationError
from rest_framework.pagination import CursorPagination


class StableCursorPagination(CursorPagination):
    page_size = 100
    page_size_query_param = "page_size"
    max_page_size = 1000
    ordering = "-id"

    def get_page_size(self, request):
        """``page_size`` a whole number from 1, capped at 1000; anything else is a 400 (DRF used the
        default page size instead, so a typo went unnoticed)."""
        raw = request.query_params.get(self.page_size_query_param)
        if raw is None:
            return self.page_size
        try:
            size = int(raw)
        except ValueError:
            size = 0
        if size < 1:
            raise ValidationError({self.page_size_query_param: [f"A whole number from 1, not {raw[:20]!r}."]})
        return min(size, self.max_page_size)

    def get_schema_operation_parameters(self, view):
        parameters = super().get_schema_operation_parameters(view)
        for parameter in parameters:
            if parameter["name"] == self.page_size_query_param:
                parameter["schema"]["minimum"] = 1
                parameter["description"] = (
                    f"Results per page, from 1; more than {self.max_page_size} gives {self.max_page_size}."
                )
        return parameters

    def get_ordering(self, request, queryset, view):
        ordering = super().get_ordering(request, queryset, view)
        # A unique last key keeps the cursor stable when the first key has ties.
        if not any(field.lstrip("-") in ("id", "pk") for field in ordering):
            direction = "-" if ordering and ordering[0].startswith("-") else ""
            ordering = (*ordering, f"{direction}id")
        return tuple(ordering)

    def get_paginated_response(self, data):
        response = super().get_paginated_response(data)
        links = []
        if (next_link := self.get_next_link()) is not None:
            links.append(f'<{next_link}>; rel="next"')
        if (previous_link := self.get_previous_link()) is not None:
            links.append(f'<{previous_link}>; rel="prev"')
        if links:
            response["Link"] = ", ".join(links)
        return response
