"""Public pages of published verdicts: the page each ClaimReview's ``url`` names, an index, a sitemap
and an Atom feed. ``FACTCHECK_PUBLIC_PAGES=false`` turns them off (the export then points elsewhere)."""
