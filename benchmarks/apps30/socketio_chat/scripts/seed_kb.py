"""Load help-center articles into the in-memory KB snapshot (pickle) used at boot."""
from __future__ import annotations

import asyncio
import json
import pickle
import sys

from app.config import get_settings
from app.features.kb_search import Article, KnowledgeBase
from app.providers.clients import get_cohere


async def main(src: str, dst: str) -> None:
    s = get_settings()
    articles = [Article(**a) for a in json.load(open(src))]
    kb = KnowledgeBase(get_cohere(), s.embed_model, s.rerank_model)
    await kb.load(articles)
    tok = await get_cohere().tokenize(text=articles[0].body[:1000], model=s.rerank_model)
    print("first article tokens:", len(tok.tokens))
    with open(dst, "wb") as fh:
        pickle.dump({"articles": kb._articles, "matrix": kb._matrix}, fh)


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1], sys.argv[2]))
