"""Customer document upload (bank statements, proof of address) for KYC."""
from __future__ import annotations

import io

import openai
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from supportbot.routes.deps import resolve


async def upload_document(request: Request) -> JSONResponse:
    form = await request.form()
    upload = form["file"]
    content = await upload.read()
    client = resolve(request, openai.OpenAI)
    # stored for the KYC assistant's file_search; no model call here
    stored = await run_in_threadpool(client.files.create, file=(upload.filename, io.BytesIO(content)), purpose="assistants")
    return JSONResponse({"file_id": stored.id, "bytes": stored.bytes})


async def embed_snippets(request: Request) -> JSONResponse:
    """Embeds extracted statement lines for the duplicate-document detector."""
    data = await request.json()
    client = resolve(request, openai.OpenAI)
    result = await run_in_threadpool(client.embeddings.create,
        model="text-embedding-3-small",
        input=data["lines"],
        dimensions=512,
    )
    return JSONResponse({"vectors": [d.embedding for d in result.data]})


async def transcribe_voicemail(request: Request) -> JSONResponse:
    form = await request.form()
    audio = form["audio"]
    client = resolve(request, openai.OpenAI)
    raw = await audio.read()
    transcript = await run_in_threadpool(
        lambda: client.audio.transcriptions.create(
            model="whisper-1", file=(audio.filename, raw), language="en"
        )
    )
    return JSONResponse({"text": transcript.text})


routes = [
    Route("/documents", upload_document, methods=["POST"]),
    Route("/documents/embed", embed_snippets, methods=["POST"]),
    Route("/voicemail/transcribe", transcribe_voicemail, methods=["POST"]),
]
