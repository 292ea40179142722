"""Legal research questions answered by Perplexity (web-grounded, with citations)."""
from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from openai import AsyncOpenAI

log = logging.getLogger(__name__)

RESEARCH_SYSTEM = (
    "You are a legal research assistant. Cite primary sources (statutes, cases, regulations) "
    "where possible. Say plainly when the law is unsettled. This is not legal advice."
)

JURISDICTION_DOMAINS = {
    "US": ["law.cornell.edu", "supremecourt.gov", "uscourts.gov", "ecfr.gov"],
    "UK": ["legislation.gov.uk", "bailii.org", "judiciary.uk"],
    "EU": ["eur-lex.europa.eu", "curia.europa.eu"],
}


@dataclass
class ResearchAnswer:
    question: str
    answer: str
    citations: list[str] = field(default_factory=list)
    model: str = ""


async def ask_perplexity(
    client: "AsyncOpenAI",
    question: str,
    jurisdiction: str = "US",
    model: str = "sonar-pro",
    recency: str | None = None,
) -> ResearchAnswer:
    extra: dict = {"search_domain_filter": JURISDICTION_DOMAINS.get(jurisdiction, [])}
    if recency:
        extra["search_recency_filter"] = recency
    resp = await client.chat.completions.create(
        model=model,
        messages=[
            {"role": "system", "content": RESEARCH_SYSTEM},
            {"role": "user", "content": f"[{jurisdiction}] {question}"},
        ],
        extra_body=extra,
    )
    citations = list(getattr(resp, "citations", None) or [])
    return ResearchAnswer(question, resp.choices[0].message.content or "", citations, resp.model)


def format_citations(citations: list[str]) -> str:
    return "\n".join(f"[{i}] {url}" for i, url in enumerate(citations, start=1))
