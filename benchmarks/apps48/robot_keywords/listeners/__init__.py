"""Robot Framework listeners (API v3)."""
