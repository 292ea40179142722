"""Knowledge-base ingestion: OCR, chunking, embeddings.

Embeddings go to voyage by default. Collections created before 2024-06 were
embedded with mistral-embed / titan and keep using those (see EMBEDDERS).
"""
from __future__ import annotations

import asyncio
import json
import logging
from typing import Dict, List

from temporalio import activity

from backoffice.clients import ClientBundle
from backoffice.config import Settings
from backoffice.models import Chunk, DocumentInput
from backoffice.services.persistence import ChunkRepository, DocumentStore
from backoffice.utils import batched, call_with_backoff, chunk_text

logger = logging.getLogger(__name__)

# collection -> embedding backend
EMBEDDERS: Dict[str, str] = {
    "policies": "voyage",
    "vendor_contracts": "voyage",
    "hr_handbook": "mistral",
    "it_runbooks": "titan",
    "ap_faq": "openai",
}


class DocumentActivities:
    def __init__(self, clients: ClientBundle, settings: Settings) -> None:
        self._voyage = clients.voyage_async
        self._mistral = clients.mistral
        self._openai = clients.openai_async
        self._bedrock = clients.bedrock_runtime
        self._models = settings.models
        self._store = DocumentStore(settings.documents_bucket, client=clients.s3)
        self._chunks = ChunkRepository()

    @activity.defn
    async def ocr_document(self, doc: DocumentInput) -> str:
        if doc.mime_type.startswith("text/"):
            return await asyncio.to_thread(self._store.read_text, doc.s3_key)
        url = self._store.presigned_url(doc.s3_key, expires=1800)
        ocr = await self._mistral.ocr.process_async(
            model=self._models.mistral_ocr,
            document={"type": "document_url", "document_url": url},
            include_image_base64=False,
        )
        return "\n\n".join(page.markdown for page in ocr.pages)

    @activity.defn
    async def split(self, doc: DocumentInput, text: str) -> List[Chunk]:
        pieces = chunk_text(text, max_tokens=400)
        return [Chunk(document_id=doc.document_id, index=i, text=t) for i, t in enumerate(pieces)]

    @activity.defn
    async def embed_chunks(self, collection: str, chunks: List[Chunk]) -> List[Chunk]:
        backend = EMBEDDERS.get(collection, "voyage")
        texts = [c.text for c in chunks]
        if backend == "voyage":
            vectors = await self._embed_voyage(texts)
        elif backend == "mistral":
            vectors = await asyncio.to_thread(self._embed_mistral, texts)
        elif backend == "titan":
            vectors = await self._embed_titan(texts)
        else:
            vectors = await self._embed_openai(texts)
        for chunk, vec in zip(chunks, vectors):
            chunk.embedding = vec
        return chunks

    @activity.defn
    async def store_chunks(self, chunks: List[Chunk]) -> int:
        return await self._chunks.upsert_many([c.__dict__ for c in chunks])

    # -- backends ---------------------------------------------------------

    async def _embed_voyage(self, texts: List[str]) -> List[List[float]]:
        out: List[List[float]] = []
        for i, batch in enumerate(batched(texts, 128)):
            result = await self._voyage.embed(batch, model=self._models.voyage_embed, input_type="document")
            out.extend(result.embeddings)
            activity.heartbeat(i)
        return out

    def _embed_mistral(self, texts: List[str]) -> List[List[float]]:
        out: List[List[float]] = []
        for batch in batched(texts, 64):
            resp = call_with_backoff(
                self._mistral.embeddings.create,
                model=self._models.mistral_embed,
                inputs=batch,
            )
            out.extend(d.embedding for d in resp.data)
        return out

    async def _embed_openai(self, texts: List[str]) -> List[List[float]]:
        out: List[List[float]] = []
        for batch in batched(texts, 256):
            resp = await self._openai.embeddings.create(model=self._models.openai_embed, input=batch)
            out.extend(item.embedding for item in resp.data)
        return out

    async def _embed_titan(self, texts: List[str]) -> List[List[float]]:
        # titan v2 takes a single input per request
        loop = asyncio.get_running_loop()
        out: List[List[float]] = []
        for text in texts:
            body = json.dumps({"inputText": text, "dimensions": 1024, "normalize": True})
            raw = await loop.run_in_executor(
                None,
                lambda: self._bedrock.invoke_model(
                    modelId=self._models.bedrock_titan_embed,
                    body=body,
                    contentType="application/json",
                    accept="application/json",
                ),
            )
            out.append(json.loads(raw["body"].read())["embedding"])
        return out
