"""Background job handlers. Each handler receives a ``Job`` and is registered by kind."""
from __future__ import annotations

import asyncio
import logging
from typing import Any, Awaitable, Callable, Dict, List

from agentd.agent.fallback import last_resort_reply
from agentd.container import container
from agentd.context import get_request_client
from agentd.models import Job
from agentd.services.llm_usage_tracker import llm_tracker

log = logging.getLogger(__name__)

Handler = Callable[[Job], Awaitable[Any]]
HANDLERS: Dict[str, Handler] = {}

EMBED_BATCH = 64
INTENTS = ("question", "incident", "request", "feedback", "other")


def handler(kind: str) -> Callable[[Handler], Handler]:
    def register(fn: Handler) -> Handler:
        HANDLERS[kind] = fn
        return fn

    return register


def _chunk_text(text: str, size: int = 1200, overlap: int = 150) -> List[str]:
    chunks, start = [], 0
    while start < len(text):
        chunks.append(text[start : start + size])
        start += size - overlap
    return [c for c in chunks if c.strip()]


@handler("title")
async def generate_title(job: Job) -> str:
    first_message: str = job.payload["first_message"]
    client = get_request_client()
    response = await client.responses.create(
        model=container.settings.title_model,
        instructions="Write a 3-6 word title for this conversation. No quotes, no trailing period.",
        input=first_message[:4000],
        max_output_tokens=24,
    )
    title = response.output_text.strip().strip('"')
    await container.run_store.set_title(job.payload["conversation_id"], title)
    return title


@handler("transcribe")
async def transcribe_voice_note(job: Job) -> str:
    key: str = job.payload["audio_key"]
    audio = await asyncio.to_thread(container.storage.get_bytes, key)
    transcript = await container.async_groq.audio.transcriptions.create(
        file=(key.rsplit("/", 1)[-1], audio),
        model=container.settings.groq_transcription_model,
        response_format="text",
        language=job.payload.get("language"),
    )
    text = transcript if isinstance(transcript, str) else transcript.text
    await container.run_store.save_transcript(job.payload["message_id"], text)
    return text


@handler("index_document")
async def index_document(job: Job) -> int:
    doc = await container.run_store.get_document(job.payload["document_id"])
    chunks = _chunk_text(doc["text"])
    batches = [chunks[i : i + EMBED_BATCH] for i in range(0, len(chunks), EMBED_BATCH)]
    client = get_request_client()
    responses = await asyncio.gather(
        *(client.embeddings.create(model=container.settings.openai_embedding_model, input=b) for b in batches)
    )
    vectors = [item.embedding for resp in responses for item in resp.data]
    await container.run_store.upsert_passages(doc["collection"], doc["source"], chunks, vectors)
    log.info("indexed %s: %d chunks", doc["source"], len(chunks))
    return len(chunks)


@handler("speak")
async def synthesize_speech(job: Job) -> str:
    text: str = job.payload["text"]
    buf = bytearray()
    async with container.async_openai.audio.speech.with_streaming_response.create(
        model=container.settings.tts_model,
        voice=job.payload.get("voice", container.settings.tts_voice),
        input=text[:4096],
        response_format="mp3",
    ) as response:
        async for chunk in response.iter_bytes():
            buf.extend(chunk)
    key = f"speech/{job.id}.mp3"
    return await asyncio.to_thread(container.storage.put_artifact, key, bytes(buf), "audio/mpeg")


@handler("classify_intent")
async def classify_intent(job: Job) -> str:
    model = container.settings.title_model
    client = get_request_client()
    async with llm_tracker.track_llm_call(
        provider="openai", model=model, feature_context="worker.classify_intent"
    ) as usage_log:
        resp = await client.chat.completions.create(
            model=model,
            messages=[
                {"role": "system", "content": f"Classify the message as one of: {', '.join(INTENTS)}. One word."},
                {"role": "user", "content": job.payload["text"][:2000]},
            ],
            max_tokens=3,
            temperature=0,
        )
        usage_log.input_tokens = resp.usage.prompt_tokens
        usage_log.output_tokens = resp.usage.completion_tokens
    label = (resp.choices[0].message.content or "other").strip().lower()
    return label if label in INTENTS else "other"


@handler("fallback_reply")
async def fallback_reply(job: Job) -> str:
    reply = await last_resort_reply(job.payload["prompt"])
    await container.run_store.save_reply(job.payload["message_id"], reply)
    return reply
