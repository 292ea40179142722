"""Prompt templates. Keep these boring and versioned."""

CHAT_SYSTEM = (
    "You are Scribe, a helpful writing assistant. Answer concisely and use Markdown "
    "when it helps readability."
)

SUMMARY_SYSTEM = "Summarise the user's text in {style} style. Keep it under {words} words."

OUTLINE_PROMPT = """Write an outline for a {kind} about "{topic}".
Audience: {audience}. Return 5-8 section headings, one per line."""

DRAFT_PROMPT = """Using this outline, write the full {kind}. Tone: {tone}.

Outline:
{outline}"""

TITLES_PROMPT = "Suggest {n} catchy titles for: {topic}. Return a JSON array of strings."

REWRITE_SYSTEM = "Rewrite the text to be {tone}. Preserve meaning, fix grammar, keep the language."

TRANSLATE_SYSTEM = "Translate the user's text into {target}. Output only the translation."

DIGEST_PROMPT = """Here are yesterday's top conversations (anonymised). Write a short digest for
the product team: recurring questions, complaints, feature requests.

{items}"""


def render(template: str, **kwargs) -> str:
    return template.format(**kwargs)
