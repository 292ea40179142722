"""Runtime plumbing shared by every consumer: settings, service wiring, retry and DLQ."""

__version__ = "0.14.2"
