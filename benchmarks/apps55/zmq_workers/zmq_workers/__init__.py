"""ZeroMQ job processing with LLM-backed workers."""

__version__ = "0.9.3"
