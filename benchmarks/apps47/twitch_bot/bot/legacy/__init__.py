"""Code from the original single-file bot (2023). Being migrated into cogs; don't add to it."""
