"""Document summarisation and Q&A over the runbook index."""
from __future__ import annotations

import logging

from mcp.server.fastmcp import Context, FastMCP

from helix_mcp.errors import InputTooLarge
from helix_mcp.lifespan import get_app
from helix_mcp.models import DocAnswer
from helix_mcp.search_index import DocumentIndex
from helix_mcp.textutil import chunk_text, count_tokens

log = logging.getLogger(__name__)

MAX_DOC_TOKENS = 150_000

SUMMARY_SYSTEM = (
    "You summarise internal engineering documents for {audience}. "
    "Keep decisions, owners, dates and numbers. Use at most {max_words} words."
)

ANSWER_SYSTEM = (
    "Answer using only the numbered excerpts. Cite them like [2]. "
    "If the answer is not in the excerpts, say you don't know and suggest which team to ask."
)

_index = None


def _get_index(ctx: Context) -> DocumentIndex:
    # Opened lazily: the sqlite file may not exist on a fresh dev box.
    global _index
    if _index is None:
        _index = DocumentIndex.open(get_app(ctx).settings.index_path)
    return _index


def register(mcp: FastMCP) -> None:
    @mcp.tool()
    async def summarize_document(text: str, ctx: Context, audience: str = "engineers", max_words: int = 250) -> str:
        """Summarise a long document (design doc, RFC, postmortem)."""
        app = get_app(ctx)
        n_tokens = count_tokens(text)
        if n_tokens > MAX_DOC_TOKENS:
            raise InputTooLarge("document", n_tokens, MAX_DOC_TOKENS)
        chunks = chunk_text(text, max_tokens=12_000, overlap=300)
        system = SUMMARY_SYSTEM.format(audience=audience, max_words=max_words)
        partials = []
        for i, chunk in enumerate(chunks):
            msg = await app.anthropic.messages.create(
                model=app.settings.claude_model,
                max_tokens=1024,
                system=system if len(chunks) == 1 else system + " This is one part of a longer document.",
                messages=[{"role": "user", "content": chunk}],
            )
            partials.append(msg.content[0].text)
            await ctx.report_progress(i + 1, len(chunks))
        if len(partials) == 1:
            return partials[0]
        return "\n\n".join(partials)

    @mcp.tool()
    async def ask_docs(question: str, ctx: Context, top_k: int = 5) -> DocAnswer:
        """Answer a question from our runbooks and design docs, with sources."""
        app = get_app(ctx)
        candidates = _get_index(ctx).keyword_search(question, limit=50)
        if not candidates:
            return DocAnswer(answer="No matching documents in the index.", sources=[])
        reranked = await app.cohere.rerank(
            model=app.settings.cohere_rerank_model,
            query=question,
            documents=[c.text for c in candidates],
            top_n=min(top_k, len(candidates)),
        )
        hits = [candidates[r.index].with_score(r.relevance_score) for r in reranked.results]
        excerpts = "\n\n".join(f"[{i + 1}] {h.title}\n{h.text}" for i, h in enumerate(hits))
        resp = await app.openai.chat.completions.create(
            model=app.settings.chat_model,
            messages=[
                {"role": "system", "content": ANSWER_SYSTEM},
                {"role": "user", "content": f"{excerpts}\n\nQuestion: {question}"},
            ],
            temperature=0.1,
        )
        return DocAnswer(answer=resp.choices[0].message.content or "", sources=hits)
