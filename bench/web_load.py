"""Load: gunicorn and runserver under concurrent clients, on PostgreSQL with ~40,000 claims, in one run.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/factcheck .venv/bin/python bench/web_load.py
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/factcheck .venv/bin/python bench/web_load.py --quick

Runs in its own database (``<name>_httpbench``, or ``--database-url`` as given; its name must end in
``bench``): created and migrated on first use, seeded once by bulk inserts with ``--claims`` claims
(50 an article, each with a figure; a tenth with a published review, a few in every other state of the
workflow) and reused after (topped up when ``--claims`` asks for more); ``VACUUM ANALYZE`` before
each run gives the planner the statistics autovacuum keeps on a deployed database. Not
``<name>_bench``: ``bench/export.py`` keeps its 100,000 published reviews there.

Each server in turn (gunicorn with ``--workers`` sync workers, then ``manage.py runserver --noreload``,
never both at once, each on a free loopback port): ``--alone`` requests one after the other per endpoint
(one request alone, no concurrency), then ``--clients`` threads, each on its own keep-alive connection
(``http.client``; a server that closes it gets a new one), send GETs for ``--seconds`` per endpoint:

* ``/api/v1/claims/`` (first page, 100 claims) and ``/api/v1/reviews/export/?format=csv`` (every published
  verdict, streamed and read to the end) with an API client's token;
* ``/review/`` (the queue, "waiting for me") with the session cookie of a user in the Reviewer group.

It prints requests per second, p50/p95/p99 latency (ms) and errors (any answer but 200, or a failed
connection) per server and endpoint, the gunicorn/runserver ratios, the single-request latencies, and
the targets next to the figures with the baseline they come from; it never asserts them. It also says how
busy other processes kept the CPUs just before and after each server ran (on a shared machine they
slow the figures down).

Mode: both servers get the same settings, the development defaults (``DJANGO_ENV`` unset) with ``DEBUG``
off (``--debug`` keeps it on for both: every query is then also kept in memory), ``LOG_LEVEL=WARNING``,
and an API throttle that never refuses (``FACTCHECK_API_THROTTLE_CLIENT=1000000/s``: still counted, in a
one-second window). Everything else comes from the environment as the app reads it (``CONN_MAX_AGE``,
``CACHE_URL``, ...), except that runserver always gets ``CONN_MAX_AGE=0``: it starts a thread a request,
and persistent connections, one a thread, ran PostgreSQL out of connections. Each server's output goes
to a log file in a temporary folder, named at the end.
"""

from __future__ import annotations

import sys
from pathlib import Path

# Imports resolve against the project's root, not this folder (first on sys.path when run as a script).
HERE = Path(__file__).resolve().parent
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != HERE]
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))

import argparse  # noqa: E402
import contextlib  # noqa: E402
import http.client  # noqa: E402
import math  # noqa: E402
import os  # noqa: E402
import signal  # noqa: E402
import socket  # noqa: E402
import subprocess  # noqa: E402
import tempfile  # noqa: E402
import threading  # noqa: E402
import time  # noqa: E402
from collections import Counter  # noqa: E402
from collections.abc import Iterator  # noqa: E402
from dataclasses import dataclass, field  # noqa: E402
from urllib.parse import urlsplit  # noqa: E402

from bench import postgres  # noqa: E402

CLAIMS = "/api/v1/claims/"
EXPORT = "/api/v1/reviews/export/?format=csv"
QUEUE = "/review/"
ENDPOINTS = [CLAIMS, EXPORT, QUEUE]

# Measured earlier with gunicorn and 2 workers, 20 clients: (req/s, p95 ms), and one request alone (ms).
BASELINE_LOAD = {CLAIMS: (27.0, 910.0), QUEUE: (12.0, 1800.0)}
BASELINE_ALONE = {CLAIMS: 68.0, QUEUE: 266.0}
# Targets: zero errors; one request alone under these (ms); at least this many times the baseline's req/s.
TARGET_ALONE = {CLAIMS: 25.0, QUEUE: 60.0}
TARGET_SPEEDUP = 3.0

PER_ARTICLE = 50
BATCH_ARTICLES = 100  # 5,000 claims a transaction
TIMEOUT = 120.0  # seconds a client waits for an answer before counting an error
AVOID_PORTS = {8000, 8011, 8012}
THROTTLE = "1000000/s"
API_CLIENT = "bench-http-client"
REVIEWER = "bench-http-reviewer"
SPEAKERS = ["The ministry", "The UN", "Officials", "The army", "A spokesperson", "The governor", ""]
PLACES = ["the north", "the capital", "the border region", "the coastal towns", "three provinces"]


# --- database ----------------------------------------------------------------------------------------


def user(username: str, group: str | None, **extra):
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group

    person, created = get_user_model().objects.get_or_create(
        username=username, defaults={"is_staff": True, "email": f"{username}@x.example", **extra}
    )
    if created:
        person.set_unusable_password()
        person.save(update_fields=["password"])
        if group:
            person.groups.add(Group.objects.get(name=group))
    return person


def claim_text(n: int) -> tuple[str, str]:
    """Claim ``n``'s sentence and the figure in it."""
    figure = f"{(n * 7919) % 900 + 100},000 people"
    return f"Claim {n}: {figure} were displaced in {PLACES[n % len(PLACES)]}, officials said.", figure


def seed(claims: int) -> None:
    """Top the bench database up to ``claims`` claims (whole articles), with reviews in every state."""
    from django.core.management import call_command
    from django.db import connection

    from factcheck.models import Claim

    call_command("migrate", verbosity=0)
    have = Claim.objects.count()
    if have < claims:
        add_claims(have, claims)
    # The planner's statistics, as autovacuum keeps them on a deployed database (it may be off here).
    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE")


def add_claims(have: int, claims: int) -> None:
    from django.db import transaction
    from django.utils import timezone

    from annotations.models import Evidence, Rating, Review, ReviewRevision, ReviewState
    from annotations.roles import EDITOR
    from annotations.roles import REVIEWER as REVIEWER_GROUP
    from factcheck.models import Article, Category, Claim, Quantity

    reviewer = user(REVIEWER, REVIEWER_GROUP, first_name="Rita", last_name="Reviewer")
    colleague = user("bench-http-colleague", REVIEWER_GROUP, first_name="Carl", last_name="Colleague")
    editor = user("bench-http-editor", EDITOR, first_name="Eddie", last_name="Editor")
    ratings = list(Rating.objects.filter(scale__is_default=True))
    categories = list(Category.values)
    now = timezone.now()
    started = time.perf_counter()
    article_number = Article.objects.count()
    while have < claims:
        articles_now = min(BATCH_ARTICLES, math.ceil((claims - have) / PER_ARTICLE))
        with transaction.atomic():
            bodies, rows = [], []  # (article in batch, index, n, text, start, figure start, figure)
            for a in range(articles_now):
                parts, offset = [], 0
                for i in range(PER_ARTICLE):
                    n = have + a * PER_ARTICLE + i
                    text, figure = claim_text(n)
                    rows.append((a, i, n, text, offset, offset + text.index(figure), figure))
                    parts.append(text)
                    offset += len(text) + 1
                bodies.append(" ".join(parts))
            articles = Article.objects.bulk_create(
                [
                    Article(
                        title=f"Bench article {article_number + a}: people displaced in {PLACES[a % 5]}",
                        body=body,
                        source_url=f"https://news.example.org/{article_number + a}",
                        source_name="Reuters",
                        published_at=now,
                        content_hash=f"httpbench-{article_number + a}",
                    )
                    for a, body in enumerate(bodies)
                ]
            )
            made = Claim.objects.bulk_create(
                [
                    Claim(
                        article=articles[a],
                        index=i,
                        text=text,
                        start=start,
                        end=start + len(text),
                        category=categories[n % len(categories)],
                        checkworthiness=((n * 7919) % 1000) / 1000,
                        is_claim=(n * 7919) % 1000 >= 350,
                        speaker=SPEAKERS[n % len(SPEAKERS)],
                        speaker_type="organization" if SPEAKERS[n % len(SPEAKERS)] else "",
                    )
                    for a, i, n, text, start, _, _ in rows
                ]
            )
            Quantity.objects.bulk_create(
                [
                    Quantity(
                        claim=claim,
                        surface=figure,
                        start=figure_start,
                        end=figure_start + len(figure),
                        value=float(figure.split()[0].replace(",", "")),
                        unit="people",
                        category="displacement",
                    )
                    for claim, (_, _, _, _, _, figure_start, figure) in zip(made, rows, strict=True)
                ]
            )
            reviews = []
            for claim, (_, _, n, text, _, _, _) in zip(made, rows, strict=True):
                review = seeded_review(claim, n, text, reviewer, colleague, editor, ratings, now)
                if review is not None:
                    reviews.append(review)
            Review.objects.bulk_create(reviews)
            published = [r for r in reviews if r.state == ReviewState.PUBLISHED]
            evidence = Evidence.objects.bulk_create(
                [
                    Evidence(
                        review=r,
                        url="https://un.example.org/report",
                        title="Situation report",
                        publisher="OCHA",
                        stance="supports",
                    )
                    for r in published
                ]
            )
            for review in published:  # who wrote it, as the history would say (no history rows here)
                review._author_ids = (review.version, [review.assignee_id])
            revisions = ReviewRevision.objects.bulk_create(
                [
                    ReviewRevision.frozen(r, evidence=[e], published_at=now)
                    for r, e in zip(published, evidence, strict=True)
                ]
            )
            for review, revision in zip(published, revisions, strict=True):
                review.published_revision = revision
            Review.objects.bulk_update(published, ["published_revision"], batch_size=1000)
        have += len(made)
        article_number += articles_now
        print(f"  seeded {have:,} / {claims:,} claims", file=sys.stderr)
    print(f"  seeding took {time.perf_counter() - started:.1f} s", file=sys.stderr)


def seeded_review(claim, n, text, reviewer, colleague, editor, ratings, now):
    """Claim ``n``'s review: a tenth published, a few in each other state, most claims none yet."""
    from annotations.models import Review, ReviewState

    S = ReviewState
    kind = n % 100
    assignee = reviewer if n % 3 == 0 else colleague
    common = {"claim": claim, "verdict": ratings[n % len(ratings)], "claim_reviewed": text[:140]}
    rationale = "Official figures put it at 240,000 in February; the claim rounds up."
    if kind % 10 == 0:
        return Review(
            **common,
            state=S.PUBLISHED,
            rationale=rationale,
            assignee=assignee,
            second_reviewer=editor,
            assigned_at=now,
            submitted_at=now,
            approved_at=now,
            published_at=now,
            last_published_at=now,
            public_updated_at=now,
        )
    if kind in (1, 2, 11):
        return Review(**common, state=S.IN_PROGRESS, rationale=rationale, assignee=assignee, assigned_at=now)
    if kind in (3, 13):
        return Review(
            **common, state=S.NEEDS_SECOND_REVIEW, rationale=rationale, assignee=assignee, submitted_at=now
        )
    if kind == 4:
        return Review(
            **common,
            state=S.APPROVED,
            rationale=rationale,
            assignee=assignee,
            second_reviewer=editor,
            approved_at=now,
        )
    if kind == 5:
        return Review(claim=claim, state=S.NOT_CHECKABLE, dismissal_reason="An opinion.")
    if kind == 6:
        return Review(claim=claim, state=S.UNREVIEWED)
    if kind == 7 and n % 200 == 7:
        return Review(
            **common,
            state=S.WITHDRAWN,
            rationale=rationale,
            assignee=assignee,
            second_reviewer=editor,
            published_at=now,
            withdrawn_at=now,
            withdrawal_reason="The source retracted its figure.",
            public_updated_at=now,
        )
    return None


def credentials() -> tuple[str, str, str]:
    """The API client's token key, and the session cookie (name, value) of a signed-in reviewer."""
    from importlib import import_module

    from django.conf import settings
    from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
    from rest_framework.authtoken.models import Token

    from annotations.api.models import ApiClient
    from annotations.api.services import api_client_create, api_client_token_issue

    client = ApiClient.objects.filter(username=API_CLIENT).first()
    if client is None:
        _, token = api_client_create(name=API_CLIENT)
    else:
        token = Token.objects.filter(user=client).first() or api_client_token_issue(client=client)
    reviewer = user(REVIEWER, "Reviewer")
    session = import_module(settings.SESSION_ENGINE).SessionStore()
    session[SESSION_KEY] = str(reviewer.pk)
    session[BACKEND_SESSION_KEY] = "django.contrib.auth.backends.ModelBackend"
    session[HASH_SESSION_KEY] = reviewer.get_session_auth_hash()
    session.create()
    return token.key, settings.SESSION_COOKIE_NAME, session.session_key


def data_counts() -> dict[str, int]:
    from annotations.models import Review
    from factcheck.models import Article, Claim

    by_state = Counter(Review.objects.values_list("state", flat=True))
    return {
        "articles": Article.objects.count(),
        "claims": Claim.objects.count(),
        "reviews": sum(by_state.values()),
        "published": Review.objects.published().count(),
        **{f"state {state}": count for state, count in sorted(by_state.items())},
    }


# --- servers -----------------------------------------------------------------------------------------


def free_port() -> int:
    while True:
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
        if port not in AVOID_PORTS:
            return port


@contextlib.contextmanager
def running(kind: str, env: dict[str, str], workers: int, log_dir: Path) -> Iterator[int]:
    """Start ``kind`` (gunicorn or runserver) on a free loopback port, yield the port, stop it after."""
    port = free_port()
    if kind == "gunicorn":
        command = [
            sys.executable,
            "-m",
            "gunicorn",
            "factcheck.wsgi",
            "-c",
            "python:factcheck.gunicorn_config",
        ]
        command += ["--bind", f"127.0.0.1:{port}", "--workers", str(workers)]
    else:
        command = [sys.executable, "manage.py", "runserver", f"127.0.0.1:{port}", "--noreload"]
        # A thread a request: each would keep its own persistent connection until PostgreSQL ran out
        # ("too many clients"). Django's advice: no persistent connections under the development server.
        env = {**env, "CONN_MAX_AGE": "0"}
    log_path = log_dir / f"{kind}.log"
    with log_path.open("ab") as log:
        # A session of its own: stopping it stops its workers too, and Ctrl-C reaches only this script.
        server = subprocess.Popen(
            command, cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True
        )
    try:
        deadline = time.monotonic() + 60
        while True:
            if server.poll() is not None:
                raise SystemExit(f"{kind} exited ({server.returncode}):\n{log_path.read_text()[-3000:]}")
            if time.monotonic() > deadline:
                raise SystemExit(
                    f"{kind} did not answer /healthz within 60 s:\n{log_path.read_text()[-3000:]}"
                )
            try:
                conn = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
                conn.request("GET", "/healthz")
                if conn.getresponse().status == 200:
                    conn.close()
                    break
                conn.close()
            except OSError:
                pass
            time.sleep(0.2)
        yield port
    finally:
        stop(server)


def stop(server: subprocess.Popen) -> None:
    if server.poll() is not None:
        return
    with contextlib.suppress(ProcessLookupError):
        os.killpg(server.pid, signal.SIGTERM)
    try:
        server.wait(timeout=15)
    except subprocess.TimeoutExpired:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(server.pid, signal.SIGKILL)
        server.wait()


# --- load --------------------------------------------------------------------------------------------


@dataclass
class Result:
    latencies: list[float] = field(default_factory=list)  # seconds, of the requests answered 200
    errors: Counter = field(default_factory=Counter)
    seconds: float = 0.0
    client_cpu: float = 0.0  # CPU seconds this process (the clients) used

    @property
    def requests(self) -> int:
        return len(self.latencies) + sum(self.errors.values())

    @property
    def rate(self) -> float:
        return len(self.latencies) / self.seconds if self.seconds else 0.0

    def percentile(self, q: float) -> float:
        """Nearest-rank percentile of the answered requests, in ms."""
        if not self.latencies:
            return math.nan
        ordered = sorted(self.latencies)
        return ordered[max(0, math.ceil(q / 100 * len(ordered)) - 1)] * 1000


def fetch(conn: http.client.HTTPConnection, path: str, headers: dict[str, str], buffer: bytearray) -> str:
    """GET ``path`` and read the whole answer; "" when it is a 200, else what went wrong."""
    for attempt in range(2):
        reused = conn.sock is not None
        try:
            conn.request("GET", path, headers=headers)
            response = conn.getresponse()
            while response.readinto(buffer):
                pass
            return "" if response.status == 200 else f"HTTP {response.status}"
        except (OSError, http.client.HTTPException) as error:
            conn.close()
            if reused and attempt == 0 and isinstance(error, ConnectionError):
                continue  # the server had closed this idle keep-alive connection: open a new one
            return type(error).__name__
    return "unreachable"


def hammer(port: int, path: str, headers: dict[str, str], clients: int, seconds: float) -> Result:
    """``clients`` threads send ``path`` one request after the other for ``seconds``."""
    result = Result()
    lock = threading.Lock()
    barrier = threading.Barrier(clients + 1)
    deadline = [0.0]

    def client() -> None:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=TIMEOUT)
        buffer = bytearray(256 * 1024)
        latencies, errors = [], Counter()
        barrier.wait()
        while time.perf_counter() < deadline[0]:
            started = time.perf_counter()
            error = fetch(conn, path, headers, buffer)
            elapsed = time.perf_counter() - started
            if error:
                errors[error] += 1
            else:
                latencies.append(elapsed)
        conn.close()
        with lock:
            result.latencies += latencies
            result.errors.update(errors)

    threads = [threading.Thread(target=client, daemon=True) for _ in range(clients)]
    for thread in threads:
        thread.start()
    cpu = time.process_time()
    started = time.perf_counter()
    deadline[0] = started + seconds
    barrier.wait()
    for thread in threads:
        thread.join()
    result.seconds = time.perf_counter() - started  # requests under way at the deadline are finished
    result.client_cpu = time.process_time() - cpu
    return result


def alone(port: int, path: str, headers: dict[str, str], count: int) -> Result:
    """``count`` requests one after the other: the latency of one request with nothing else running."""
    result = Result()
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=TIMEOUT)
    buffer = bytearray(256 * 1024)
    begun = time.perf_counter()
    for _ in range(count):
        started = time.perf_counter()
        error = fetch(conn, path, headers, buffer)
        if error:
            result.errors[error] += 1
        else:
            result.latencies.append(time.perf_counter() - started)
    conn.close()
    result.seconds = time.perf_counter() - begun
    return result


@dataclass
class ServerRun:
    name: str
    alone: dict[str, Result]
    load: dict[str, Result]
    busy: list[float] = field(default_factory=list)  # share of the CPUs in use before and after it ran


def machine_busy(seconds: float = 2.0) -> float:
    """Share of all CPUs in use over ``seconds`` (Linux /proc/stat): others' work when this bench idles."""

    def sample() -> tuple[int, int]:
        with open("/proc/stat") as stat:
            ticks = [int(v) for v in stat.readline().split()[1:]]
        return sum(ticks), ticks[3] + ticks[4]  # all, idle + iowait

    try:
        total, idle = sample()
        time.sleep(seconds)
        total2, idle2 = sample()
    except OSError:
        return math.nan
    return 1 - (idle2 - idle) / max(total2 - total, 1)


def measure(
    kind: str, label: str, port: int, headers: dict[str, dict[str, str]], args, busy_before: float
) -> ServerRun:
    for path in ENDPOINTS:  # warm-up (imports, templates, connections); not counted
        check = alone(port, path, headers[path], 1)
        if check.errors:
            raise SystemExit(f"{kind}: GET {path} failed before the run: {dict(check.errors)}")
        hammer(port, path, headers[path], args.clients, min(2.0, args.seconds))
    run = ServerRun(label, {}, {}, [busy_before])
    for path in ENDPOINTS:
        run.alone[path] = alone(port, path, headers[path], args.alone)
    for path in ENDPOINTS:
        print(f"  {kind}: {args.clients} clients on {path} for {args.seconds:g} s", file=sys.stderr)
        run.load[path] = hammer(port, path, headers[path], args.clients, args.seconds)
    return run


# --- report ------------------------------------------------------------------------------------------


def ms(value: float) -> str:
    return "—" if math.isnan(value) else f"{value:,.0f}" if value >= 100 else f"{value:.1f}"


def errors_text(result: Result) -> str:
    if not result.errors:
        return "0"
    return f"{sum(result.errors.values())} (" + ", ".join(f"{k} x{v}" for k, v in result.errors.items()) + ")"


def baseline_text(path: str) -> str:
    if path not in BASELINE_LOAD:
        return "no baseline; target 0 errors"
    rate, p95 = BASELINE_LOAD[path]
    return f"baseline {rate:g} req/s p95 {ms(p95)} ms; target >= {rate * TARGET_SPEEDUP:g} req/s, 0 errors"


def print_load(run: ServerRun, args, targets: bool) -> None:
    print()
    print(f"{run.name}: {args.clients} clients x {args.seconds:g} s per endpoint")
    head = f"  {'endpoint':<36} {'req/s':>8} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8} {'requests':>9}"
    print((f"{head}  {'errors':<8}" + (" | baseline and target" if targets else "")).rstrip())
    for path in ENDPOINTS:
        r = run.load[path]
        line = (
            f"  {path:<36} {r.rate:>8.1f} {ms(r.percentile(50)):>8} {ms(r.percentile(95)):>8} "
            f"{ms(r.percentile(99)):>8} {r.requests:>9}  {errors_text(r):<8}"
        )
        print((line + (f" | {baseline_text(path)}" if targets else "")).rstrip())
    cpu = sum(r.client_cpu for r in run.load.values()) / sum(r.seconds for r in run.load.values())
    before, after = run.busy
    print(
        f"  (the clients themselves used {cpu:.2f} CPU on average; with no server running, other "
        f"processes kept the CPUs {before:.0%} busy just before, {after:.0%} just after)"
    )


def met(ok: bool) -> str:
    return "met" if ok else "NOT met"


def report(runs: list[ServerRun], args, counts: dict[str, int], mode: str, log_dir: Path) -> None:
    print(f"data: {', '.join(f'{k} {v:,}' for k, v in counts.items())}")
    print(f"mode: {mode}; {os.cpu_count()} CPUs shared by the server, PostgreSQL and the clients")
    for number, run in enumerate(runs):
        print_load(run, args, targets=number == 0)
    if len(runs) == 2:
        first, second = runs
        print()
        print(f"{first.name} / {second.name} (same run, same data)")
        print(f"  {'endpoint':<36} {'req/s ratio':>12} {'p95 ratio':>10}")
        for path in ENDPOINTS:
            a, b = first.load[path], second.load[path]
            rate = a.rate / b.rate if b.rate else math.nan
            p95 = a.percentile(95) / b.percentile(95) if b.latencies else math.nan
            print(f"  {path:<36} {rate:>11.2f}x {p95:>9.2f}x")
    print()
    print(f"one request alone (sequential, no concurrency; median of {args.alone}, min in brackets), ms")
    names = "".join(f" {run.name.split(',')[0]:>22}" for run in runs)
    print(f"  {'endpoint':<36}{names}   | baseline and target")
    for path in ENDPOINTS:
        cells = ""
        for run in runs:
            r = run.alone[path]
            cell = f"{ms(r.percentile(50))} ({ms(min(r.latencies) * 1000 if r.latencies else math.nan)})"
            cells += f" {cell + ('' if not r.errors else ' E' + str(sum(r.errors.values()))):>22}"
        target = (
            f"baseline {ms(BASELINE_ALONE[path])} ms; target < {ms(TARGET_ALONE[path])} ms"
            if path in TARGET_ALONE
            else "no baseline or target"
        )
        print(f"  {path:<36}{cells}   | {target}")
    main_run = runs[0]
    print()
    print(f"targets (never asserted), for {main_run.name}:")
    errors = sum(sum(r.errors.values()) for run in runs for r in (*run.load.values(), *run.alone.values()))
    print(f"  zero errors: {errors} errors in all runs -> {met(errors == 0)}")
    for path, limit in TARGET_ALONE.items():
        value = main_run.alone[path].percentile(50)
        print(
            f"  {path} alone under {limit:g} ms: {ms(value)} ms "
            f"({value / BASELINE_ALONE[path]:.2f}x the baseline's {BASELINE_ALONE[path]:g} ms) "
            f"-> {met(value < limit)}"
        )
    for path, (rate, p95) in BASELINE_LOAD.items():
        r = main_run.load[path]
        print(
            f"  {path} at {args.clients} clients >= {TARGET_SPEEDUP:g}x baseline "
            f"({rate * TARGET_SPEEDUP:g} req/s): "
            f"{r.rate:.1f} req/s = {r.rate / rate:.2f}x; p95 {ms(r.percentile(95))} ms vs {ms(p95)} ms "
            f"-> {met(r.rate >= rate * TARGET_SPEEDUP)}"
        )
    if args.clients != 20:
        print(f"  (the baseline is at 20 clients; this run used {args.clients})")
    print(f"server logs: {log_dir}")


# --- main --------------------------------------------------------------------------------------------


def interrupt(signum, frame) -> None:
    raise KeyboardInterrupt  # SIGTERM too stops the servers on the way out


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--seconds", type=float, help="load per endpoint per server (default 30; quick 3)")
    parser.add_argument("--clients", type=int, help="concurrent clients (default 20; quick 4)")
    parser.add_argument(
        "--claims", type=int, help="claims in the bench database (default 40,000; quick 2,000)"
    )
    parser.add_argument("--alone", type=int, help="sequential requests per endpoint (default 20; quick 5)")
    parser.add_argument("--workers", type=int, default=2, help="gunicorn sync workers (default 2)")
    parser.add_argument(
        "--quick", action="store_true", help="a short smoke run: 3 s, 4 clients, 2,000 claims"
    )
    parser.add_argument("--debug", action="store_true", help="run both servers with DEBUG on")
    parser.add_argument(
        "--servers",
        default="gunicorn,runserver",
        help="which servers, in this order (default gunicorn,runserver; the first is held to the targets)",
    )
    parser.add_argument(
        "--database-url",
        default=None,
        help="PostgreSQL URL of the bench database (default: DATABASE_URL's database + '_httpbench')",
    )
    args = parser.parse_args()
    quick = {"seconds": 3.0, "clients": 4, "claims": 2000, "alone": 5}
    full = {"seconds": 30.0, "clients": 20, "claims": 40_000, "alone": 20}
    for name, value in (quick if args.quick else full).items():
        if getattr(args, name) is None:
            setattr(args, name, value)
    servers = [s.strip() for s in args.servers.split(",") if s.strip()]
    if not servers or set(servers) - {"gunicorn", "runserver"}:
        sys.exit("--servers takes gunicorn and/or runserver.")

    source = args.database_url or postgres.bench_database_url(
        os.environ.get("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/factcheck"), "httpbench"
    )
    if not source.startswith(("postgres://", "postgresql://")):
        sys.exit("bench/web_load.py needs PostgreSQL: set DATABASE_URL or --database-url.")
    if not urlsplit(source).path.rstrip("/").endswith("bench"):
        sys.exit(f"The bench database's name must end in 'bench' (it is seeded): {source}")
    signal.signal(signal.SIGTERM, interrupt)

    postgres.ensure_database(source)
    postgres.setup_django(source)
    seed(args.claims)
    counts = data_counts()
    token, cookie_name, session_key = credentials()
    from django.db import connection

    connection.close()

    api = {"Authorization": f"Token {token}", "Accept-Encoding": "identity"}
    page = {"Cookie": f"{cookie_name}={session_key}", "Accept-Encoding": "identity"}
    headers = {CLAIMS: api, EXPORT: api, QUEUE: page}
    env = {
        **os.environ,
        "DATABASE_URL": source,
        "DJANGO_SETTINGS_MODULE": "factcheck.settings",
        "DEBUG": "true" if args.debug else "false",
        "LOG_LEVEL": "WARNING",
        "FACTCHECK_API_THROTTLE_CLIENT": THROTTLE,
    }
    env.pop("DJANGO_ENV", None)
    mode = (
        f"development settings, DEBUG {'on' if args.debug else 'off'}, "
        f"CONN_MAX_AGE={env.get('CONN_MAX_AGE', '0')} (runserver 0), throttle {THROTTLE}"
    )
    labels = {"gunicorn": f"gunicorn, {args.workers} sync workers", "runserver": "runserver, threaded"}
    log_dir = Path(tempfile.mkdtemp(prefix="bench-http-"))
    runs = []
    try:
        busy = machine_busy()
        for kind in servers:
            with running(kind, env, args.workers, log_dir) as port:
                print(f"  {kind} on 127.0.0.1:{port}", file=sys.stderr)
                runs.append(measure(kind, labels[kind], port, headers, args, busy))
            busy = machine_busy()
            runs[-1].busy.append(busy)
    except KeyboardInterrupt:
        sys.exit("interrupted: servers stopped")
    report(runs, args, counts, mode, log_dir)


if __name__ == "__main__":
    main()
