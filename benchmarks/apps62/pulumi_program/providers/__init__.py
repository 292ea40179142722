"""Pulumi dynamic providers.

Note: dynamic providers are serialised with dill and run inside the engine's
provider host, so anything they touch (clients, settings) must be importable or
created lazily inside the provider methods.
"""
from providers.changelog_summary import ChangelogSummary, ChangelogSummaryProvider
from providers.release_notes import ReleaseNotes, ReleaseNotesProvider
from providers.runbook import Runbook, RunbookProvider

__all__ = [
    "ChangelogSummary",
    "ChangelogSummaryProvider",
    "ReleaseNotes",
    "ReleaseNotesProvider",
    "Runbook",
    "RunbookProvider",
]
