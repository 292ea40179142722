"""Bots from the 2023 hackathon. Still deployed; please don't add features here."""
