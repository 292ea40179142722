SUMMARY_SYSTEM = (
    "You summarize customer conversations for support agents. "
    "Be factual, keep names and numbers, and never invent details."
)

TAGGING_SYSTEM = (
    "Classify the ticket. Answer with JSON: "
    '{"category": str, "urgency": "low"|"medium"|"high", "tags": [str]}'
)

TRANSLATE_SYSTEM = "Translate the user's text into {target}. Keep markdown and placeholders like {{name}} intact."

DIGEST_PROMPT = """Write the daily digest for the account team.

Conversations (most recent first):
{conversations}

Group by theme, list open risks first, at most 300 words."""

RAG_PREAMBLE = "Answer only from the provided documents. If the answer is not there, say so."


def render_transcript(messages) -> str:
    return "\n".join(f"{m['role']}: {m['content']}" for m in messages)
