"""Builds query engines and answers questions.

The engines use whatever ``Settings.llm`` / ``Settings.embed_model`` were set to
in ``app.bootstrap``; rewriting uses a cheap OpenAI model directly.
"""
from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field
from typing import Any, Dict, List, Optional

from llama_index.core import PromptTemplate, Settings
from llama_index.core.llms import LLM
from llama_index.core.postprocessor import SimilarityPostprocessor
from llama_index.core.query_engine import BaseQueryEngine, RetrieverQueryEngine
from llama_index.core.response_synthesizers import ResponseMode, get_response_synthesizer
from llama_index.core.retrievers import VectorIndexRetriever

from app.bootstrap import build_reranker
from app.clients import get_async_openai_client
from app.config import get_config
from app.postprocessors.llm_filter import LLMRelevanceFilter
from app.services.index_store import get_index_store

logger = logging.getLogger(__name__)

QA_TEMPLATE = PromptTemplate(
    "Context information from our documentation is below.\n"
    "---------------------\n{context_str}\n---------------------\n"
    "Using only that context, answer the question. Cite the source titles in brackets.\n"
    "Question: {query_str}\nAnswer: "
)

REWRITE_SYSTEM = (
    "Rewrite the user's question into a standalone search query for a documentation "
    "search engine. Use the conversation history to resolve pronouns. Return JSON: "
    '{"query": "...", "filters": {"product": null | str}}'
)


@dataclass
class Answer:
    text: str
    sources: List[Dict[str, Any]] = field(default_factory=list)
    rewritten_query: Optional[str] = None


def build_query_engine(
    llm: Optional[LLM] = None,
    streaming: bool = False,
    top_k: Optional[int] = None,
    use_llm_filter: bool = False,
) -> BaseQueryEngine:
    cfg = get_config()
    index = get_index_store().load()
    retriever = VectorIndexRetriever(index=index, similarity_top_k=top_k or cfg.similarity_top_k)

    postprocessors: list = [SimilarityPostprocessor(similarity_cutoff=0.2)]
    if use_llm_filter:
        postprocessors.append(LLMRelevanceFilter())
    reranker = build_reranker(cfg)
    if reranker is not None:
        postprocessors.append(reranker)

    synthesizer = get_response_synthesizer(
        llm=llm or Settings.llm,
        response_mode=ResponseMode.COMPACT,
        text_qa_template=QA_TEMPLATE,
        streaming=streaming,
    )
    return RetrieverQueryEngine(
        retriever=retriever,
        response_synthesizer=synthesizer,
        node_postprocessors=postprocessors,
    )


async def rewrite_query(question: str, history: List[Dict[str, str]]) -> Dict[str, Any]:
    if not history:
        return {"query": question, "filters": {}}
    client = get_async_openai_client()
    convo = "\n".join(f"{turn['role']}: {turn['content']}" for turn in history[-6:])
    completion = await client.chat.completions.create(
        model="gpt-4o-mini",
        temperature=0,
        response_format={"type": "json_object"},
        messages=[
            {"role": "system", "content": REWRITE_SYSTEM},
            {"role": "user", "content": f"History:\n{convo}\n\nQuestion: {question}"},
        ],
    )
    try:
        return json.loads(completion.choices[0].message.content or "{}")
    except json.JSONDecodeError:
        logger.warning("rewrite returned non-JSON, using raw question")
        return {"query": question, "filters": {}}


def _sources(response: Any) -> List[Dict[str, Any]]:
    out = []
    for sn in getattr(response, "source_nodes", []) or []:
        meta = sn.node.metadata or {}
        out.append(
            {
                "title": meta.get("title") or meta.get("file_name"),
                "url": meta.get("url"),
                "score": round(float(sn.score or 0.0), 4),
                "node_id": sn.node.node_id,
            }
        )
    return out


async def answer_question(
    question: str,
    history: Optional[List[Dict[str, str]]] = None,
    llm: Optional[LLM] = None,
) -> Answer:
    rewritten = await rewrite_query(question, history or [])
    engine = build_query_engine(llm=llm)
    response = await engine.aquery(rewritten.get("query") or question)
    return Answer(text=str(response), sources=_sources(response), rewritten_query=rewritten.get("query"))
