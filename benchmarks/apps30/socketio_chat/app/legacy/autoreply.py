"""v1 auto-reply worker (sync, runs under the RQ worker).

Deprecated: the socket handlers in app.sockets.events replace this. Kept for
the mobile SDK < 3.2 which still posts to /v1/messages.
"""
from __future__ import annotations

import logging
import os

import litellm
from litellm import completion
from openai import OpenAI

logger = logging.getLogger(__name__)

FAQ_MODEL = os.getenv("LEGACY_FAQ_MODEL", "gpt-3.5-turbo")

_grok = OpenAI(api_key=os.getenv("XAI_API_KEY", ""), base_url="https://api.x.ai/v1")


def answer_faq(question: str, faq_context: str) -> str:
    resp = completion(
        model=FAQ_MODEL,
        messages=[
            {"role": "system", "content": f"Answer using only this FAQ:\n{faq_context}"},
            {"role": "user", "content": question},
        ],
        temperature=0,
    )
    return resp.choices[0].message.content


def answer_with_retries(question: str) -> str:
    resp = litellm.completion_with_retries(
        model=FAQ_MODEL,
        messages=[{"role": "user", "content": question}],
        num_retries=3,
    )
    return resp.choices[0].message.content


def witty_greeting(name: str) -> str:
    # marketing experiment, Q2
    resp = _grok.chat.completions.create(
        model="grok-2-latest",
        messages=[{"role": "user", "content": f"Write a one-line playful greeting for {name}."}],
    )
    return resp.choices[0].message.content


def handle_job(job: dict) -> dict:
    kind = job.get("kind")
    if kind == "faq":
        return {"text": answer_faq(job["question"], job.get("context", ""))}
    if kind == "greeting":
        return {"text": witty_greeting(job["name"])}
    return {"text": answer_with_retries(job["question"])}
