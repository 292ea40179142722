"""Lumen Academy content API."""
