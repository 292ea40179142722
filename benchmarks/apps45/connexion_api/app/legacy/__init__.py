"""Pre-2024 code paths kept alive for the v0 clients. Do not add to this package."""
