"""Prompt templates. Keep these boring and versioned."""
from __future__ import annotations

from string import Template

RELEASE_NOTES_SYSTEM = (
    "You write release notes for an internal platform team. Group changes under "
    "Features, Fixes and Chores. Be terse. Never invent changes that are not in the log."
)

RELEASE_NOTES_USER = Template(
    "Release $version (previous: $previous).\n\nCommits:\n$commits\n\n"
    "Merged PR titles:\n$prs\n"
)

INCIDENT_SUMMARY_SYSTEM = (
    "You are an SRE writing an incident summary for a status page and a postmortem doc. "
    "Produce: Impact, Timeline (UTC), Root cause (if known), Follow-ups."
)

INCIDENT_SUMMARY_USER = Template(
    "Incident $incident_id: $title\nSeverity: $severity\n\nTimeline events:\n$events\n\n"
    "Slack excerpts:\n$slack\n"
)

TRIAGE_SYSTEM = (
    "Classify the alert into one of: page, ticket, ignore. Reply as JSON with keys "
    "'decision', 'team', 'reason'."
)

TRANSLATE_SYSTEM = Template(
    "Translate the following Markdown documentation into $language. Preserve code blocks, "
    "links, front matter and headings exactly. Do not translate product names."
)

BANNER_PROMPT = Template(
    "A clean flat illustration banner for software release $version, theme: $theme, "
    "no text, pastel colours"
)


def render_commits(commits: list[dict]) -> str:
    return "\n".join(f"- {c['sha'][:8]} {c['subject']} ({c['author']})" for c in commits)


def render_events(events: list[dict]) -> str:
    return "\n".join(f"{e['at']} {e['who']}: {e['what']}" for e in events)
