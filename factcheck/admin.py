"""The core app's admin. Django autodiscovers only ``<app>.admin``, so the imports, matching and
re-extraction packages' admins are loaded from here; articles and claims are registered by the review
app, which shows their review states.
"""

from factcheck import factchecks_admin
from factcheck.imports import admin as imports
from factcheck.matching import admin as matching
from factcheck.reextraction import admin as reextraction

__all__ = ["factchecks_admin", "imports", "matching", "reextraction"]
