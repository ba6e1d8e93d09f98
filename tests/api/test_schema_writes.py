"""Every write operation against its OpenAPI document, with every Schemathesis check (a fixed seed, a
bounded number of generated requests each), as an editor who may make every write.

Two refusals are intended and documented, so the "schema-valid request rejected" check (ST202) allows
them and fails any other:
- a body that names objects by id (an article, a claim, a rating, the claims of a merge and their
  versions) is schema-valid whatever the id; the server answers 400 naming the field when no such object
  exists (409 when it exists at another version, which the check already accepts);
- a well-formed correction that the correction rules refuse (their description in the schema lists
  them: nothing to change, claims of two articles or not adjacent, a claim under review) answers 400 with
  code `not_allowed` and the rule in words; a JSON Schema cannot say these.
Every other check runs unchanged.

The two upload operations (``POST imports/`` and ``imports/preview/``, multipart) are left out: the
multipart bodies Schemathesis builds do not carry what it reports (an empty URL item is dropped, a
generated file part goes without a file name, so the server rightly sees no file), so its findings there
are about the encoding, not the server. ``tests/imports/test_api.py`` and
``tests/imports/test_bad_inputs.py`` test those two operations' bad input directly.
"""

from __future__ import annotations

import json
import re

import pytest
import schemathesis
from django.core.wsgi import get_wsgi_application
from hypothesis import HealthCheck, settings
from rest_framework.authtoken.models import Token
from schemathesis.specs.openapi.checks import positive_data_acceptance

from tests.api.helpers import make_review
from tests.factories import ClaimFactory, QuantityFactory, member

pytestmark = pytest.mark.django_db

# The field errors of a 400 that are the intended refusal above, and nothing else.
UNKNOWN_OBJECT = re.compile(
    r"^(Invalid pk \".*\" - object does not exist\.|Keys are claim ids\."
    r"|Unknown claim(s)?: .*|No claim .*|Not a claim of .*)$"
)


def intended_refusal(body: bytes, status: int) -> bool:
    if status != 400:
        return False
    try:
        problem = json.loads(body)
        fields = problem.get("fields") or {}
    except (ValueError, AttributeError):
        return False
    if problem.get("code") == "not_allowed" and not fields:
        return True
    messages = [m for errors in fields.values() for m in (errors if isinstance(errors, list) else [errors])]
    return bool(messages) and all(isinstance(m, str) and UNKNOWN_OBJECT.match(m) for m in messages)


@schemathesis.check
def valid_data_accepted_unless_an_object_is_unknown(ctx, response, case):
    """ST202, less the documented refusal of ids that name no object."""
    if intended_refusal(response.content, response.status_code):
        return None
    return positive_data_acceptance(ctx, response, case)


schema = schemathesis.openapi.from_wsgi("/api/schema/?format=json", get_wsgi_application())


@pytest.fixture
def editor_token(db) -> str:
    for verdict in ("false", "misleading"):
        make_review(verdict=verdict)
    QuantityFactory(claim=ClaimFactory(speaker=""))
    return Token.objects.create(user=member("eddie", "Editor")).key


@schema.exclude(method="GET").exclude(path_regex=r"^/api/v1/imports/").parametrize()
@settings(max_examples=10, deadline=None, derandomize=True, suppress_health_check=list(HealthCheck))
def test_every_write_conforms_to_the_schema_under_every_check(
    case, editor_token, wsgi_requests_keep_the_test_connection
):
    case.call_and_validate(
        headers={"Authorization": f"Token {editor_token}"},
        excluded_checks=[positive_data_acceptance],
        additional_checks=[valid_data_accepted_unless_an_object_is_unknown],
    )


@pytest.mark.parametrize(
    ("body", "intended"),
    [
        (b'{"fields": {"article": ["Invalid pk \\"4\\" - object does not exist."]}}', True),
        (b'{"fields": {"versions": ["Keys are claim ids."]}}', True),
        (b'{"fields": {"start": ["Ensure this value is greater than or equal to 0."]}}', False),
        (b'{"fields": {}}', False),
        (b"not json", False),
        (b'{"code": "not_allowed", "detail": "Nothing to change: give a start."}', True),
        (b'{"code": "invalid", "detail": "Invalid input: start: Ensure this value is ..."}', False),
    ],
)
def test_only_unknown_objects_and_correction_rules_are_intended_refusals(body, intended):
    assert intended_refusal(body, 400) is intended
    assert intended_refusal(body, 422) is False
