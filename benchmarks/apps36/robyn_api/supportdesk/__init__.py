"""Support desk assistant API (ticket triage, reply drafting, KB search)."""

__version__ = "0.9.3"
