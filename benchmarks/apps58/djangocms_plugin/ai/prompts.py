"""Prompt templates. Keep them boring and versioned."""
from string import Template

SUMMARY_SYSTEM = (
    "You write concise summaries of web pages for a corporate website. "
    "Use plain language, no marketing superlatives, and never invent facts."
)

SUMMARY_USER = Template(
    "Summarise the following page in at most $sentences sentences.\n"
    "Title: $title\n\n$body"
)

SEO_SYSTEM = (
    "You write HTML meta descriptions. Reply with a single description of "
    "120 to 155 characters, no quotes, no trailing period."
)

SEO_USER = Template("Page title: $title\nLanguage: $language\n\nContent:\n$body")

TRANSLATE_SYSTEM = Template(
    "Translate the user's text from $source to $target. Preserve HTML tags, "
    "placeholders like {name} and product names exactly. Reply with the translation only."
)

ALT_TEXT_PROMPT = (
    "Write alt text for this image for a screen reader user. One sentence, "
    "under 125 characters. Do not start with 'Image of'."
)

TITLE_SUGGESTIONS = Template(
    "Suggest $n alternative page titles (max 60 characters each) for this content. "
    "One per line, no numbering.\n\n$body"
)

PROMPT_VERSION = "2024-11-03"


def summary_messages(title, body, sentences=3):
    return [{"role": "user", "content": SUMMARY_USER.substitute(title=title, body=body, sentences=sentences)}]


def seo_messages(title, body, language="en"):
    return [
        {"role": "system", "content": SEO_SYSTEM},
        {"role": "user", "content": SEO_USER.substitute(title=title, body=body[:6000], language=language)},
    ]


def translate_messages(text, source, target):
    return [
        {"role": "system", "content": TRANSLATE_SYSTEM.substitute(source=source, target=target)},
        {"role": "user", "content": text},
    ]
