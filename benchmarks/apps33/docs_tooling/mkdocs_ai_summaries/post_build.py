"""Work done once the site is built: search vectors and llms.txt."""
from __future__ import annotations

import logging
from pathlib import Path

from doctools.config import get_settings
from doctools.search import CohereEmbedder, build_index

log = logging.getLogger("mkdocs.plugins.ai_summaries.post_build")


def write_search_index(pages: list[tuple[str, str, str]], site_dir: Path, co) -> Path:
    embedder = CohereEmbedder(co, model=get_settings().cohere_embed_model)
    index = build_index(pages, embedder)
    target = site_dir / "search" / "vectors.json"
    index.save(target)
    log.info("wrote %s (%d chunks)", target, len(index.chunks))
    return target


def write_llms_txt(site_dir: Path, site_name: str, summaries: dict[str, str], client) -> Path:
    lines = [f"- [{url or 'index'}](/{url}): {text}" for url, text in sorted(summaries.items())]
    listing = "\n".join(lines)
    with client.messages.stream(
        model=get_settings().anthropic_model,
        max_tokens=400,
        system="Write the introduction paragraph of an llms.txt file for a documentation site.",
        messages=[{"role": "user", "content": f"Site: {site_name}\n\nPages:\n{listing[:20000]}"}],
    ) as stream:
        intro = stream.get_final_text()
    target = site_dir / "llms.txt"
    target.write_text(f"# {site_name}\n\n> {intro.strip()}\n\n## Docs\n\n{listing}\n", "utf-8")
    return target
