"""The core app's admin. Django autodiscovers only ``<app>.admin``, so the imports package's admin is
loaded from here; articles and claims are registered by the review app, which shows their review states.
"""

from factcheck.imports import admin as imports

__all__ = ["imports"]
