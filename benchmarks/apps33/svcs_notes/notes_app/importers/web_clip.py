"""Clip a web page into a note, with a local-model summary."""

from __future__ import annotations

import html
import re

import httpx
import openai

from notes_app.domain.models import Note
from notes_app.domain.repositories import NoteRepository

_TAGS = re.compile(r"<[^>]+>")
_SCRIPT = re.compile(r"<(script|style)[^>]*>.*?</\1>", re.S | re.I)


def fetch_text(url: str) -> tuple[str, str]:
    r = httpx.get(url, follow_redirects=True, timeout=20)
    r.raise_for_status()
    page = r.text
    m = re.search(r"<title>(.*?)</title>", page, re.S | re.I)
    title = html.unescape(m.group(1).strip()) if m else url
    text = html.unescape(_TAGS.sub(" ", _SCRIPT.sub(" ", page)))
    return title, re.sub(r"\s+", " ", text).strip()


class WebClipper:
    def __init__(self, repo: NoteRepository, local_llm: openai.OpenAI, model: str) -> None:
        self.repo = repo
        self.local_llm = local_llm
        self.model = model

    def summarize(self, text: str) -> str:
        resp = self.local_llm.chat.completions.create(
            model=self.model,
            messages=[{"role": "user", "content": f"Summarize this article in 5 bullets:\n\n{text[:12000]}"}],
            temperature=0.2,
        )
        return resp.choices[0].message.content or ""

    def clip(self, url: str) -> Note:
        title, text = fetch_text(url)
        note = self.repo.create(title, f"Source: {url}\n\n{text}", ["clipped"])
        note.summary = self.summarize(text)
        return self.repo.update(note)
