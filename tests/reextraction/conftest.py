from tests.corrections.conftest import article, claims, rating_false  # noqa: F401
