"""Re-extraction: the current extractor over stored articles, keeping people's work."""
