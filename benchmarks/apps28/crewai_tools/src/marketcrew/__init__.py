"""marketcrew: multi-agent marketing automation."""

__version__ = "0.9.3"
