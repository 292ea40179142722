"""Custom metadata extraction steps for the ingestion pipeline."""
from __future__ import annotations

import asyncio
import json
import logging
from typing import Any, Dict, List, Sequence

from llama_index.core.bridge.pydantic import Field, PrivateAttr
from llama_index.core.extractors import BaseExtractor
from llama_index.core.schema import BaseNode, MetadataMode, TransformComponent
from mistralai import Mistral
from openai import OpenAI

from app.clients import get_mistral_client, get_together_client
from app.utils import dedupe_keep_order, truncate

logger = logging.getLogger(__name__)


class KeywordExtractor(BaseExtractor):
    """Extracts search keywords per node with mistral-small (cheap, good at JSON)."""

    model: str = Field(default="mistral-small-latest")
    max_keywords: int = Field(default=8)
    concurrency: int = Field(default=4)

    _client: Mistral = PrivateAttr()

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._client = get_mistral_client()

    @classmethod
    def class_name(cls) -> str:
        return "KeywordExtractor"

    async def _keywords(self, node: BaseNode, sem: asyncio.Semaphore) -> Dict[str, Any]:
        content = truncate(node.get_content(metadata_mode=MetadataMode.NONE), 6000)
        async with sem:
            res = await self._client.chat.complete_async(
                model=self.model,
                response_format={"type": "json_object"},
                messages=[
                    {
                        "role": "user",
                        "content": (
                            f"Extract up to {self.max_keywords} search keywords from this documentation "
                            f'passage. Reply as JSON {{"keywords": [..]}}.\n\n{content}'
                        ),
                    }
                ],
            )
        try:
            keywords = json.loads(res.choices[0].message.content or "{}").get("keywords", [])
        except (json.JSONDecodeError, AttributeError):
            keywords = []
        return {"keywords": ", ".join(dedupe_keep_order(keywords)[: self.max_keywords])}

    async def aextract(self, nodes: Sequence[BaseNode]) -> List[Dict]:
        sem = asyncio.Semaphore(self.concurrency)
        return list(await asyncio.gather(*(self._keywords(n, sem) for n in nodes)))


class SectionTitleTransform(TransformComponent):
    """Gives untitled KB chunks a short title (shown as the citation label)."""

    model: str = "meta-llama/Llama-3.3-70B-Instruct-Turbo"

    _client: OpenAI = PrivateAttr()

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._client = get_together_client()

    def __call__(self, nodes: Sequence[BaseNode], **kwargs: Any) -> Sequence[BaseNode]:
        for node in nodes:
            if node.metadata.get("title"):
                continue
            resp = self._client.chat.completions.create(
                model=self.model,
                max_tokens=24,
                temperature=0,
                messages=[
                    {"role": "system", "content": "Write a title of at most eight words. No quotes."},
                    {"role": "user", "content": truncate(node.get_content(metadata_mode=MetadataMode.NONE), 3000)},
                ],
            )
            node.metadata["title"] = (resp.choices[0].message.content or "").strip()
        return nodes
