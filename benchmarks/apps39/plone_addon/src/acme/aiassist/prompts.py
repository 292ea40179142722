"""Prompt templates shared by views, adapters and subscribers."""
from plone.app.textfield.value import RichTextValue
from Products.CMFPlone.utils import safe_text
from string import Template

import re


SUMMARY_SYSTEM = (
    "You write neutral, factual summaries of web pages for a public "
    "sector website. Never invent facts. Answer in the page language."
)

SUMMARY_PROMPT = Template(
    "Summarise the following page in at most $max_words words.\n\n"
    "Title: $title\n\n$body"
)

TRANSLATE_PROMPT = Template(
    "Translate the following HTML fragment into $language. Keep all tags "
    "and attributes unchanged, translate only text nodes.\n\n$html"
)

ALT_TEXT_PROMPT = (
    "Write a concise alternative text (max 125 characters) for this image "
    "for screen reader users. Do not start with 'Image of'."
)

TAGS_PROMPT = Template(
    "Suggest up to $limit subject keywords for this page. Reply with a "
    'JSON object {"keywords": [...]} only.\n\nTitle: $title\n\n$body'
)


class PromptBuilder:
    """Builds chat transcripts for the assistant views.

    ``generate()`` only assembles messages, it does not call any model.
    """

    def __init__(self, system=SUMMARY_SYSTEM):
        self.system = system
        self.turns = []

    def add(self, role, content):
        self.turns.append({"role": role, "content": content})
        return self

    def generate(self, include_system=True):
        messages = list(self.turns)
        if include_system:
            messages.insert(0, {"role": "system", "content": self.system})
        return messages


def truncate(text, limit=12000):
    text = (text or "").strip()
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0] + " …"

_TAGS = re.compile(r"<[^>]+>")
_WS = re.compile(r"\s+")


def html_to_text(html):
    return _WS.sub(" ", _TAGS.sub(" ", html or "")).strip()


def content_text(obj):
    parts = [safe_text(obj.Title() or ""), safe_text(obj.Description() or "")]
    text = getattr(obj, "text", None)
    if isinstance(text, RichTextValue):
        parts.append(html_to_text(text.output))
    elif isinstance(text, str):
        parts.append(html_to_text(text))
    return "\n\n".join(p for p in parts if p)


def word_count(text):
    return len((text or "").split())
