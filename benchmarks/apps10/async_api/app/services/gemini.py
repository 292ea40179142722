"""Gemini helpers: long-context work (whole KB articles, week-long threads) goes here
because of the context window and price."""
from __future__ import annotations

from typing import AsyncIterator, List, Optional

from app.clients import get_genai
from app.config import settings
from app.errors import BudgetExceeded, UpstreamError
from app.logging_config import get_logger

log = get_logger(__name__)

MAX_CONTEXT_TOKENS = 900_000


async def _check_budget(client, contents) -> int:
    counted = await client.aio.models.count_tokens(model=settings.gemini_model, contents=contents)
    if counted.total_tokens > MAX_CONTEXT_TOKENS:
        raise BudgetExceeded("input too large for gemini", tokens=counted.total_tokens)
    return counted.total_tokens


async def hypothetical_answer(question: str) -> str:
    """HyDE: write the KB article that would answer the question, then embed that."""
    client = get_genai()
    response = await client.aio.models.generate_content(
        model=settings.gemini_model,
        contents=f"Write a short help-centre article that answers: {question}",
        config={"temperature": 0.4, "max_output_tokens": 400},
    )
    if not response.text:
        raise UpstreamError("empty HyDE response", provider="google")
    return response.text


async def draft_kb_article(ticket_texts: List[str], title_hint: Optional[str] = None) -> AsyncIterator[str]:
    """Streams a KB article draft distilled from a cluster of similar tickets."""
    client = get_genai()
    prompt = (
        "These support tickets describe the same problem. Write a help-centre article that "
        "explains the cause and the fix, in Markdown.\n\n" + "\n\n---\n\n".join(ticket_texts)
    )
    if title_hint:
        prompt = f"Working title: {title_hint}\n\n{prompt}"
    tokens = await _check_budget(client, prompt)
    log.info("kb_draft_started", input_tokens=tokens, tickets=len(ticket_texts))

    async for chunk in await client.aio.models.generate_content_stream(
        model=settings.gemini_model,
        contents=prompt,
        config={"temperature": 0.3, "system_instruction": "You write clear, friendly help articles."},
    ):
        if chunk.text:
            yield chunk.text
