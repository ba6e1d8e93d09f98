"""Admin for the core app, one module per domain; import jobs have theirs in the imports package.

Django autodiscovers only ``<app>.admin``, so the imports package's admin is loaded from here.
"""

from factcheck.admin import articles
from factcheck.imports import admin as imports

__all__ = ["articles", "imports"]
