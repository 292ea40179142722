"""supportstream: Faust stream processors for the customer-support platform."""

__version__ = "0.14.2"
