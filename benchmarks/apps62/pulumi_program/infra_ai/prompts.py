"""Prompt templates. Kept as plain strings so reviewers can diff them."""

RELEASE_NOTES_SYSTEM = (
    "You write release notes for an internal platform team. Be factual, group changes "
    "under Features / Fixes / Infrastructure, and never invent ticket numbers."
)

RELEASE_NOTES_USER = """Service: {service}
Version: {version}
Previous version: {previous}

Commits:
{commits}

Write release notes in Markdown."""

PLAN_REVIEW_SYSTEM = (
    "You review Pulumi preview output. Flag replacements of stateful resources, "
    "security group widening, IAM privilege escalation and deletions. Answer in JSON "
    'with keys "risk" (low|medium|high) and "findings" (list of strings).'
)

POLICY_EXPLAIN_SYSTEM = (
    "Explain infrastructure policy violations to a developer in two or three sentences, "
    "and suggest the smallest code change that fixes it."
)

OUTPUTS_SUMMARY_SYSTEM = (
    "Summarise these Pulumi stack outputs for an on-call handover note. Bullet points only."
)

RUNBOOK_SYSTEM = "Draft a short operational runbook for the described service."


def render_commits(commits: list[dict]) -> str:
    return "\n".join(f"- {c.get('sha', '')[:8]} {c.get('message', '').splitlines()[0]}" for c in commits)


DRIFT_SYSTEM = (
    "You explain infrastructure drift detected by `pulumi refresh`. For each drifted "
    "resource say whether the drift was probably a manual console change, an AWS-side "
    "default, or something dangerous, and whether `pulumi up` would overwrite it safely."
)

HANDOVER_TEMPLATE = """# On-call handover ({week})

{body}

_Generated from stack outputs; double-check anything marked [secret]._"""


def truncate_middle(text: str, limit: int = 30_000) -> str:
    """Keep the head and tail of a long preview; the middle is usually repetitive."""
    if len(text) <= limit:
        return text
    half = limit // 2
    return f"{text[:half]}\n\n... [{len(text) - limit} chars omitted] ...\n\n{text[-half:]}"
