"""Search tags: named entities from the description plus free-form tags from a chat model."""
from __future__ import annotations

import asyncio
import os
from typing import List, Set

from huggingface_hub import AsyncInferenceClient

from enrich.models import Batch
from enrich.stages.base import ChatCompletionStage

NER_MODEL = "dslim/bert-base-NER"
MAX_TAGS = 12

TAG_PROMPT = (
    "List up to {n} lowercase search tags a shopper might type to find this product. "
    "One tag per line, no numbering, no explanations.\n\n{text}"
)


class TaggingStage(ChatCompletionStage):
    name = "tagging"
    temperature = 0.3

    def __init__(self, ctx, **options) -> None:
        super().__init__(ctx, **options)
        self.engine = self.opt("engine", "cerebras")
        self._ner = AsyncInferenceClient(
            model=NER_MODEL, token=os.environ.get("HF_TOKEN"), timeout=20
        )

    async def _entities(self, text: str) -> Set[str]:
        spans = await self._ner.token_classification(text[:2000], aggregation_strategy="simple")
        return {s.word.lower() for s in spans if s.entity_group in ("ORG", "MISC") and s.score > 0.8}

    def _tags_cerebras(self, text: str) -> List[str]:
        lines: List[str] = []
        buffer = ""
        for chunk in self.client.chat.completions.create(
            model=self.model,
            messages=[{"role": "user", "content": TAG_PROMPT.format(n=MAX_TAGS, text=text)}],
            temperature=self.temperature,
            stream=True,
        ):
            delta = chunk.choices[0].delta.content if chunk.choices else None
            if not delta:
                continue
            buffer += delta
            *done, buffer = buffer.split("\n")
            lines.extend(done)
        lines.append(buffer)
        return [l.strip(" -•").lower() for l in lines if l.strip()]

    def _tags_granite(self, text: str) -> List[str]:
        pieces = self.ctx.granite.generate_text_stream(
            prompt=TAG_PROMPT.format(n=MAX_TAGS, text=text),
            params={"max_new_tokens": 80, "decoding_method": "sample", "temperature": 0.3},
        )
        return [l.strip(" -•").lower() for l in "".join(pieces).splitlines() if l.strip()]

    async def _tag_one(self, text: str) -> List[str]:
        fn = self._tags_granite if self.engine == "granite" else self._tags_cerebras
        generated, entities = await asyncio.gather(
            asyncio.to_thread(fn, text), self._entities(text)
        )
        tags: List[str] = []
        for t in list(entities) + generated:
            if t and t not in tags:
                tags.append(t)
        return tags[:MAX_TAGS]

    async def run(self, batch: Batch) -> Batch:
        frame = batch.frame.copy()
        texts = (frame["title"].fillna("") + "\n" + frame["description"].fillna("")).tolist()
        results = await self.gather_bounded(self._tag_one, texts)
        frame["tags"] = [r if isinstance(r, list) else [] for r in results]
        return batch.with_frame(frame)
