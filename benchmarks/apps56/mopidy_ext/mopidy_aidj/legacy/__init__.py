"""Code from the 0.x releases (before the llm/ package). Still imported by
the scripts and by users who pinned ``commentary_provider = legacy``.
Do not add new features here."""
