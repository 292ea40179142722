"""Pre-2024 code paths kept alive for the docket and intake integrations. Do not extend."""
