"""Original 'ask the assistant' endpoint used by the v1 embed widget.

Written against tornado 5 / openai 0.x and mechanically ported to openai 1.x
in 2023 (module-level client, blocking calls pushed to the executor).
"""
import asyncio
import functools
import json
import math
import logging
import os

import openai
from tornado import gen
from tornado.ioloop import IOLoop
from tornado.web import RequestHandler

from supportbot.clients import get_sync_openai

log = logging.getLogger(__name__)

openai.api_key = os.environ.get("OPENAI_API_KEY")

LEGACY_MODEL = "gpt-3.5-turbo"
LEGACY_SYSTEM = "You are a friendly support bot. Be brief."

_faq_cache = {}


def _blocking_answer(question, context):
    resp = openai.chat.completions.create(
        model=LEGACY_MODEL,
        messages=[
            {"role": "system", "content": LEGACY_SYSTEM},
            {"role": "user", "content": "%s\n\nContext: %s" % (question, context)},
        ],
        temperature=0.3,
    )
    return resp.choices[0].message.content


def _blocking_faq_vector(text):
    client = get_sync_openai()
    res = client.embeddings.create(model="text-embedding-ada-002", input=text)
    return res.data[0].embedding


class LegacyAssistantHandler(RequestHandler):
    executor = None  # default executor

    @gen.coroutine
    def post(self):
        payload = json.loads(self.request.body or b"{}")
        question = payload.get("q", "")
        context = payload.get("ctx", "")

        if question in _faq_cache:
            self.write({"answer": _faq_cache[question], "cached": True})
            return

        answer = yield IOLoop.current().run_in_executor(
            self.executor, _blocking_answer, question, context)
        _faq_cache[question] = answer
        self.write({"answer": answer, "cached": False})


@gen.coroutine
def legacy_title_for(text):
    """Used by the old CSV importer to title tickets that have no subject."""
    call = functools.partial(openai.chat.completions.create, model=LEGACY_MODEL, max_tokens=16)
    resp = yield IOLoop.current().run_in_executor(
        None,
        lambda: call(messages=[{"role": "user", "content": "Title (max 6 words): " + text[:500]}]),
    )
    raise gen.Return(resp.choices[0].message.content.strip('" '))


def legacy_list_models():
    return [m.id for m in openai.models.list()]


# --------------------------------------------------------------------------
# FAQ dedupe using OpenAI embeddings (pre-Voyage). Still used by the importer.
# --------------------------------------------------------------------------
FAQ_MODEL = "text-embedding-3-small"


def cosine(a, b):
    dot = sum(x * y for x, y in zip(a, b))
    na = math.sqrt(sum(x * x for x in a))
    nb = math.sqrt(sum(y * y for y in b))
    return dot / (na * nb) if na and nb else 0.0


async def embed_faqs(questions):
    client = get_sync_openai()
    resp = await asyncio.to_thread(client.embeddings.create, model=FAQ_MODEL, input=questions)
    return [d.embedding for d in resp.data]


async def find_duplicate_faqs(questions, threshold=0.93):
    vectors = await embed_faqs(questions)
    dupes = []
    for i in range(len(vectors)):
        for j in range(i + 1, len(vectors)):
            if cosine(vectors[i], vectors[j]) >= threshold:
                dupes.append((questions[i], questions[j]))
    return dupes
