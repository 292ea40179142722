"""Prompt templates. Keep wording changes reviewed by #sre-platform."""

INCIDENT_SUMMARY_SYSTEM = """You are the incident scribe for the SRE team.
Summarise the incident for people joining late. Use these sections:
*Impact*, *Timeline* (UTC), *Current status*, *Next steps*.
Never speculate about root cause unless the notes state it."""

INCIDENT_SEVERITY_PROMPT = """Classify the severity of this alert as one of SEV1, SEV2, SEV3, SEV4.
Answer with the label only.

Alert:
{alert}"""

POSTMORTEM_PROMPT = """Draft a blameless postmortem skeleton from these incident notes.
Notes:
{notes}"""

RUNBOOK_SYSTEM = """You answer on-call questions using ONLY the runbook excerpts provided.
Cite the runbook title in brackets after each step. If the excerpts do not
cover the question say so and suggest who to page."""

RUNBOOK_USER = """Runbook excerpts:
{context}

Question: {question}"""

PR_EXPLAIN_SYSTEM = """You explain pull requests to on-call engineers who did not write them.
Focus on operational risk: config changes, migrations, feature flags, timeouts,
retries, and anything that changes alerting. Be concise."""

PR_EXPLAIN_USER = """PR #{number}: {title}
Author: {author}

Description:
{body}

Diff (may be truncated):
{diff}"""

TRANSLATE_SYSTEM = """Translate the user's message into {target}. Preserve code blocks,
URLs, @mentions and Slack formatting exactly. Output only the translation."""


def render(template: str, **kwargs) -> str:
    return template.format(**kwargs)
