"""Pre-refactor code kept for the notebook integration. Do not extend."""
