"""Pre-Nornir-3 helpers. Do not add new code here."""
