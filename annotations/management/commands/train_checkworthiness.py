"""``manage.py train_checkworthiness --from-reviews``: retrain check-worthiness with the desk's own claims.

The claims people reviewed or added are check-worthy examples; those marked "not a claim" or dismissed
as not checkable are not. A share of the desk's articles is held back; the model is trained on
CheckThat! 2024 (train and dev) plus the rest of the desk's examples, and the new model and the
current one are both scored on held-out data: the CheckThat! test file and the held-back share. The
model file is written where ``--out`` says; nothing changes until someone selects it with
``FACTCHECK_CHECKWORTHINESS_MODEL`` (claims then record ``<release>+model.<hash>`` as their
extractor version). Training needs the development extra (scikit-learn) and the CheckThat! files; with
the sentence encoder installed it is distilled from it, as the shipped model is (``evaluation.train
--distil``).
"""

from __future__ import annotations

import csv
import hashlib
import tempfile
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db.models import Q

from annotations.models import ReviewState
from factcheck.extraction.checkworthiness import Model, load_model, selected_model_path
from factcheck.matching import encoder
from factcheck.models import Claim, Origin

CT24 = Path(settings.BASE_DIR).parent / "shared" / "eval" / "ct24"
DESK_IDS = 10_000_000  # desk examples get sentence ids of their own, far from CheckThat!'s
REVIEWED = [
    ReviewState.IN_PROGRESS,
    ReviewState.NEEDS_SECOND_REVIEW,
    ReviewState.APPROVED,
    ReviewState.PUBLISHED,
]


def desk_examples() -> list[tuple[int, int, str, bool]]:
    """(article id, claim id, text, check-worthy) for every claim people judged."""
    worthy = (Q(origin=Origin.ADDED) | Q(review__state__in=REVIEWED)) & Q(not_a_claim=False)
    unworthy = Q(not_a_claim=True) | Q(review__state=ReviewState.NOT_CHECKABLE)
    rows = Claim.objects.filter(worthy | unworthy).values_list(
        "article_id", "pk", "text", "not_a_claim", "review__state"
    )
    return [
        (article, pk, " ".join(text.split()), not (not_a_claim or state == ReviewState.NOT_CHECKABLE))
        for article, pk, text, not_a_claim, state in rows.order_by("pk")
    ]


def is_held_back(article_id: int, share: float) -> bool:
    """The same articles are held back on every run (a hash of the id, not a random draw)."""
    digest = int(hashlib.sha256(str(article_id).encode()).hexdigest()[:8], 16)
    return digest / 0xFFFFFFFF < share


def f1(model: Model, rows: list[tuple[str, bool]], threshold: float) -> tuple[float, int]:
    from evaluation.ct24 import probability
    from evaluation.train import prf

    if not rows:
        return float("nan"), 0
    predicted = [probability(model, text) >= threshold for text, _ in rows]
    return prf([label for _, label in rows], predicted)[2], len(rows)


class Command(BaseCommand):
    help = "Retrain the check-worthiness model with the desk's reviewed, added and rejected claims."

    def add_arguments(self, parser) -> None:
        parser.add_argument(
            "--from-reviews", action="store_true", required=True, help="Use the desk's claims."
        )
        parser.add_argument(
            "--data",
            action="append",
            help="CheckThat! 2024 TSV to train on; repeat (default: its train.tsv and dev.tsv).",
        )
        parser.add_argument("--test", help="Held-out CheckThat! TSV (default: ct24 dev-test.tsv).")
        parser.add_argument(
            "--held-back", type=float, default=0.2, help="Share of the desk's articles held back."
        )
        parser.add_argument("--out", default=str(Path(settings.VAR_DIR) / "checkworthiness-desk.json"))
        parser.add_argument("--group-size", type=int, default=1000, help="(training) sentence ids per group")
        parser.add_argument("--cv", type=int, default=5, help="(training) grouped CV folds")

    def handle(
        self, *args, data, test, held_back: float, out: str, group_size: int, cv: int, **options
    ) -> None:
        try:
            from evaluation import train
            from evaluation.train import read_tsv
        except ImportError as error:
            raise CommandError(
                f"Training needs the development extra: pip install -e '.[dev]' ({error})."
            ) from None
        data = data or [str(CT24 / "train.tsv"), str(CT24 / "dev.tsv")]
        test = test or str(CT24 / "dev-test.tsv")
        for path in [*data, test]:
            if not Path(path).is_file():
                raise CommandError(
                    f"{path} not found: give the CheckThat! 2024 files with --data and --test."
                )
        if not 0 <= held_back < 1:
            raise CommandError("--held-back is a share between 0 and 1.")
        examples = desk_examples()
        if not examples:
            raise CommandError("No reviewed, added or rejected claims yet: nothing to learn from the desk.")
        train_rows = [e for e in examples if not is_held_back(e[0], held_back)]
        kept_rows = [
            (text, label) for article, _, text, label in examples if is_held_back(article, held_back)
        ]
        self.stdout.write(
            f"Desk examples: {len(examples)} ({sum(e[3] for e in examples)} check-worthy) from "
            f"{len({e[0] for e in examples})} articles; {len(kept_rows)} held back."
        )
        with tempfile.TemporaryDirectory() as folder:
            desk_tsv = Path(folder) / "desk.tsv"
            with desk_tsv.open("w", encoding="utf-8", newline="") as fh:
                writer = csv.writer(fh, delimiter="\t")
                writer.writerow(["Sentence_id", "Text", "class_label"])
                for _, pk, text, label in train_rows:
                    writer.writerow([DESK_IDS + pk, text, "Yes" if label else "No"])
            # CheckThat!'s dev file stays last: the trainer scores the last file as its dev set
            files = [*data[:-1], str(desk_tsv), data[-1]] if len(data) > 1 else [str(desk_tsv), *data]
            argv = [arg for path in files for arg in ("--data", path)]
            argv += ["--out", out, "--group-size", str(group_size), "--cv", str(cv)]
            # As the shipped model is trained, where the teacher can run: otherwise the desk's model would
            # lose the distillation's gain (README, Claim extraction) and be compared with one that has it.
            if encoder.available():
                argv.append("--distil")
                self.stdout.write("Distilled from the sentence encoder, as the shipped model is.")
            else:
                self.stdout.write(
                    "Not distilled: the sentence encoder is not installed (requirements-encoder.txt), "
                    "though the shipped model is."
                )
            if train.main(argv) != 0:
                raise CommandError("Training failed; see above.")
        current, new = load_model(selected_model_path()), load_model(out)
        checkthat = [(text, label) for _, text, label in read_tsv(test)]
        self.stdout.write(f"Held-out F1 of the check-worthy class (current model {selected_model_path()}):")
        for name, rows, pick in (
            (f"CheckThat! {Path(test).name}", checkthat, lambda m: m.debate_threshold),
            ("the desk's held-back claims", kept_rows, lambda m: m.threshold),
        ):
            before, n = f1(current, rows, pick(current))
            after, _ = f1(new, rows, pick(new))
            if not n:
                self.stdout.write(f"  {name}: none (too few articles to hold any back)")
                continue
            self.stdout.write(f"  {name} ({n} sentences): current {before:.3f}, retrained {after:.3f}")
        self.stdout.write(
            f"Wrote {out}. The shipped model is unchanged; to use this one, set "
            f"FACTCHECK_CHECKWORTHINESS_MODEL={out} and restart the web and worker processes."
        )
