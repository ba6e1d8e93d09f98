"""The desk's statistics page for editors: ``/review/stats/?days=N``.

The figures are ``stats.desk_stats`` (the API serves the same); the charts are inline SVG whose
geometry is computed here, so the page needs no JavaScript and no chart library. Every chart has a
``<title>``/``<desc>`` and a data table under it for screen readers and for copying the numbers.
"""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from dataclasses import dataclass

from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_GET

from annotations.models import ReviewState
from annotations.roles import is_editor
from annotations.stats import DeskStats, desk_stats, parse_days
from annotations.workspace.views import workspace_view

TOTALS = ("articles", "claims", "submitted", "returned", "published")
WINDOWS = (7, 30, 90, 365)  # the page's quick choices; any 1..365 works in the URL
WIDTH, HEIGHT = 720, 220
LEFT, RIGHT, TOP, BOTTOM = 40, 10, 10, 28  # room for the axis labels


@dataclass(frozen=True, slots=True)
class Bar:
    x: float
    y: float
    width: float
    height: float
    css: str
    label: str  # the bar's tooltip (<title>)


@dataclass(frozen=True, slots=True)
class Line:
    points: str
    css: str
    name: str


@dataclass(frozen=True, slots=True)
class Chart:
    key: str
    title: str
    summary: str  # the text alternative, read with the title
    legend: tuple[tuple[str, str], ...]  # (css class, series name)
    bars: tuple[Bar, ...] = ()
    lines: tuple[Line, ...] = ()
    y_ticks: tuple[tuple[float, str], ...] = ()
    x_ticks: tuple[tuple[float, str], ...] = ()
    width: int = WIDTH
    height: int = HEIGHT


def _scale_max(peak: int) -> int:
    """A round top for the y axis (at least 1, so that an empty chart still has an axis)."""
    for top in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000):
        if peak <= top:
            return top
    return int(peak * 1.1) + 1


def _axes(days: Sequence[datetime.date], top: int) -> tuple[tuple, tuple]:
    plot_h = HEIGHT - TOP - BOTTOM
    y_ticks = tuple((TOP + plot_h - plot_h * f, f"{top * f:g}") for f in (0, 0.5, 1))
    step = max(1, len(days) // 6)
    slot = (WIDTH - LEFT - RIGHT) / len(days)
    x_ticks = tuple(
        (LEFT + slot * (n + 0.5), f"{day.day} {day:%b}") for n, day in enumerate(days) if n % step == 0
    )
    return y_ticks, x_ticks


def daily_bars(key: str, title: str, days: Sequence[datetime.date], series: Sequence[tuple]) -> Chart:
    """Grouped bars per day; ``series`` is (css class, name, values per day)."""
    top = _scale_max(max((v for _, _, values in series for v in values), default=0))
    plot_h = HEIGHT - TOP - BOTTOM
    slot = (WIDTH - LEFT - RIGHT) / len(days)
    bar_w = slot * 0.8 / len(series)
    bars = []
    for s, (css, name, values) in enumerate(series):
        for n, (day, value) in enumerate(zip(days, values, strict=True)):
            if not value:
                continue
            height = plot_h * value / top
            x = LEFT + slot * n + slot * 0.1 + bar_w * s
            bars.append(Bar(x, TOP + plot_h - height, bar_w, height, css, f"{day:%-d %b}: {value} {name}"))
    totals = ", ".join(f"{sum(values)} {name}" for _, name, values in series)
    y_ticks, x_ticks = _axes(days, top)
    return Chart(
        key=key,
        title=title,
        summary=f"Bars per day from {days[0]:%-d %b %Y} to {days[-1]:%-d %b %Y}; in all {totals}.",
        legend=tuple((css, name) for css, name, _ in series),
        bars=tuple(bars),
        y_ticks=y_ticks,
        x_ticks=x_ticks,
    )


def daily_lines(key: str, title: str, days: Sequence[datetime.date], series: Sequence[tuple]) -> Chart:
    """One line per series over the days; ``series`` is (css class, name, values per day)."""
    top = _scale_max(max((v for _, _, values in series for v in values), default=0))
    plot_h = HEIGHT - TOP - BOTTOM
    slot = (WIDTH - LEFT - RIGHT) / len(days)
    lines = tuple(
        Line(
            " ".join(
                f"{LEFT + slot * (n + 0.5):.1f},{TOP + plot_h - plot_h * v / top:.1f}"
                for n, v in enumerate(values)
            ),
            css,
            name,
        )
        for css, name, values in series
    )
    last = ", ".join(f"{values[-1]} {name.lower()}" for _, name, values in series)
    y_ticks, x_ticks = _axes(days, top)
    return Chart(
        key=key,
        title=title,
        summary=f"Lines per state from {days[0]:%-d %b %Y} to {days[-1]:%-d %b %Y}; at the end: {last}.",
        legend=tuple((css, name) for css, name, _ in series),
        lines=lines,
        y_ticks=y_ticks,
        x_ticks=x_ticks,
    )


def verdict_bars(stats: DeskStats) -> Chart:
    """Horizontal bars, one per rating label."""
    row_h, label_w = 26, 180
    height = TOP + row_h * max(len(stats.verdicts), 1) + 10
    top = max((v.count for v in stats.verdicts), default=0) or 1
    plot_w = WIDTH - label_w - 60
    bars = tuple(
        Bar(
            label_w,
            TOP + row_h * n + 4,
            max(plot_w * v.count / top, 1),
            row_h - 8,
            "s-verdict",
            f"{v.label}: {v.count}",
        )
        for n, v in enumerate(stats.verdicts)
    )
    listed = ", ".join(f"{v.label} {v.count}" for v in stats.verdicts) or "none"
    return Chart(
        key="verdicts",
        title="Verdicts of the reviews published",
        summary=f"Horizontal bars, one per rating: {listed}.",
        legend=(),
        bars=bars,
        height=height,
    )


BACKLOG_CSS: dict[str, str] = {
    ReviewState.UNREVIEWED: "s-unreviewed",
    ReviewState.IN_PROGRESS: "s-progress",
    ReviewState.NEEDS_SECOND_REVIEW: "s-second",
    ReviewState.APPROVED: "s-approved",
}


def charts(stats: DeskStats) -> dict[str, Chart]:
    days = [d.day for d in stats.daily]
    return {
        "intake": daily_bars(
            "intake",
            "Imported per day",
            days,
            [
                ("s-articles", "articles", [d.articles for d in stats.daily]),
                ("s-claims", "claims", [d.claims for d in stats.daily]),
            ],
        ),
        "reviewed": daily_bars(
            "reviewed",
            "Reviewed and published per day",
            days,
            [
                ("s-submitted", "submitted", [d.submitted for d in stats.daily]),
                ("s-approved", "approved", [d.approved for d in stats.daily]),
                ("s-returned", "returned", [d.returned for d in stats.daily]),
                ("s-published", "published", [d.published for d in stats.daily]),
            ],
        ),
        "backlog": daily_lines(
            "backlog",
            "Backlog at the end of each day",
            days,
            [
                (BACKLOG_CSS[state], ReviewState(state).label, [d.backlog[state] for d in stats.daily])
                for state in stats.backlog_states
            ],
        ),
        "verdicts": verdict_bars(stats),
    }


def _duration(hours: float | None) -> str:
    """Hours as people read them: "5.5 hours", "3.2 days"; a dash without data."""
    if hours is None:
        return "\N{EN DASH}"
    if hours < 48:
        return f"{hours:.1f} hours"
    return f"{hours / 24:.1f} days"


@require_GET
@workspace_view
def stats(request: HttpRequest) -> HttpResponse:
    if not is_editor(request.user):
        raise PermissionDenied("The statistics page is for editors.")
    figures = desk_stats(days=parse_days(request.GET.get("days")))
    drawn = charts(figures)
    return render(
        request,
        "workspace/stats.html",
        {
            "active_nav": "stats",
            "stats": figures,
            "chart_list": list(drawn.values()),
            "verdict_bars": list(zip(drawn["verdicts"].bars, figures.verdicts, strict=True)),
            **{f"{name}_total": figures.total(name) for name in TOTALS},
            "windows": WINDOWS,
            "backlog_labels": [ReviewState(state).label for state in figures.backlog_states],
            "backlog_rows": [
                (d.day, [d.backlog[state] for state in figures.backlog_states]) for d in figures.daily
            ],
            "median": _duration(figures.time_to_publish.median_hours),
            "p90": _duration(figures.time_to_publish.p90_hours),
        },
    )
