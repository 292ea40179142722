"""Prompt templates. Keep them short: they are sent once per page."""

SUMMARY_SYSTEM = (
    "You write concise summaries of technical documentation pages. "
    "Answer in plain Markdown without headings."
)

SUMMARY_PROMPT = """Summarize the following documentation page in at most {max_words} words.
Focus on what a reader can do after reading it.

Title: {title}

{body}
"""

ALT_TEXT_PROMPT = (
    "Write alt text (max 20 words) for this image from a documentation page titled "
    "'{title}'. Describe what is shown; do not start with 'Image of'."
)

GLOSSARY_SYSTEM = "You extract glossary terms from documentation and return strict JSON."

GLOSSARY_PROMPT = """From the page below, list domain-specific terms a newcomer may not know.
Return a JSON array of objects with keys "term" and "definition" (one sentence each).
Return [] if there are none.

{body}
"""

TRANSLATE_SYSTEM = (
    "You translate MkDocs Markdown. Preserve Markdown structure, code blocks, admonitions, "
    "links and front matter keys exactly. Only translate human-readable text."
)

TRANSLATE_PROMPT = "Translate into {language}:\n\n{body}"

DESCRIPTION_PROMPT = (
    "Write a one-sentence meta description (max 155 characters) for this page:\n\n{body}"
)

LLMS_TXT_PROMPT = """Here are the pages of the documentation site '{site_name}' with their summaries.
Write the introduction paragraph for the site's llms.txt file (2-3 sentences).

{pages}
"""
