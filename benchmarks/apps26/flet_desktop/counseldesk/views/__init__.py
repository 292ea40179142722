"""Top-level panels, one per navigation destination."""
