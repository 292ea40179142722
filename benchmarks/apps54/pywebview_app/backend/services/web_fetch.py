"""Fetch and clean a web page for the clipper."""
from __future__ import annotations

import re
from html import unescape

import requests

USER_AGENT = "NotesAssistant/0.9 (+https://notes-assistant.local)"

_TAG_RE = re.compile(r"<[^>]+>")
_SCRIPT_RE = re.compile(r"<(script|style|noscript)[^>]*>.*?</\1>", re.S | re.I)
_TITLE_RE = re.compile(r"<title[^>]*>(.*?)</title>", re.S | re.I)


def fetch_page(url: str, timeout: float = 15.0) -> tuple[str, str]:
    resp = requests.get(url, headers={"User-Agent": USER_AGENT}, timeout=timeout)
    resp.raise_for_status()
    html = resp.text
    m = _TITLE_RE.search(html)
    title = unescape(m.group(1).strip()) if m else url
    text = _SCRIPT_RE.sub(" ", html)
    text = unescape(_TAG_RE.sub(" ", text))
    text = re.sub(r"\s+", " ", text).strip()
    return title, text


def post_to_readwise(token: str, url: str, title: str, highlight: str) -> None:
    """Optional export integration; not an LLM."""
    requests.post(
        "https://readwise.io/api/v2/highlights/",
        headers={"Authorization": f"Token {token}"},
        json={"highlights": [{"text": highlight, "title": title, "source_url": url}]},
        timeout=10,
    )
