"""``llm_entity_normalizer``: canonical names for entity mentions (Mistral)."""
from __future__ import annotations

import asyncio
import json
import logging
from pathlib import Path
from typing import Any, Dict, List, Sequence

import srsly

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..prompts import NORMALIZE_SYSTEM
from ..utils.retry import call_with_retries
from ..utils.text import strip_code_fences

logger = logging.getLogger(__name__)


@Language.factory(
    "llm_entity_normalizer",
    default_config={
        "client": {"@misc": "llm.mistral_client.v1"},
        "model": "mistral-small-latest",
        "labels": ["ORG", "PERSON", "GPE", "PRODUCT"],
        "cache_size": 10000,
    },
    requires=["doc.ents"],
    assigns=["span._.canonical_name"],
)
def make_entity_normalizer(nlp, name, client, model, labels, cache_size):
    return EntityNormalizer(client=client, model=model, labels=labels, cache_size=cache_size)


class EntityNormalizer:
    def __init__(self, client: Any, model: str, labels: Sequence[str], cache_size: int = 10000) -> None:
        self.client = client
        self.model = model
        self.labels = set(labels)
        self.cache_size = cache_size
        self._cache: Dict[str, str] = {}

    def __call__(self, doc: Doc) -> Doc:
        spans = [ent for ent in doc.ents if ent.label_ in self.labels]
        todo = sorted({s.text for s in spans if s.text not in self._cache})
        if todo:
            self._cache.update(self._normalize(todo, context=doc.text[:1500]))
            self._trim_cache()
        for span in spans:
            span._.canonical_name = self._cache.get(span.text, span.text)
        return doc

    def _normalize(self, mentions: List[str], context: str) -> Dict[str, str]:
        messages = [
            {"role": "system", "content": NORMALIZE_SYSTEM},
            {"role": "user", "content": f"Context: {context}\n\nMentions: {json.dumps(mentions)}"},
        ]
        resp = call_with_retries(
            self.client.chat.complete,
            model=self.model,
            messages=messages,
            response_format={"type": "json_object"},
            temperature=0,
        )
        return self._parse(resp.choices[0].message.content, mentions)

    async def normalize_docs_async(self, docs: List[Doc], concurrency: int = 4) -> List[Doc]:
        """Bulk path used by scripts/annotate_corpus.py (one request per doc)."""
        sem = asyncio.Semaphore(concurrency)

        async def one(doc: Doc) -> None:
            spans = [e for e in doc.ents if e.label_ in self.labels]
            if not spans:
                return
            mentions = sorted({s.text for s in spans})
            async with sem:
                resp = await self.client.chat.complete_async(
                    model=self.model,
                    messages=[
                        {"role": "system", "content": NORMALIZE_SYSTEM},
                        {"role": "user", "content": json.dumps(mentions)},
                    ],
                    response_format={"type": "json_object"},
                )
            mapping = self._parse(resp.choices[0].message.content, mentions)
            for span in spans:
                span._.canonical_name = mapping.get(span.text, span.text)

        await asyncio.gather(*(one(d) for d in docs))
        return docs

    @staticmethod
    def _parse(content: Any, mentions: List[str]) -> Dict[str, str]:
        if not isinstance(content, str):
            return {m: m for m in mentions}
        try:
            data = json.loads(strip_code_fences(content))
        except json.JSONDecodeError:
            logger.warning("normalizer returned non-JSON: %.80s", content)
            return {m: m for m in mentions}
        return {m: str(data.get(m) or m) for m in mentions}

    def _trim_cache(self) -> None:
        while len(self._cache) > self.cache_size:
            self._cache.pop(next(iter(self._cache)))

    def canonical(self, span: Span) -> str:
        return span._.canonical_name or span.text

    # --- serialization: the mention cache ships with the saved pipeline ---

    def to_disk(self, path: Path, *, exclude=tuple()) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        srsly.write_json(path / "cache.json", self._cache)
        srsly.write_json(path / "cfg.json", {"model": self.model, "labels": sorted(self.labels)})

    def from_disk(self, path: Path, *, exclude=tuple()) -> "EntityNormalizer":
        path = Path(path)
        if (path / "cache.json").exists():
            self._cache = dict(srsly.read_json(path / "cache.json"))
        if (path / "cfg.json").exists():
            cfg = srsly.read_json(path / "cfg.json")
            self.model = cfg.get("model", self.model)
            self.labels = set(cfg.get("labels", self.labels))
        return self

    def initialize(self, get_examples=None, *, nlp=None, seed_path: str = "") -> None:
        """Seed the cache from a curated alias table (``[initialize.components]``)."""
        if seed_path:
            for row in srsly.read_jsonl(seed_path):
                self._cache[row["mention"]] = row["canonical"]
