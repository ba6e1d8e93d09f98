"""The extractor's version, stored with every claim it makes (``Claim.extractor_version``).

Bump it whenever ``extract()`` can give a different output for the same text (sentences, figures,
categories, speakers or check-worthiness scores, the model included), so stored claims say which
extractor made them. Calendar style: ``YEAR.MONTH.N``. Pure Python, like the rest of the package.
"""

from __future__ import annotations

from typing import Final

EXTRACTOR_VERSION: Final = "2026.12.0"
