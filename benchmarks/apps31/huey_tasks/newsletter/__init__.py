"""Newsletter platform: background processing, admin and provider glue."""

__version__ = "2.7.1"
