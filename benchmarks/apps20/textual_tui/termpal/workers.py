"""Helpers used by @work methods on screens.

These take the client as an argument so they can be unit-tested with fakes.
"""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

from textual.worker import get_current_worker


async def blocking_completion(client: Any, model: str, messages: list[dict], **kwargs: Any) -> str:
    """Run a sync chat completion off the event loop (used with the sync OpenAI client)."""
    resp = await asyncio.to_thread(
        client.chat.completions.create,
        model=model,
        messages=messages,
        **kwargs,
    )
    return resp.choices[0].message.content or ""


async def embed_texts(client: Any, texts: list[str], model: str = "text-embedding-3-small") -> list[list[float]]:
    out: list[list[float]] = []
    for start in range(0, len(texts), 64):
        worker = get_current_worker()
        if worker.is_cancelled:
            break
        resp = await client.embeddings.create(model=model, input=texts[start : start + 64])
        out.extend(item.embedding for item in resp.data)
    return out


async def transcribe(client: Any, audio_path: Path, model: str = "whisper-large-v3-turbo") -> str:
    """Voice prompt: the Groq client is passed in by the prompt widget."""
    data = audio_path.read_bytes()
    transcription = await client.audio.transcriptions.create(
        file=(audio_path.name, data),
        model=model,
        response_format="text",
    )
    return transcription if isinstance(transcription, str) else transcription.text


async def upload_attachment(client: Any, path: Path) -> str:
    """Upload a file so it can be referenced by id from the Responses API."""
    with path.open("rb") as fh:
        uploaded = await client.files.create(file=fh, purpose="user_data")
    return uploaded.id
