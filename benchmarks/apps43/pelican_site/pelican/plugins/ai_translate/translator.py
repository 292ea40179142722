"""Write machine translations of new articles into ``content/i18n/<lang>/``.

The generated files are committed (after review) and picked up by the
i18n_subsites plugin on the next build, so this runs on ``finalized``.
"""
from __future__ import annotations

import asyncio
import logging
from pathlib import Path

from llm_common import cache_for, llm_settings

from .backends import BACKENDS, TrackedOpenAI

log = logging.getLogger(__name__)

_pending: list = []
_settings: dict = {}


def collect_articles(generator):
    _settings.clear()
    _settings.update(generator.settings)
    _pending.clear()
    for article in generator.articles:
        if article.metadata.get("translate", "yes").lower() in ("no", "false"):
            continue
        if getattr(article, "translations", None):
            continue
        _pending.append(article)


def _source_markdown(article) -> str:
    return Path(article.source_path).read_text(encoding="utf-8")


def _target_path(root: Path, article, lang: str) -> Path:
    return root / "i18n" / lang / Path(article.source_path).name


def write_translations(pelican):
    settings = _settings or pelican.settings
    cfg = llm_settings(settings)
    if not cfg.enabled or not _pending:
        return
    langs = settings.get("AI_TRANSLATE_LANGS", [])
    backend_name = settings.get("AI_TRANSLATE_BACKEND", "gemini")
    backend = BACKENDS[backend_name](cfg)
    cache = cache_for(settings, "translations")
    root = Path(settings["PATH"])

    for article in _pending:
        src = _source_markdown(article)
        for lang in langs:
            target = _target_path(root, article, lang)
            if target.exists():
                continue
            key = cache.key(backend_name, lang, src)
            text = cache.get(key)
            if text is None:
                if cfg.dry_run:
                    log.info("[dry-run] translate %s -> %s", article.slug, lang)
                    continue
                if isinstance(backend, TrackedOpenAI):
                    text = asyncio.run(backend.atranslate(src, lang))
                else:
                    text = backend.translate(src, lang)
                cache.set(key, text)
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(_with_lang(text, lang), encoding="utf-8")
            log.info("wrote %s", target)


def _with_lang(markdown: str, lang: str) -> str:
    lines = markdown.splitlines()
    out, in_meta, done = [], True, False
    for line in lines:
        if in_meta and not line.strip():
            if not done:
                out.append(f"Lang: {lang}")
                done = True
            in_meta = False
        if in_meta and line.lower().startswith("lang:"):
            continue
        out.append(line)
    return "\n".join(out) + "\n"
