"""Rebuild the help-center embedding index from Zendesk Guide (cron, hourly)."""
from __future__ import annotations

import argparse
import html
import logging
import re
from concurrent.futures import ThreadPoolExecutor
from typing import Iterator, List, Optional

import requests

from bot.config import get_settings
from bot.llm.azure import embedding_deployment, get_azure_client
from bot.logging_setup import configure_logging
from bot.models import FaqDoc
from bot.services.faq_index import FaqIndex
from bot.utils import chunk

try:
    import ollama
except ImportError:
    ollama = None

log = logging.getLogger("reindex_faq")

_TAG_RE = re.compile(r"<[^>]+>")
BATCH = 96


def _clean(body_html: str) -> str:
    return html.unescape(_TAG_RE.sub(" ", body_html or "")).strip()


def fetch_articles(locale: str = "en-us") -> Iterator[FaqDoc]:
    s = get_settings()
    url: Optional[str] = f"https://{s.zendesk_subdomain}.zendesk.com/api/v2/help_center/{locale}/articles.json"
    while url:
        resp = requests.get(url, params={"per_page": 100}, timeout=30)
        resp.raise_for_status()
        data = resp.json()
        for a in data["articles"]:
            if a.get("draft"):
                continue
            yield FaqDoc(
                doc_id=str(a["id"]),
                title=a["title"],
                body=_clean(a["body"]),
                url=a["html_url"],
                tags=a.get("label_names", []),
            )
        url = data.get("next_page")


def embed_hosted(docs: List[FaqDoc], workers: int = 4) -> None:
    client = get_azure_client()
    deployment = embedding_deployment()
    batches = list(chunk(docs, BATCH))
    with ThreadPoolExecutor(max_workers=workers) as pool:
        futures = [
            pool.submit(client.embeddings.create, model=deployment, input=[d.text_for_embedding() for d in batch])
            for batch in batches
        ]
        for batch, fut in zip(batches, futures):
            response = fut.result()
            for doc, item in zip(batch, response.data):
                doc.embedding = item.embedding


def embed_local(docs: List[FaqDoc]) -> None:
    if ollama is None:
        raise SystemExit("ollama is not installed (pip install support-bot[local])")
    model = get_settings().local_embedding_model
    for batch in chunk(docs, 32):
        response = ollama.embed(model=model, input=[d.text_for_embedding() for d in batch])
        for doc, vec in zip(batch, response.embeddings):
            doc.embedding = list(vec)


def main(argv: Optional[List[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--local", action="store_true", help="embed with the local Ollama model")
    parser.add_argument("--locale", default="en-us")
    args = parser.parse_args(argv)
    configure_logging()

    docs = list(fetch_articles(args.locale))
    log.info("fetched %d articles", len(docs))
    if args.local:
        embed_local(docs)
    else:
        embed_hosted(docs)
    FaqIndex(docs, embedder=object()).save()
    log.info("index written")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
