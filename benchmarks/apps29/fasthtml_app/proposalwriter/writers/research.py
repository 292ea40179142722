"""Company research through Perplexity (sonar models have live web search)."""
from __future__ import annotations

import logging
import os

import httpx

from ..services import get_perplexity
from .prompts import RESEARCH, fill

log = logging.getLogger(__name__)

PPLX_URL = "https://api.perplexity.ai/chat/completions"


def research_client(company: str, industry: str, service: str = "website redesign",
                    model: str = "sonar-pro") -> dict:
    pplx = get_perplexity()
    resp = pplx.chat.completions.create(
        model=model,
        messages=[
            {"role": "system", "content": "Be precise and concise. Always cite sources."},
            {"role": "user", "content": fill(RESEARCH, company=company, industry=industry, service=service)},
        ],
        extra_body={"search_recency_filter": "year"},
    )
    citations = getattr(resp, "citations", None) or []
    return {"text": resp.choices[0].message.content, "citations": citations}


async def research_client_async(company: str, industry: str, service: str = "website redesign",
                                model: str = "sonar") -> dict:
    """Async variant used by the clients page. Goes over raw HTTP because the async
    OpenAI client dropped `citations` for a while (fixed upstream, never migrated)."""
    headers = {"Authorization": f"Bearer {os.environ.get('PERPLEXITY_API_KEY', '')}"}
    payload = {
        "model": model,
        "messages": [
            {"role": "user", "content": fill(RESEARCH, company=company, industry=industry, service=service)}
        ],
        "return_related_questions": False,
    }
    async with httpx.AsyncClient(timeout=60) as http:
        r = await http.post(PPLX_URL, json=payload, headers=headers)
        r.raise_for_status()
        data = r.json()
    return {"text": data["choices"][0]["message"]["content"], "citations": data.get("citations", [])}
