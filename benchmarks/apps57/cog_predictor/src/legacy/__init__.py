"""Pre-agent captioner code kept for the `legacy_mode` input. Do not extend."""
