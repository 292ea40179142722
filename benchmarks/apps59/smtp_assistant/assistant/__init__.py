"""smtp-assistant: LLM-backed inbound mail triage."""

__version__ = "0.9.3"
