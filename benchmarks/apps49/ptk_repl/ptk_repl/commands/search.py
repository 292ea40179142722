"""Web-grounded answers via Perplexity."""
from __future__ import annotations

from ptk_repl.providers.factory import get_perplexity_client
from ptk_repl.ui import printing

from .base import command


@command("search", aliases=("web",), raw=True)
async def search(state, query: str):
    """Search the web and answer with citations (Perplexity sonar)."""
    pplx = get_perplexity_client()
    resp = await pplx.chat.completions.create(
        model="sonar-pro",
        messages=[
            {"role": "system", "content": "Answer concisely and cite sources."},
            {"role": "user", "content": query},
        ],
    )
    printing.answer(resp.choices[0].message.content or "")
    printing.citations(getattr(resp, "citations", None) or [])


@command("news", raw=True)
async def news(state, topic: str):
    """Latest news on a topic (Perplexity, last day only)."""
    provider = state.registry.get("perplexity", "sonar")
    stream = await provider._client.chat.completions.create(
        model="sonar",
        messages=[{"role": "user", "content": f"What happened today regarding: {topic}"}],
        extra_body={"search_recency_filter": "day"},
        stream=True,
    )
    async for chunk in stream:
        if chunk.choices and chunk.choices[0].delta.content:
            printing.answer(chunk.choices[0].delta.content)
