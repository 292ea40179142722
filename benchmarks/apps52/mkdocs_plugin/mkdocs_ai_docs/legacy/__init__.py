"""Pre-0.5 code paths kept for users still on ``ai_summary`` (the old plugin name)."""
