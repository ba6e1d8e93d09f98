"""Training, evaluation and reference tooling for ``factcheck.extraction``; not installed with the app.

It needs development dependencies (scikit-learn, quantulum3) and labelled data kept outside the
repository, so it lives beside the runtime package, like ``bench/``: ``evaluation`` imports
``factcheck.extraction``, never the reverse (``tests/extraction/test_purity.py``).

    python -m evaluation {newsquant,ct24,quantemp,quantulum3} PATH
    python -m evaluation.train --data TSV [--data TSV …] --out MODEL.json
"""
