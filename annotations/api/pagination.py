"""Cursor pagination: stable pages while rows are added; the next page is also in the Link header."""

from __future__ import annotations

from rest_framework.pagination import CursorPagination


class StableCursorPagination(CursorPagination):
    page_size = 100
    page_size_query_param = "page_size"
    max_page_size = 1000
    ordering = "-id"

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
