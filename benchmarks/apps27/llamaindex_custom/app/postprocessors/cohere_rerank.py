"""Cohere rerank as a node postprocessor.

We don't use llama-index-postprocessor-cohere-rerank because we need the retry
wrapper and the score floor.
"""
from __future__ import annotations

import logging
from typing import Any, List, Optional

import cohere
from llama_index.core.bridge.pydantic import Field, PrivateAttr
from llama_index.core.postprocessor.types import BaseNodePostprocessor
from llama_index.core.schema import MetadataMode, NodeWithScore, QueryBundle

from app.clients import get_cohere_client
from app.utils import with_retries

logger = logging.getLogger(__name__)


class CohereRerankPostprocessor(BaseNodePostprocessor):
    model: str = Field(default="rerank-english-v3.0")
    top_n: int = Field(default=4)
    min_score: float = Field(default=0.05)

    _client: cohere.ClientV2 = PrivateAttr()

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._client = get_cohere_client()

    @classmethod
    def class_name(cls) -> str:
        return "CohereRerankPostprocessor"

    def _postprocess_nodes(
        self,
        nodes: List[NodeWithScore],
        query_bundle: Optional[QueryBundle] = None,
    ) -> List[NodeWithScore]:
        if query_bundle is None:
            raise ValueError("CohereRerankPostprocessor needs a query bundle")
        if not nodes:
            return []

        documents = [n.node.get_content(metadata_mode=MetadataMode.EMBED) for n in nodes]
        response = with_retries(
            self._client.rerank,
            model=self.model,
            query=query_bundle.query_str,
            documents=documents,
            top_n=min(self.top_n, len(documents)),
        )

        reranked: List[NodeWithScore] = []
        for result in response.results:
            if result.relevance_score < self.min_score:
                continue
            reranked.append(NodeWithScore(node=nodes[result.index].node, score=result.relevance_score))
        logger.debug("cohere rerank kept %d/%d nodes", len(reranked), len(nodes))
        return reranked
