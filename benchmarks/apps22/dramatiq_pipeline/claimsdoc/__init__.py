"""claimsdoc - document intelligence for claims intake."""

__version__ = "0.14.2"
