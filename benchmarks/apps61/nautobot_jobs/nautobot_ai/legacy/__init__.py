"""Pre-registry helpers. Kept for the golden-config hook; do not add new callers."""
