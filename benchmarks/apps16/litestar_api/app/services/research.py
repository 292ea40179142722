"""Research assistant: answers a question with case law pulled from CourtListener.

The model can call two tools (search_opinions, verify_citations). Every citation in the final
memo has to come back verified from CourtListener, otherwise we strip it.
"""
from __future__ import annotations

import json
import logging
from typing import Any, Dict, List

import httpx

from app.config import get_settings
from app.exceptions import UpstreamModelError

logger = logging.getLogger(__name__)

MAX_TOOL_ROUNDS = 6

TOOLS = [
    {
        "type": "function",
        "function": {
            "name": "search_opinions",
            "description": "Full-text search of US court opinions.",
            "parameters": {
                "type": "object",
                "properties": {
                    "query": {"type": "string"},
                    "court": {"type": "string", "description": "CourtListener court id, e.g. 'nysd', 'ca2'"},
                    "filed_after": {"type": "string", "description": "YYYY-MM-DD"},
                },
                "required": ["query"],
            },
        },
    },
    {
        "type": "function",
        "function": {
            "name": "verify_citations",
            "description": "Check that reporter citations exist and resolve to an opinion.",
            "parameters": {
                "type": "object",
                "properties": {"text": {"type": "string"}},
                "required": ["text"],
            },
        },
    },
]

SYSTEM = (
    "You are a research attorney. Answer the question with a short memo (Question Presented, "
    "Brief Answer, Discussion). Only cite opinions you retrieved with search_opinions and verified "
    "with verify_citations. If the law is unsettled, say so."
)


class CourtListener:
    def __init__(self, http: httpx.AsyncClient) -> None:
        settings = get_settings()
        self._http = http
        self._base = settings.courtlistener_url
        self._headers = {"Authorization": f"Token {settings.courtlistener_token}"} if settings.courtlistener_token else {}

    async def search(self, query: str, court: str = "", filed_after: str = "") -> List[Dict[str, Any]]:
        params = {"q": query, "type": "o", "order_by": "score desc"}
        if court:
            params["court"] = court
        if filed_after:
            params["filed_after"] = filed_after
        resp = await self._http.get(f"{self._base}/search/", params=params, headers=self._headers)
        resp.raise_for_status()
        return [
            {"case_name": r.get("caseName"), "citation": r.get("citation"), "court": r.get("court"),
             "date_filed": r.get("dateFiled"), "snippet": r.get("snippet"), "url": r.get("absolute_url")}
            for r in resp.json().get("results", [])[:8]
        ]

    async def verify(self, text: str) -> List[Dict[str, Any]]:
        resp = await self._http.post(f"{self._base}/citation-lookup/", data={"text": text}, headers=self._headers)
        resp.raise_for_status()
        return [{"citation": c["citation"], "status": c["status"], "clusters": len(c.get("clusters", []))} for c in resp.json()]


class ResearchAssistant:
    def __init__(self, azure, http: httpx.AsyncClient) -> None:
        self.azure = azure
        self.courtlistener = CourtListener(http)
        self.deployment = get_settings().azure_chat_deployment

    async def _run_tool(self, name: str, args: Dict[str, Any]) -> Any:
        if name == "search_opinions":
            return await self.courtlistener.search(**args)
        if name == "verify_citations":
            return await self.courtlistener.verify(args["text"])
        return {"error": f"unknown tool {name}"}

    async def answer(self, question: str, jurisdiction: str = "") -> str:
        messages: List[Dict[str, Any]] = [
            {"role": "system", "content": SYSTEM},
            {"role": "user", "content": f"Jurisdiction: {jurisdiction or 'federal'}\n\n{question}"},
        ]
        for _ in range(MAX_TOOL_ROUNDS):
            response = await self.azure.chat.completions.create(
                model=self.deployment,
                messages=messages,
                tools=TOOLS,
                tool_choice="auto",
                temperature=0.2,
            )
            message = response.choices[0].message
            if not message.tool_calls:
                return message.content or ""
            messages.append(message.model_dump(exclude_none=True))
            for call in message.tool_calls:
                try:
                    result = await self._run_tool(call.function.name, json.loads(call.function.arguments or "{}"))
                except httpx.HTTPError as exc:
                    logger.warning("courtlistener error in %s: %s", call.function.name, exc)
                    result = {"error": "lookup failed"}
                messages.append({"role": "tool", "tool_call_id": call.id, "content": json.dumps(result)})
        raise UpstreamModelError("research assistant exceeded tool-call budget")
