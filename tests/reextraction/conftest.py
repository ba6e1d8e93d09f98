from tests.corrections import conftest as corrections_fixtures

# the article the claim-correction tests work on (``tests/corrections/conftest.py``)
article = corrections_fixtures.article
claims = corrections_fixtures.claims
rating_false = corrections_fixtures.rating_false
