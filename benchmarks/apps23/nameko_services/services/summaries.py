"""Claim file summaries for supervisors (Mistral, hosted in the EU)."""
import logging
from typing import Any, Dict, List

from nameko.events import event_handler
from nameko.rpc import rpc

from common.dependencies import MistralProvider
from common.prompts import SUMMARY_SYSTEM
from common.storage import ClaimsStore
from common.chunking import chunk_text

log = logging.getLogger(__name__)

SUMMARY_MODEL = "mistral-large-latest"
SMALL_MODEL = "mistral-small-latest"
EMBED_MODEL = "mistral-embed"


class ClaimSummaryService:
    name = "claim_summaries"

    mistral = MistralProvider()
    claims = ClaimsStore()

    def _summarise_chunk(self, text: str, model: str = SMALL_MODEL) -> str:
        response = self.mistral.chat.complete(
            model=model,
            messages=[
                {"role": "system", "content": SUMMARY_SYSTEM},
                {"role": "user", "content": text},
            ],
            temperature=0.1,
            max_tokens=400,
        )
        return response.choices[0].message.content

    @rpc
    def summarize(self, claim_number: str, notes: str) -> str:
        chunks = list(chunk_text(notes, max_tokens=3000))
        if len(chunks) == 1:
            summary = self._summarise_chunk(chunks[0], model=SUMMARY_MODEL)
        else:
            partials = [self._summarise_chunk(c) for c in chunks]
            summary = self._summarise_chunk("\n\n".join(partials), model=SUMMARY_MODEL)
        self.claims.update(claim_number, summary=summary)
        return summary

    @rpc
    def summarize_streaming(self, notes: str) -> List[str]:
        """Returns the streamed pieces; the gateway re-streams them over SSE."""
        pieces = []
        stream = self.mistral.chat.stream(
            model=SUMMARY_MODEL,
            messages=[
                {"role": "system", "content": SUMMARY_SYSTEM},
                {"role": "user", "content": notes},
            ],
        )
        with stream as events:
            for event in events:
                delta = event.data.choices[0].delta.content
                if delta:
                    pieces.append(delta)
        return pieces

    @event_handler("documents", "document_ingested")
    def index_document(self, payload: Dict[str, Any]):
        chunks = list(chunk_text(payload.get("text", ""), max_tokens=500))
        if not chunks:
            return
        response = self.mistral.embeddings.create(model=EMBED_MODEL, inputs=chunks)
        vectors = [item.embedding for item in response.data]
        self.claims.update(
            payload["claim_number"],
            document_chunks=chunks,
            document_vectors=vectors,
        )
        log.info("indexed %d chunks for %s", len(chunks), payload["claim_number"])

    @rpc
    def available_models(self) -> List[str]:
        models = self.mistral.models.list()
        return sorted(m.id for m in models.data or [])
