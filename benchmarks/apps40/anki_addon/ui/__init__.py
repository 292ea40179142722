"""Qt / Anki integration."""
