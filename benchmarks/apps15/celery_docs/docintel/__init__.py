"""docintel - document intelligence back office."""

__version__ = "2.14.3"
