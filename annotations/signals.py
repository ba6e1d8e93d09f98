"""Signals the review services send, for features that react to them without the services knowing them.

``verdict_changed`` is sent inside the service's transaction when what readers see changes:
``event`` is ``published`` (first publication), ``corrected`` (a later revision published) or
``withdrawn``; ``review`` the review as saved. Publishing's webhooks listen (``annotations.publishing``).
"""

from django.dispatch import Signal

verdict_changed = Signal()
