"""The versioned REST API (``/api/v1/``): articles, claims and published verdicts, and their export."""
