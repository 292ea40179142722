"""Hybrid search endpoint used by the help-center search box.

Half-migrated: keyword search is local, answer synthesis moved to the
multi-model service in PORTAL-412 but the query rewrite still calls OpenAI
directly (ticket PORTAL-431 tracks moving it).
"""
import logging
import re

from portal.llm.clients import get_async_openai
from portal.services.kb_service import KnowledgeBase
from portal.services.multi_model_service import TaskComplexity, multi_model_service

log = logging.getLogger("portal.search")

_WORD = re.compile(r"[a-z0-9]+")


def keywords(text):
    return [w for w in _WORD.findall(text.lower()) if len(w) > 2]


async def rewrite_query(query):
    client = get_async_openai()
    completion = await client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[
            {"role": "system", "content": "Rewrite the user's search into a concise query."},
            {"role": "user", "content": query},
        ],
        max_tokens=40,
    )
    return completion.choices[0].message.content.strip()


async def answer(db_session, query):
    better = await rewrite_query(query)
    kb = KnowledgeBase(db_session)
    chunks = kb.search(better, limit=4)
    context = "\n---\n".join(c.text for c in chunks)
    text = await multi_model_service.generate_response(
        prompt="Answer using only this context:\n%s\n\nQuestion: %s" % (context, query),
        task_type="help_search",
        complexity=TaskComplexity.SIMPLE,
    )
    return {"answer": text, "sources": [c.article_id for c in chunks], "query": better}
