"""Fill in missing ``alt`` attributes on <img> tags using a vision model.

Runs on ``content_object_init`` so it sees each article/page as soon as it
is constructed.  Results are cached by image hash so renaming a post does not
re-bill us.
"""
from __future__ import annotations

import hashlib
import logging
from pathlib import Path

from bs4 import BeautifulSoup
from pelican import signals
from pelican.contents import Article, Page

from llm_common import cache_for, llm_settings

from .vision import make_backend

log = logging.getLogger(__name__)

_backend = None


def _get_backend(settings):
    global _backend
    if _backend is None:
        cfg = llm_settings(settings)
        _backend = make_backend(settings.get("AI_ALT_TEXT_BACKEND", "gemini"), settings, cfg)
    return _backend


def _resolve_image(content, src: str) -> Path | None:
    if src.startswith(("http://", "https://", "//")):
        return None
    src = src.replace("{static}", "").replace("{attach}", "").lstrip("/")
    base = Path(content.settings["PATH"])
    candidate = base / src
    if candidate.exists():
        return candidate
    candidate = Path(content.source_path).parent / src
    return candidate if candidate.exists() else None


def add_alt_text(content):
    if not isinstance(content, (Article, Page)) or not content._content:
        return
    settings = content.settings
    cfg = llm_settings(settings)
    if not cfg.enabled:
        return
    soup = BeautifulSoup(content._content, "html.parser")
    changed = False
    cache = cache_for(settings, "alt_text")
    for img in soup.find_all("img"):
        if img.get("alt"):
            continue
        path = _resolve_image(content, img.get("src", ""))
        if path is None:
            continue
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
        alt = cache.get(digest)
        if alt is None:
            if cfg.dry_run:
                continue
            try:
                alt = _get_backend(settings).describe(path, content.title)
            except Exception:  # noqa: BLE001 - never break the build over alt text
                log.exception("alt text failed for %s", path)
                continue
            cache.set(digest, alt)
        img["alt"] = alt
        changed = True
    if changed:
        content._content = str(soup)


def register():
    signals.content_object_init.connect(add_alt_text)
