"""Code from the pre-Textual (prompt_toolkit) version, kept for `termpal-quick`."""
