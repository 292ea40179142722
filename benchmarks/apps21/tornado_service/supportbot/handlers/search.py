"""Agent-side semantic search over the KB and past tickets."""
import logging

import tornado.web
from tornado.options import options

from supportbot.handlers.base import BaseHandler

log = logging.getLogger(__name__)


class SearchHandler(BaseHandler):
    """Clients are injected through the route's initialize() kwargs."""

    def initialize(self, voyage, co):
        self.voyage = voyage
        self.co = co

    async def get(self):
        query = self.get_query_argument("q", "").strip()
        if not query:
            raise tornado.web.HTTPError(400, reason="q is required")
        top_n = int(self.get_query_argument("n", "8"))

        emb = await self.voyage.embed([query], model=options.embed_model, input_type="query")
        candidates = await self.application.kb_store.nearest(
            self.tenant_id, emb.embeddings[0], limit=50)
        if not candidates:
            self.write_json({"results": []})
            return

        reranked = await self.co.rerank(
            model=options.rerank_model,
            query=query,
            documents=[c["text"] for c in candidates],
            top_n=top_n,
        )
        results = []
        for r in reranked.results:
            c = candidates[r.index]
            results.append({"id": c["id"], "title": c["title"], "score": r.relevance_score})
        self.write_json({"results": results})


class SimilarTicketsHandler(BaseHandler):
    """Older endpoint: still pulls the voyage client out of settings."""

    def initialize(self, embed_model):
        self.embed_model = embed_model

    async def post(self):
        body = self.json_body()
        voyage = self.settings["voyage_client"]
        result = await voyage.embed(
            [body["text"]], model=self.embed_model, input_type="query")
        rows = await self.application.kb_store.nearest(
            self.tenant_id, result.embeddings[0], limit=int(body.get("limit", 5)))
        self.write_json({"similar": rows})
