import html
import re

_TAG = re.compile(r"<[^>]+>")
_WS = re.compile(r"\s+")


def strip_html(raw):
    return _WS.sub(" ", html.unescape(_TAG.sub(" ", raw or ""))).strip()


def chunk(text, size=6000, overlap=200):
    text = text or ""
    if len(text) <= size:
        return [text]
    out, start = [], 0
    while start < len(text):
        out.append(text[start : start + size])
        start += size - overlap
    return out


def slugify(value):
    value = re.sub(r"[^\w\s-]", "", value.lower())
    return re.sub(r"[-\s]+", "-", value).strip("-")


def first_lines(text, n=5):
    return [line.strip() for line in (text or "").splitlines() if line.strip()][:n]
