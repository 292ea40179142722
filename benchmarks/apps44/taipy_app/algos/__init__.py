"""Task functions referenced by config/config.py."""
