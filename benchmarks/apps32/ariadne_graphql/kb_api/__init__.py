"""Knowledge-base GraphQL API."""

__version__ = "0.14.2"
