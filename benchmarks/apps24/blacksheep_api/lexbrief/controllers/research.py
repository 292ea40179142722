from __future__ import annotations

import cohere
from blacksheep import Response
from blacksheep.server.bindings import FromJSON
from blacksheep.server.controllers import APIController, post
from google.genai import types

from lexbrief.clients import get_gemini
from lexbrief.clients.vendors import CHAT_MODEL
from lexbrief.models import AskRequest, SearchRequest
from lexbrief.services.case_search import CaseSearchService
from lexbrief.services.citation_checker import CitationChecker


class Research(APIController):
    """/api/research/*"""

    def __init__(self, search: CaseSearchService, checker: CitationChecker, co: cohere.AsyncClientV2) -> None:
        self.search_service = search
        self.checker = checker
        self.co = co

    @post("search")
    async def search(self, data: FromJSON[SearchRequest]) -> Response:
        hits = await self.search_service.search(data.value)
        return self.json([h.model_dump() for h in hits])

    @post("ask")
    async def ask(self, data: FromJSON[AskRequest]) -> Response:
        hits = await self.search_service.search(SearchRequest(query=data.value.question, top_k=6))
        response = await self.co.chat(
            model=CHAT_MODEL,
            messages=[
                {"role": "system", "content": "Answer legal research questions using only the documents. Cite them."},
                {"role": "user", "content": data.value.question},
            ],
            documents=[{"id": h.doc_id, "data": {"title": h.title, "snippet": h.snippet}} for h in hits],
        )
        answer = "".join(p.text for p in response.message.content or [] if p.type == "text")
        return self.json({"answer": answer, "sources": [h.model_dump() for h in hits]})

    @post("citations/check")
    async def check_citations(self, data: FromJSON[dict]) -> Response:
        body = data.value
        if body.get("matter_id"):
            result = await self.checker.check_tracked(body["draft"], body.get("sources", []), body["matter_id"])
        else:
            result = await self.checker.check(body["draft"], body.get("sources", []))
        return self.json(result)

    @post("similar-questions")
    async def similar_questions(self, data: FromJSON[AskRequest]) -> Response:
        # experiment (Priya): gemini embeddings for the FAQ matcher, not voyage
        result = await get_gemini().aio.models.embed_content(
            model="text-embedding-004",
            contents=[data.value.question],
            config=types.EmbedContentConfig(task_type="SEMANTIC_SIMILARITY"),
        )
        return self.json({"dim": len(result.embeddings[0].values), "vector": result.embeddings[0].values})
