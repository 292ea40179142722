"""The original enricher (v0.3). Kept for the backfill script until it is ported.

Do not add features here.
"""
from __future__ import annotations

import json
import logging
import os

import openai

logger = logging.getLogger(__name__)

shared_client = openai.OpenAI(api_key=os.environ.get("OPENAI_API_KEY"))


class GPTEnricher:
    def __init__(self, client: openai.OpenAI | None = None, model: str = "gpt-4o-mini") -> None:
        self.client = client or shared_client
        self.model = model

    def summarize(self, text: str) -> str:
        resp = self.client.chat.completions.create(
            model=self.model,
            messages=[{"role": "user", "content": f"Summarize in 3 sentences:\n\n{text[:12000]}"}],
        )
        return resp.choices[0].message.content or ""

    def tags(self, text: str) -> list[str]:
        resp = self.client.chat.completions.create(
            model=self.model,
            response_format={"type": "json_object"},
            messages=[
                {"role": "system", "content": 'Return {"tags": [..]} with up to 6 lowercase tags.'},
                {"role": "user", "content": text[:8000]},
            ],
        )
        try:
            return json.loads(resp.choices[0].message.content or "{}").get("tags", [])
        except json.JSONDecodeError:
            return []

    def embed(self, texts: list[str]) -> list[list[float]]:
        return [d.embedding for d in self.client.embeddings.create(model="text-embedding-ada-002", input=texts).data]

    def enrich(self, doc: dict) -> dict:
        body = doc.get("body", "")
        return {**doc, "summary": self.summarize(body), "tags": self.tags(body)}


class ImageAltWriter:
    """Vision alt-text via GPT-4o (pre-replicate). Uses the module's shared client."""

    def __init__(self, model: str = "gpt-4o-mini", detail: str = "low") -> None:
        self.model = model
        self.detail = detail

    def describe(self, url: str) -> str:
        resp = shared_client.chat.completions.create(
            model=self.model,
            max_tokens=80,
            messages=[
                {
                    "role": "user",
                    "content": [
                        {"type": "text", "text": "Write alt text for this image in one sentence."},
                        {"type": "image_url", "image_url": {"url": url, "detail": self.detail}},
                    ],
                }
            ],
        )
        return (resp.choices[0].message.content or "").strip()

    def describe_many(self, urls: list[str]) -> dict[str, str]:
        out = {}
        for url in urls:
            try:
                out[url] = self.describe(url)
            except openai.BadRequestError as exc:
                logger.warning("vision rejected %s: %s", url, exc)
                out[url] = ""
        return out
