"""Proposal writer for the agency: FastHTML app package."""

__version__ = "0.9.3"
