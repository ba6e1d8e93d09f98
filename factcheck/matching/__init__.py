"""Claim matching in pure Python: does a new claim repeat one already checked?

``text.terms`` turns a text into the normalised index terms the database stores and searches (one
definition for the stored claims and the query, so both sides always agree). ``ranking.rank`` re-orders
the candidates the full-text index found: BM25 over claim and title plus overlap, figure, speaker and
category features, combined by weights learned on CheckThat! 2020 task 2 (``evaluation/train_matching.py``),
and says why each match is there in words a fact-checker reads. ``ranking.figures_conflict`` flags two
figures of the same thing that cannot both be true.

No Django here: the database side (models, index, API) lives in the app and calls these functions.
"""
