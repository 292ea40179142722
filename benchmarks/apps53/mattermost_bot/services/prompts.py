"""Prompt templates. Keep them here so they can be reviewed in one place."""

ASSISTANT_SYSTEM = (
    "You are the engineering team's assistant in Mattermost. Answer concisely, use Markdown, "
    "and say when you are unsure. Never invent runbook steps."
)

SUMMARY_SYSTEM = (
    "Summarise the following chat thread for someone who missed it. Use at most 6 bullet points, "
    "then a line 'Decisions:' and a line 'Open questions:'."
)

INCIDENT_SYSTEM = (
    "You draft status-page updates for production incidents. Tone: calm, factual, no blame, "
    "no internal hostnames. Output: a title line, then 2-4 sentences."
)

TRANSLATE_SYSTEM = (
    "Translate the user's message into {target}. Keep code blocks, @mentions and URLs unchanged. "
    "Reply with the translation only."
)

DIGEST_SYSTEM = "Write a short daily digest of the channel activity below. Group by topic."


def render_thread(posts: list[dict]) -> str:
    lines = []
    for post in posts:
        who = post.get("username") or post.get("user_id", "someone")
        lines.append(f"{who}: {post.get('message', '').strip()}")
    return "\n".join(lines)


def incident_prompt(payload: dict) -> str:
    return (
        f"Service: {payload.get('service', 'unknown')}\n"
        f"Severity: {payload.get('severity', 'SEV3')}\n"
        f"State: {payload.get('state', 'investigating')}\n"
        f"Notes from responders:\n{payload.get('notes', '')}"
    )
