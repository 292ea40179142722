"""Pre-2023 code paths. Don't add new features here."""
