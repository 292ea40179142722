"""Pre-0.5 single-page assistant. Kept for the finance team's notebooks; do not extend."""
