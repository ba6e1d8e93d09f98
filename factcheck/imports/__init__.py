"""Import pipeline: readers yield raw items, parsers turn them into article records, a writer stores them.

Every failure is kept as data (an ``ItemError``) so the rest of a batch still imports.
"""
