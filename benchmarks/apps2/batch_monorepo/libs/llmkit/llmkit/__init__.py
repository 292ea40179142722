"""llmkit: shared provider plumbing for the catalogue ML jobs."""

__version__ = "0.14.2"
