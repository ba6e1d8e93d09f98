"""Admin for the core app, one module per domain."""

from factcheck.admin import imports

__all__ = ["imports"]
