"""Docs translation tasks."""
from __future__ import annotations

import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from invoke import task

from opslib.clients import get_anthropic
from opslib.translate import split_markdown, translate_chunk, translate_document
from tasks._common import settings

LANGS = {"de": "German", "fr": "French", "ja": "Japanese", "es": "Spanish", "pt": "Portuguese (Brazil)"}


def _targets(src: Path) -> list[Path]:
    if src.is_file():
        return [src]
    return sorted(p for p in src.rglob("*.md") if "/i18n/" not in str(p))


@task(help={"src": "file or directory of markdown", "language": "target language code"})
def translate(c, src, language="de", stream=False, out_dir="i18n"):
    """Translate markdown docs."""
    cfg = settings(c)
    lang = LANGS.get(language, language)
    for path in _targets(Path(src)):
        dest = Path(out_dir) / language / path.name
        dest.parent.mkdir(parents=True, exist_ok=True)
        translated = "".join(translate_document(path.read_text(), lang, cfg.anthropic_model, stream=stream))
        dest.write_text(translated)
        print(f"{path} -> {dest}")


@task
def translate_parallel(c, src, language="de", workers=4, out_dir="i18n"):
    """Translate chunks in parallel (faster for big directories)."""
    cfg = settings(c)
    lang = LANGS.get(language, language)
    for path in _targets(Path(src)):
        chunks = split_markdown(path.read_text())
        with ThreadPoolExecutor(max_workers=int(workers)) as pool:
            futures = [pool.submit(translate_chunk, ch, lang, cfg.anthropic_model) for ch in chunks]
            parts = [f.result() for f in futures]
        dest = Path(out_dir) / language / path.name
        dest.parent.mkdir(parents=True, exist_ok=True)
        dest.write_text("".join(parts))


@task
def glossary(c, src, language="de"):
    """Extract a glossary of terms that must not be translated."""
    cfg = settings(c)
    text = "\n".join(p.read_text()[:3000] for p in _targets(Path(src))[:10])
    client = get_anthropic()
    with client.messages.stream(
        model=cfg.anthropic_model,
        max_tokens=1500,
        system="List product names and technical terms that must stay in English, one per line.",
        messages=[{"role": "user", "content": text}],
    ) as stream:
        for chunk in stream.text_stream:
            sys.stdout.write(chunk)
    sys.stdout.write("\n")


@task
def check_budget(c, src):
    """Estimate tokens/cost for translating ``src`` (no generation)."""
    from opslib.cost import estimate
    from opslib.tokens import count_anthropic_tokens

    cfg = settings(c)
    total = 0
    for path in _targets(Path(src)):
        total += count_anthropic_tokens(path.read_text(), cfg.anthropic_model)
    print(f"{total} input tokens, ~${estimate(cfg.anthropic_model, total, int(total * 1.2)):.2f} per language")
