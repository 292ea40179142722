"""'Ask the docs' answers for the docs portal's chat widget (served by portal-api)."""
from __future__ import annotations

import logging
from pathlib import Path
from typing import AsyncIterator

from doctools import clients
from doctools.config import get_settings
from doctools.search import CohereEmbedder, SearchIndex, rerank_hits

log = logging.getLogger(__name__)

ANSWER_SYSTEM = (
    "Answer questions about the developer platform using only the provided documentation "
    "excerpts. Cite the URLs you used. If the excerpts do not answer the question, say so."
)


class DocsQA:
    def __init__(self, index_path: Path) -> None:
        self.index = SearchIndex.load(index_path)
        self.embedder = CohereEmbedder(clients.get_cohere_client(), get_settings().cohere_embed_model)
        self.anthropic = clients.get_anthropic_client()
        self.async_anthropic = clients.get_async_anthropic_client()
        self.model = get_settings().anthropic_model

    def _context(self, question: str) -> str:
        hits = self.index.search(self.embedder.embed_query(question), k=25)
        top = rerank_hits(question, hits, top_n=6)
        return "\n\n".join(f"[{h['url']}] {h['title']}\n{h['text']}" for h in top)

    def answer(self, question: str) -> str:
        context = self._context(question)
        raw = self.anthropic.messages.with_raw_response.create(
            model=self.model,
            max_tokens=700,
            system=ANSWER_SYSTEM,
            messages=[{"role": "user", "content": f"Excerpts:\n{context}\n\nQuestion: {question}"}],
        )
        remaining = raw.headers.get("anthropic-ratelimit-tokens-remaining")
        if remaining is not None and int(remaining) < 20_000:
            log.warning("anthropic token budget low: %s", remaining)
        message = raw.parse()
        return "".join(b.text for b in message.content if b.type == "text")

    async def answer_stream(self, question: str) -> AsyncIterator[str]:
        context = self._context(question)
        async with self.async_anthropic.messages.stream(
            model=self.model,
            max_tokens=700,
            system=ANSWER_SYSTEM,
            messages=[{"role": "user", "content": f"Excerpts:\n{context}\n\nQuestion: {question}"}],
        ) as stream:
            async for text in stream.text_stream:
                yield text


def record_feedback(path: Path, question: str, answer: str, helpful: bool) -> None:
    """Append thumbs-up/down feedback from the widget; reviewed weekly by the docs team."""
    import json
    import time

    with path.open("a", encoding="utf-8") as fh:
        fh.write(json.dumps({"ts": time.time(), "q": question, "a": answer, "helpful": helpful}) + "\n")


if __name__ == "__main__":
    import argparse

    parser = argparse.ArgumentParser(description="Ask the docs from the command line")
    parser.add_argument("question")
    parser.add_argument("--index", type=Path, default=Path("site/search/vectors.json"))
    args = parser.parse_args()
    print(DocsQA(args.index).answer(args.question))
