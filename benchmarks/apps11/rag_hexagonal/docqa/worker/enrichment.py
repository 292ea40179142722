"""Chunk enrichment applied during ingestion.

* contextual headers ("contextual retrieval"): a fast Claude model writes one or two
  sentences situating each chunk in its document; the full document goes in a cached
  system block so each chunk only pays for its own tokens.
* figure captions: images extracted from PDFs are described by Gemini so that charts
  can be found by text search.
"""
from __future__ import annotations

import asyncio
import logging
from typing import Any, List, Optional

from google.genai import types

from docqa import prompts
from docqa.adapters.clients import get_anthropic_client, get_genai_client
from docqa.config import get_settings
from docqa.domain import Chunk, Document

logger = logging.getLogger(__name__)

_MAX_DOC_CHARS = 400_000


class ChunkContextualizer:
    def __init__(self, client: Optional[Any] = None, model: Optional[str] = None, concurrency: int = 8) -> None:
        self._client = client or get_anthropic_client()
        self._model = model or get_settings().fast_model_anthropic
        self._sem = asyncio.Semaphore(concurrency)

    async def _context_for(self, document_text: str, chunk: Chunk) -> Optional[str]:
        loop = asyncio.get_running_loop()
        async with self._sem:
            try:
                msg = await loop.run_in_executor(
                    None,
                    lambda: self._client.messages.create(
                        model=self._model,
                        max_tokens=150,
                        system=[
                            {
                                "type": "text",
                                "text": f"<document>\n{document_text}\n</document>",
                                "cache_control": {"type": "ephemeral"},
                            }
                        ],
                        messages=[
                            {"role": "user", "content": prompts.CHUNK_CONTEXT_PROMPT.format(chunk=chunk.text)}
                        ],
                    ),
                )
            except Exception:  # noqa: BLE001 - enrichment is best effort
                logger.exception("contextualization failed for chunk %s", chunk.id)
                return None
        usage = msg.usage
        logger.debug(
            "chunk %s ctx: in=%s cache_read=%s out=%s",
            chunk.id,
            usage.input_tokens,
            getattr(usage, "cache_read_input_tokens", None),
            usage.output_tokens,
        )
        return msg.content[0].text.strip()

    async def __call__(self, document: Document, chunks: List[Chunk]) -> List[Chunk]:
        document_text = "\n\n".join(c.text for c in chunks)[:_MAX_DOC_CHARS]
        contexts = await asyncio.gather(*(self._context_for(document_text, c) for c in chunks))
        for chunk, ctx in zip(chunks, contexts):
            chunk.context = ctx
        return chunks


async def caption_figures(images: List[bytes], model: str = "gemini-2.0-flash") -> List[str]:
    """One caption per PNG image, in order. Empty string when the model refuses."""
    client = get_genai_client()
    captions: List[str] = []
    for png in images:
        resp = await client.aio.models.generate_content(
            model=model,
            contents=[
                types.Part.from_bytes(data=png, mime_type="image/png"),
                prompts.FIGURE_CAPTION_PROMPT,
            ],
            config=types.GenerateContentConfig(temperature=0.1, max_output_tokens=200),
        )
        captions.append((resp.text or "").strip())
    return captions
