"""Pre-Haystack code (v0.x). Still used by the nightly digest; do not add features here."""
