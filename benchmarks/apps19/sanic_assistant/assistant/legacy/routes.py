"""v1 widget routes, mounted at /v0 for old embeds.

Also holds the v1 streaming (raw HTTP to Together's completions endpoint, predates
the together SDK being in our deps) and the sync summarizer run in a thread.
"""
import asyncio
import functools
import json as jsonlib
import os

import httpx
from sanic import Blueprint
from sanic.response import json, ResponseStream

from ..clients import get_sync_anthropic
from .old_bot import handle

TOGETHER_COMPLETIONS = "https://api.together.xyz/v1/completions"
MODEL = "mistralai/Mixtral-8x7B-Instruct-v0.1"

bp = Blueprint("legacy", url_prefix="/v0")


def stream_completion(prompt, max_tokens=256):
    headers = {"Authorization": "Bearer " + os.environ.get("TOGETHER_API_KEY", "")}
    body = {"model": MODEL, "prompt": prompt, "max_tokens": max_tokens, "stream": True}
    with httpx.stream("POST", TOGETHER_COMPLETIONS, json=body, headers=headers, timeout=60) as r:
        for line in r.iter_lines():
            if not line.startswith("data: "):
                continue
            data = line[len("data: "):]
            if data == "[DONE]":
                break
            yield jsonlib.loads(data)["choices"][0]["text"]


def summarize_sync(text, max_words=80):
    msg = get_sync_anthropic().messages.create(
        model="claude-3-5-haiku-latest",
        max_tokens=300,
        messages=[{"role": "user", "content": f"Summarize in at most {max_words} words:\n\n{text}"}],
    )
    return msg.content[0].text


async def summarize_async(text):
    loop = asyncio.get_running_loop()
    return await loop.run_in_executor(None, functools.partial(summarize_sync, text))


@bp.post("/ask")
async def ask(request):
    body = request.json or {}
    # old_bot is sync; fine for the traffic it gets
    return json({"answer": handle(body.get("q", ""), body.get("history"))})


@bp.post("/summarize")
async def summarize(request):
    return json({"summary": await summarize_async((request.json or {}).get("text", ""))})


@bp.post("/stream")
async def stream(request):
    prompt = (request.json or {}).get("prompt", "")

    async def body(response):
        for piece in stream_completion(prompt):
            await response.write(piece)

    return ResponseStream(body, content_type="text/plain")
