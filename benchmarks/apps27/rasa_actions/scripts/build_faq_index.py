#!/usr/bin/env python
"""Build data/faq_index.npz from the help-centre export.

    python -m scripts.build_faq_index --export exports/helpcentre.json
    python -m scripts.build_faq_index --export exports/helpcentre.json --backend gemini   # experiment

Also uploads the raw export to OpenAI file storage for the evaluation team.
"""
from __future__ import annotations

import argparse
import json
import logging
import re
from pathlib import Path
from typing import Iterator, List

import numpy as np

from llm import get_genai_client, openai_client
from llm.embeddings import embed_texts

logger = logging.getLogger("build_faq_index")

MAX_CHARS = 1500


def _clean(html: str) -> str:
    text = re.sub(r"<[^>]+>", " ", html)
    return re.sub(r"\s+", " ", text).strip()


def _passages(export: dict) -> Iterator[dict]:
    for article in export["articles"]:
        body = _clean(article["body"])
        for i in range(0, len(body), MAX_CHARS):
            yield {
                "id": f"faq-{article['id']}-{i // MAX_CHARS}",
                "title": article["title"],
                "text": body[i : i + MAX_CHARS],
                "url": article.get("html_url"),
            }


def _embed_gemini(texts: List[str], model: str = "text-embedding-004") -> List[List[float]]:
    client = get_genai_client()
    vectors: List[List[float]] = []
    for i in range(0, len(texts), 100):
        batch = texts[i : i + 100]
        result = client.models.embed_content(model=model, contents=batch)
        vectors.extend(e.values for e in result.embeddings)
    return vectors


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--export", required=True, type=Path)
    parser.add_argument("--out-dir", default=Path("data"), type=Path)
    parser.add_argument("--backend", choices=["default", "gemini"], default="default")
    parser.add_argument("--upload", action="store_true", help="upload the export to OpenAI files")
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO)

    export = json.loads(args.export.read_text(encoding="utf-8"))
    passages = list(_passages(export))
    texts = [f"{p['title']}\n{p['text']}" for p in passages]
    logger.info("%d passages from %d articles", len(passages), len(export["articles"]))

    if args.backend == "gemini":
        vectors = _embed_gemini(texts)
    else:
        vectors = embed_texts(texts)

    args.out_dir.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(args.out_dir / "faq_index.npz", vectors=np.asarray(vectors, dtype=np.float32))
    with open(args.out_dir / "faq_docs.jsonl", "w", encoding="utf-8") as fh:
        for p in passages:
            fh.write(json.dumps(p, ensure_ascii=False) + "\n")

    if args.upload:
        with open(args.export, "rb") as fh:
            uploaded = openai_client.files.create(file=fh, purpose="user_data")
        logger.info("uploaded export as %s", uploaded.id)


if __name__ == "__main__":
    main()
