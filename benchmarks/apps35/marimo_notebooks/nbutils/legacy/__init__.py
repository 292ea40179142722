"""Pre-2024 helpers kept for the old triage notebook. Do not use in new work."""
