"""Prompt templates. Kept as plain strings so non-devs can tweak them."""

CHAT_SYSTEM = (
    "You are a personal knowledge-base assistant. Answer using ONLY the notes provided. "
    "Cite notes as [n] where n is the note number. If the notes do not contain the answer, say so."
)

SUMMARY_SYSTEM = (
    "Summarise the web clipping for a personal notebook. Return a title line, then 3-6 bullet points, "
    "then a one-sentence 'Why it matters'. Keep quotes verbatim."
)

TAG_PROMPT = """Suggest between 2 and 6 short lowercase tags for this note.
Existing tags in the notebook: {existing}
Prefer existing tags when they fit. Reply as a JSON list of strings only.

Note title: {title}
Note body:
{body}
"""

TITLE_PROMPT = "Suggest a concise title (max 8 words) for this note. Reply with the title only.\n\n{body}"

DIGEST_PROMPT = """Here are the notes I wrote this week:
{notes}
Write a short weekly digest: main themes, open questions, and follow-ups."""


def format_context(notes: list[dict]) -> str:
    parts = []
    for i, note in enumerate(notes, 1):
        parts.append(f"[{i}] {note['title']}\n{note['body'][:2000]}")
    return "\n\n".join(parts)
