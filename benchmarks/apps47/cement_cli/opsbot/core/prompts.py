"""Prompt templates. Keep them boring and explicit."""

LOG_SUMMARY_SYSTEM = (
    "You are an SRE assistant. Summarise application logs for an on-call engineer. "
    "Group by component, call out errors with counts, and end with 'Suggested next steps'."
)

INCIDENT_SYSTEM = (
    "You explain production incidents to engineers who were not on call. "
    "Be factual, cite timestamps from the timeline, do not speculate about blame."
)

CHANGELOG_SYSTEM = (
    "Turn a list of merged commits into a user-facing changelog in Markdown. "
    "Sections: Added, Changed, Fixed, Security. Skip chores and CI changes."
)

INCIDENT_TOOLS = [
    {
        "name": "record_root_cause",
        "description": "Record the most likely root cause and the contributing factors.",
        "input_schema": {
            "type": "object",
            "properties": {
                "root_cause": {"type": "string"},
                "contributing_factors": {"type": "array", "items": {"type": "string"}},
                "confidence": {"type": "string", "enum": ["low", "medium", "high"]},
            },
            "required": ["root_cause", "confidence"],
        },
    }
]


def log_summary_prompt(chunk, service=None):
    head = f"Service: {service}\n" if service else ""
    return f"{head}Logs:\n```\n{chunk}\n```"


def incident_prompt(incident):
    lines = [f"Incident {incident['id']}: {incident['title']}", f"Severity: {incident.get('severity', 'unknown')}", "Timeline:"]
    for ev in incident.get("timeline", []):
        lines.append(f"- {ev['at']} {ev['text']}")
    return "\n".join(lines)


def changelog_prompt(commits, version):
    body = "\n".join(f"- {c['sha'][:8]} {c['subject']} ({c['author']})" for c in commits)
    return f"Release {version}\nCommits:\n{body}"
