"""HTML -> plain text helpers shared by the AI plugins (and imported by some
of the other plugins, which is why it is not private)."""
from __future__ import annotations

import re

from bs4 import BeautifulSoup

_WS = re.compile(r"\s+")


def article_plaintext(html: str) -> str:
    soup = BeautifulSoup(html or "", "html.parser")
    for node in soup(["script", "style", "pre", "code"]):
        node.decompose()
    return _WS.sub(" ", soup.get_text(" ")).strip()


def trim_words(text: str, limit: int) -> str:
    words = text.split()
    if len(words) <= limit:
        return text
    return " ".join(words[:limit]) + " …"


def first_paragraph(html: str) -> str:
    soup = BeautifulSoup(html or "", "html.parser")
    p = soup.find("p")
    return p.get_text(" ").strip() if p else ""
