"""Pre-2.0 handlers kept mounted at /v1 for old widget embeds. Do not extend."""
