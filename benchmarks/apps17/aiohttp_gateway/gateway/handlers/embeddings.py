from __future__ import annotations

import logging
from typing import List

from aiohttp import web

from gateway import appkeys
from gateway.errors import BadRequest
from gateway.models import EmbedRequest

log = logging.getLogger(__name__)
routes = web.RouteTableDef()

COHERE_INPUT_TYPES = {"document": "search_document", "query": "search_query"}
GEMINI_TASK_TYPES = {"document": "RETRIEVAL_DOCUMENT", "query": "RETRIEVAL_QUERY"}
FIREWORKS_EMBED_MODEL = "nomic-ai/nomic-embed-text-v1.5"


async def _cohere(app: web.Application, req: EmbedRequest) -> List[List[float]]:
    settings = app[appkeys.SETTINGS]
    res = await app[appkeys.COHERE].embed(
        texts=req.texts,
        model=settings.cohere_embed_model,
        input_type=COHERE_INPUT_TYPES[req.kind],
        embedding_types=["float"],
    )
    return res.embeddings.float_


async def _gemini(app: web.Application, req: EmbedRequest) -> List[List[float]]:
    client = app[appkeys.GEMINI]
    res = await client.aio.models.embed_content(
        model=app[appkeys.SETTINGS].gemini_embedding_model,
        contents=req.texts,
        config={"task_type": GEMINI_TASK_TYPES[req.kind]},
    )
    return [e.values for e in res.embeddings]


async def _fireworks(app: web.Application, req: EmbedRequest) -> List[List[float]]:
    # nomic wants the task prefix inside the text
    prefix = "search_document: " if req.kind == "document" else "search_query: "
    res = await app[appkeys.FIREWORKS].embeddings.create(
        model=FIREWORKS_EMBED_MODEL,
        input=[prefix + t for t in req.texts],
    )
    return [d.embedding for d in res.data]


BACKENDS = {"cohere": _cohere, "gemini": _gemini, "fireworks": _fireworks}


@routes.post("/v1/embeddings")
async def embeddings(request: web.Request) -> web.Response:
    req = EmbedRequest.parse(await request.json())
    backend = BACKENDS.get(req.provider)
    if backend is None:
        raise BadRequest(f"unknown embedding provider {req.provider!r}")
    vectors = await backend(request.app, req)
    return web.json_response({"provider": req.provider, "dimensions": len(vectors[0]), "data": vectors})
