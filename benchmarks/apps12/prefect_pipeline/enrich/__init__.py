"""Internal enrichment library shared by the Prefect flows and scripts."""

__version__ = "0.14.2"
