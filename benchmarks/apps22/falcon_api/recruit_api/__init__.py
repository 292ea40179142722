"""recruit_api: CV screening and outreach drafting service."""

__version__ = "2.7.1"
