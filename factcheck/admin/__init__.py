"""Admin for the core app, one module per domain."""

from factcheck.admin import articles, imports

__all__ = ["articles", "imports"]
