"""Small helpers shared by controllers and scripts."""
import functools
import html
import re

from . import settings
from .llm.clients import get_openai

_TAG_RE = re.compile(r"<[^>]+>")


def strip_html(text):
    return html.unescape(_TAG_RE.sub("", text or ""))


def truncate(text, n=200):
    text = text or ""
    return text if len(text) <= n else text[: n - 1] + "…"


@functools.lru_cache(maxsize=1)
def _fast_chat():
    # pre-bound for the autocomplete box, called many times per minute
    return functools.partial(
        get_openai().chat.completions.create,
        model=settings.OPENAI_MODEL,
        max_tokens=24,
        temperature=0,
    )


def complete_subject(prefix):
    fast_chat = _fast_chat()
    resp = fast_chat(
        messages=[
            {"role": "system", "content": "Complete the ticket subject line. Reply with the completion only."},
            {"role": "user", "content": prefix},
        ]
    )
    return prefix + resp.choices[0].message.content


def ticket_url(ticket_id):
    from py4web import URL

    return URL("ticket", ticket_id, scheme=True)
