"""Pre-BentoML code paths (the old Flask summarizer). Being migrated; see PLAT-377.

Do not add new callers.
"""
