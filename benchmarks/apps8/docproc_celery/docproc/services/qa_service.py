"""Grounded Q&A over a matter's documents (Cohere Command R+ with citations)."""
import logging
from typing import Dict, Iterator, List

from docproc.clients import cohere_client
from docproc.prompts import QA_PREAMBLE
from docproc.schemas import SearchHit
from docproc.services.search_service import SearchService
from docproc.settings import settings

logger = logging.getLogger(__name__)


def _as_documents(hits: List[SearchHit]) -> List[Dict]:
    return [
        {
            "id": f"chunk-{hit.chunk_id}",
            "data": {"title": hit.filename, "snippet": hit.text, "document_id": str(hit.document_id)},
        }
        for hit in hits
    ]


class MatterQA:
    def __init__(self, search: SearchService = None):
        self.search = search or SearchService()
        self.co = cohere_client()

    def answer(self, question: str, *, matter_id: int, top_k: int = 8) -> Dict:
        hits = self.search.search(question, matter_id=matter_id, top_k=top_k)
        if not hits:
            return {"answer": "No documents in this matter match the question.", "citations": []}

        response = self.co.chat(
            model=settings.cohere_chat_model,
            messages=[
                {"role": "system", "content": QA_PREAMBLE},
                {"role": "user", "content": question},
            ],
            documents=_as_documents(hits),
            temperature=0.2,
        )
        text = "".join(part.text for part in response.message.content if part.type == "text")
        citations = [
            {"text": c.text, "sources": [s.id for s in (c.sources or [])]}
            for c in (response.message.citations or [])
        ]
        return {"answer": text, "citations": citations}

    def stream_answer(self, question: str, *, matter_id: int, top_k: int = 8) -> Iterator[str]:
        hits = self.search.search(question, matter_id=matter_id, top_k=top_k)
        stream = cohere_client().chat_stream(
            model=settings.cohere_chat_model,
            messages=[
                {"role": "system", "content": QA_PREAMBLE},
                {"role": "user", "content": question},
            ],
            documents=_as_documents(hits),
        )
        for event in stream:
            if event.type == "content-delta":
                yield event.delta.message.content.text
            elif event.type == "message-end":
                logger.debug("qa stream finished: %s", event.delta.finish_reason)
