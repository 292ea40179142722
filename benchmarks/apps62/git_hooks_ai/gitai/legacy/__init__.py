"""Old code paths kept for the `GITAI_LEGACY=1` escape hatch. Do not add new callers."""
