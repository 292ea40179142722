"""Pre-2.0 helpers. Being migrated to kestrel.providers / kestrel.api; do not add new code here."""
