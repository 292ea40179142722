"""HTML/text helpers used by the request handlers."""

from __future__ import annotations

import re

from bs4 import BeautifulSoup

_WS = re.compile(r"\s+")
NOISE_SELECTORS = ["script", "style", "noscript", "nav", "footer", "header", "form", "iframe"]


def clean_text(soup: BeautifulSoup, selector: str | None = None) -> str:
    root = soup.select_one(selector) if selector else soup
    if root is None:
        root = soup
    for tag in root.select(",".join(NOISE_SELECTORS)):
        tag.decompose()
    return _WS.sub(" ", root.get_text(" ")).strip()


def first_text(soup: BeautifulSoup, *selectors: str) -> str | None:
    for sel in selectors:
        node = soup.select_one(sel)
        if node and node.get_text(strip=True):
            return node.get_text(" ", strip=True)
    return None


def breadcrumbs(soup: BeautifulSoup) -> list[str]:
    crumbs = soup.select("nav.breadcrumb a, ol.breadcrumb li, [itemtype*=BreadcrumbList] [itemprop=name]")
    out = [c.get_text(" ", strip=True) for c in crumbs]
    return [c for c in out if c and c.lower() not in {"home", "start"}]


def image_urls(soup: BeautifulSoup, base_url: str) -> list[str]:
    from urllib.parse import urljoin

    urls = []
    for img in soup.select("img[src]"):
        src = img.get("src") or ""
        if any(tok in src for tok in ("product", "media", "images")):
            urls.append(urljoin(base_url, src))
    return list(dict.fromkeys(urls))[:10]


class SlugGenerator:
    """Stable dataset keys; `generate()` has nothing to do with LLMs."""

    def __init__(self, prefix: str = "p") -> None:
        self.prefix = prefix
        self._seen: set[str] = set()

    def generate(self, title: str) -> str:
        base = re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")[:60] or "item"
        slug, n = f"{self.prefix}-{base}", 1
        while slug in self._seen:
            n += 1
            slug = f"{self.prefix}-{base}-{n}"
        self._seen.add(slug)
        return slug
