"""Otto, the internal Slack assistant."""

__version__ = "0.14.2"
