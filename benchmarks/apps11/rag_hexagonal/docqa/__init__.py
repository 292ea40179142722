"""docqa: document question answering service."""

__version__ = "0.14.2"
