from __future__ import annotations

import logging

from aiohttp import web

from gateway import appkeys
from gateway.errors import BadRequest
from gateway.services.prompts import RAG_PREAMBLE
from gateway.storage import Documents
from gateway.utils import timed

log = logging.getLogger(__name__)
routes = web.RouteTableDef()


@routes.post("/v1/search")
async def search(request: web.Request) -> web.Response:
    body = await request.json()
    query = (body.get("query") or "").strip()
    if not query:
        raise BadRequest("query is required")
    top_n = min(int(body.get("top_n", 5)), 20)
    settings = request.app[appkeys.SETTINGS]
    co = request.app[appkeys.COHERE]
    docs = Documents(request.app[appkeys.DB])

    with timed("search.embed"):
        q = await co.embed(
            texts=[query],
            model=settings.cohere_embed_model,
            input_type="search_query",
            embedding_types=["float"],
        )
    candidates = await docs.nearest(q.embeddings.float_[0], k=40)
    if not candidates:
        return web.json_response({"results": [], "answer": None})

    with timed("search.rerank"):
        ranked = await co.rerank(
            model=settings.cohere_rerank_model,
            query=query,
            documents=[f"{c['title']}\n{c['body']}" for c in candidates],
            top_n=top_n,
        )
    hits = [dict(candidates[r.index], score=r.relevance_score) for r in ranked.results]

    answer = None
    if body.get("answer"):
        reply = await co.chat(
            model=settings.cohere_chat_model,
            messages=[{"role": "system", "content": RAG_PREAMBLE}, {"role": "user", "content": query}],
            documents=[{"id": str(h["id"]), "data": {"title": h["title"], "snippet": h["body"][:2000]}} for h in hits],
        )
        answer = {
            "text": reply.message.content[0].text,
            "citations": [
                {"start": c.start, "end": c.end, "sources": [s.id for s in (c.sources or [])]}
                for c in (reply.message.citations or [])
            ],
        }
    return web.json_response({"results": hits, "answer": answer})


@routes.post("/v1/search/stream-answer")
async def stream_answer(request: web.Request) -> web.StreamResponse:
    body = await request.json()
    settings = request.app[appkeys.SETTINGS]
    docs = await Documents(request.app[appkeys.DB]).by_ids([int(i) for i in body.get("document_ids", [])][:10])
    resp = web.StreamResponse(headers={"Content-Type": "text/plain; charset=utf-8"})
    await resp.prepare(request)
    async for event in request.app[appkeys.COHERE].chat_stream(
        model=settings.cohere_chat_model,
        messages=[{"role": "user", "content": body["query"]}],
        documents=[{"id": str(d["id"]), "data": {"title": d["title"], "snippet": d["body"][:2000]}} for d in docs],
    ):
        if event.type == "content-delta":
            await resp.write(event.delta.message.content.text.encode())
    await resp.write_eof()
    return resp
