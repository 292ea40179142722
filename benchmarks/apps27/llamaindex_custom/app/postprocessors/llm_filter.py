"""Drop retrieved nodes that a small, fast model judges irrelevant.

Runs one yes/no classification per node in parallel on Groq.
"""
from __future__ import annotations

import logging
from concurrent.futures import ThreadPoolExecutor
from typing import Any, List, Optional

from groq import Groq
from llama_index.core.bridge.pydantic import Field, PrivateAttr
from llama_index.core.postprocessor.types import BaseNodePostprocessor
from llama_index.core.schema import MetadataMode, NodeWithScore, QueryBundle

from app.clients import get_groq_client
from app.utils import truncate

logger = logging.getLogger(__name__)

JUDGE_PROMPT = """Question: {question}

Passage:
{passage}

Does the passage help answer the question? Reply with exactly YES or NO."""


class LLMRelevanceFilter(BaseNodePostprocessor):
    model: str = Field(default="llama-3.1-8b-instant")
    max_workers: int = Field(default=8)
    keep_if_unsure: bool = Field(default=True)

    _client: Groq = PrivateAttr()

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._client = get_groq_client()

    @classmethod
    def class_name(cls) -> str:
        return "LLMRelevanceFilter"

    def _postprocess_nodes(
        self,
        nodes: List[NodeWithScore],
        query_bundle: Optional[QueryBundle] = None,
    ) -> List[NodeWithScore]:
        if query_bundle is None or len(nodes) <= 2:
            return nodes

        with ThreadPoolExecutor(max_workers=self.max_workers) as pool:
            futures = [
                pool.submit(
                    self._client.chat.completions.create,
                    model=self.model,
                    temperature=0,
                    max_tokens=2,
                    messages=[
                        {
                            "role": "user",
                            "content": JUDGE_PROMPT.format(
                                question=query_bundle.query_str,
                                passage=truncate(n.node.get_content(metadata_mode=MetadataMode.NONE), 3000),
                            ),
                        }
                    ],
                )
                for n in nodes
            ]

        kept: List[NodeWithScore] = []
        for node, fut in zip(nodes, futures):
            try:
                verdict = (fut.result().choices[0].message.content or "").strip().upper()
            except Exception:  # noqa: BLE001
                logger.exception("relevance judge failed for node %s", node.node.node_id)
                verdict = "YES" if self.keep_if_unsure else "NO"
            if verdict.startswith("YES"):
                kept.append(node)
        return kept or nodes[:1]
