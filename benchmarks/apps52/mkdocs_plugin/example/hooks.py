"""Site-specific MkDocs hooks for the Acme docs (``hooks:`` in mkdocs.yml).

These run alongside the ai-docs plugin. Kept deliberately standalone so the
docs team can tweak them without a plugin release.
"""

from __future__ import annotations

import logging
import os
import re

import requests
from openai import OpenAI

log = logging.getLogger("mkdocs.hooks.acme")

_client: OpenAI | None = None
_TODO_RE = re.compile(r"<!--\s*ai:\s*(?P<ask>.+?)\s*-->")


def on_startup(command, dirty):
    global _client
    if os.environ.get("OPENAI_API_KEY"):
        _client = OpenAI()


def on_page_markdown(markdown, page, config, files):
    """Replace ``<!-- ai: write an intro about X -->`` placeholders with generated text."""
    if _client is None or "<!-- ai:" not in markdown:
        return markdown

    def fill(match: re.Match) -> str:
        completion = _client.chat.completions.create(
            model="gpt-4o-mini",
            messages=[
                {"role": "system", "content": f"You write docs for {config.site_name}. Markdown only."},
                {"role": "user", "content": match.group("ask")},
            ],
        )
        return completion.choices[0].message.content

    return _TODO_RE.sub(fill, markdown)


def on_page_context(context, page, config, nav):
    """Short 'reading level' badge using DeepSeek (cheap), only on CI builds."""
    key = os.environ.get("DEEPSEEK_API_KEY")
    if not key or not os.environ.get("CI"):
        return context
    r = requests.post(
        "https://api.deepseek.com/chat/completions",
        headers={"Authorization": f"Bearer {key}"},
        json={
            "model": "deepseek-chat",
            "messages": [
                {
                    "role": "user",
                    "content": "Rate the reading level (beginner/intermediate/advanced), one word:\n\n"
                    + (page.markdown or "")[:4000],
                }
            ],
            "max_tokens": 5,
        },
        timeout=30,
    )
    if r.ok:
        page.meta["reading_level"] = r.json()["choices"][0]["message"]["content"].strip().lower()
    return context


def on_post_build(config):
    log.info("acme hooks done")
