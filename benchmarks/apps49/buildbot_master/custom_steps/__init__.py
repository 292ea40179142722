from custom_steps.commit_lint import CommitMessageLint
from custom_steps.flaky_triage import FlakyTestTriage
from custom_steps.moderation import RedactAndCheckLogs
from custom_steps.nightly_report import NightlyHealthReport
from custom_steps.release_notes import DraftReleaseNotes
from custom_steps.summarize_failure import SummarizeFailure
from custom_steps.test_impact import SelectImpactedTests

__all__ = [
    "CommitMessageLint",
    "DraftReleaseNotes",
    "FlakyTestTriage",
    "NightlyHealthReport",
    "RedactAndCheckLogs",
    "SelectImpactedTests",
    "SummarizeFailure",
]
