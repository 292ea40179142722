"""CounselDesk: desktop assistant for the legal operations team."""

__version__ = "0.9.3"
