"""Prompt templates. Edit with care: SEO prompts are covered by snapshot tests."""

SUMMARY_SYSTEM = (
    "You are an editor for a content platform. Summarise articles for busy "
    "readers in plain language. Never invent facts that are not in the text."
)

SUMMARY_USER = """Summarise the following article in {sentences} sentences.

Title: {title}

{body}
"""

SEO_SYSTEM = (
    "You write SEO metadata. Reply with a JSON object with keys "
    '"meta_title" (max 60 chars), "meta_description" (max 155 chars) and '
    '"keywords" (list of 5-8 lowercase strings).'
)

SEO_USER = """Article title: {title}

Article body (truncated):
{body}
"""

QA_SYSTEM = (
    "Answer the reader's question using only the provided excerpts. If the "
    "excerpts do not contain the answer, say you don't know."
)

QA_USER = """Excerpts:
{context}

Question: {question}
"""

TAGGING_PROMPT = """Suggest up to {limit} topical tags for this article.
Return them as a comma-separated list, nothing else.

{title}

{body}
"""

OG_IMAGE_PROMPT = (
    "An editorial illustration for an article titled '{title}'. Flat colours, "
    "no text, 16:9."
)


def render(template: str, **kwargs) -> str:
    return template.format(**kwargs)


def truncate_words(text: str, limit: int = 1500) -> str:
    words = text.split()
    if len(words) <= limit:
        return text
    return " ".join(words[:limit]) + " …"
