"""Voyage rerank-2 postprocessor (used with the Voyage embedding stack)."""
from __future__ import annotations

from typing import Any, List, Optional

import voyageai
from llama_index.core.bridge.pydantic import Field, PrivateAttr
from llama_index.core.postprocessor.types import BaseNodePostprocessor
from llama_index.core.schema import MetadataMode, NodeWithScore, QueryBundle


class VoyageRerankPostprocessor(BaseNodePostprocessor):
    model: str = Field(default="rerank-2")
    top_k: int = Field(default=4)

    _client: voyageai.Client = PrivateAttr()

    def __init__(self, client: voyageai.Client, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._client = client

    @classmethod
    def class_name(cls) -> str:
        return "VoyageRerankPostprocessor"

    def _postprocess_nodes(
        self,
        nodes: List[NodeWithScore],
        query_bundle: Optional[QueryBundle] = None,
    ) -> List[NodeWithScore]:
        if not nodes or query_bundle is None:
            return nodes
        texts = [n.node.get_content(metadata_mode=MetadataMode.NONE) for n in nodes]
        reranking = self._client.rerank(
            query_bundle.query_str, texts, model=self.model, top_k=self.top_k
        )
        return [
            NodeWithScore(node=nodes[r.index].node, score=r.relevance_score)
            for r in reranking.results
        ]
