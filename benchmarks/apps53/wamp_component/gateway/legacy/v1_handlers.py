"""Legacy v1 handlers.  These were the first WAMP procedures we shipped and
they still run synchronously in a thread pool.
"""
import os
import logging

import cohere
import requests
from openai import OpenAI
from autobahn.asyncio.wamp import ApplicationSession

log = logging.getLogger("legacy")

openai_client = OpenAI(api_key=os.environ.get("OPENAI_API_KEY"))
co = cohere.Client(os.environ.get("COHERE_API_KEY"))

ANTHROPIC_URL = "https://api.anthropic.com/v1/messages"


def answer(question, context=None):
    messages = [{"role": "system", "content": "You are a support bot for the mobile app."}]
    if context:
        messages.append({"role": "system", "content": "Context:\n" + context})
    messages.append({"role": "user", "content": question})
    completion = openai_client.chat.completions.create(model="gpt-3.5-turbo", messages=messages, temperature=0)
    return completion.choices[0].message.content


def keywords(text):
    resp = co.generate(
        model="command",
        prompt="Extract 5 keywords, comma separated:\n\n" + text,
        max_tokens=40,
    )
    return [k.strip() for k in resp.generations[0].text.split(",")]


def claude_answer(question):
    # pre-SDK code; the anthropic package was not allowed in the mobile image
    r = requests.post(
        ANTHROPIC_URL,
        headers={
            "x-api-key": os.environ["ANTHROPIC_API_KEY"],
            "anthropic-version": "2023-06-01",
            "content-type": "application/json",
        },
        json={
            "model": "claude-3-haiku-20240307",
            "max_tokens": 512,
            "messages": [{"role": "user", "content": question}],
        },
        timeout=30,
    )
    r.raise_for_status()
    return r.json()["content"][0]["text"]


def ping_status():
    r = requests.post("https://status.internal.example.com/api/heartbeat", json={"svc": "legacy-llm"}, timeout=5)
    return r.ok


class LegacyBackend(ApplicationSession):
    async def onJoin(self, details):
        loop = self.config.extra.get("loop") if self.config.extra else None

        async def _answer(question, context=None):
            return await self._run(answer, question, context)

        async def _keywords(text):
            return await self._run(keywords, text)

        async def _claude(question):
            return await self._run(claude_answer, question)

        await self.register(_answer, "com.legacy.answer")
        await self.register(_keywords, "com.legacy.keywords")
        await self.register(_claude, "com.legacy.claude")
        log.info("legacy procedures registered (loop=%s)", loop)

    async def _run(self, fn, *args):
        import asyncio

        return await asyncio.get_running_loop().run_in_executor(None, fn, *args)
