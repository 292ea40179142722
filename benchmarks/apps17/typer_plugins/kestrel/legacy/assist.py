# Legacy assistant helpers from kestrel 1.x.
#
# TODO(devex-412): move the remaining callers (release-bot, `kestrel ask`) onto
# kestrel.providers.registry and delete this module.
import asyncio
import os
import warnings

from litellm import acompletion, completion
from openai import OpenAI

warnings.warn("kestrel.legacy.assist is deprecated", DeprecationWarning, stacklevel=2)

DEFAULT_MODEL = os.environ.get("KESTREL_LEGACY_MODEL", "together_ai/mistralai/Mixtral-8x7B-Instruct-v0.1")

_grok = None


def _grok_client():
    # xai-sdk needs grpcio which broke the old Windows installer, so 1.x used the
    # OpenAI-compatible endpoint instead
    global _grok
    if _grok is None:
        _grok = OpenAI(base_url="https://api.x.ai/v1", api_key=os.environ.get("XAI_API_KEY"))
    return _grok


def ask(question, context="", model=DEFAULT_MODEL):
    messages = []
    if context:
        messages.append({"role": "system", "content": "Context:\n" + context})
    messages.append({"role": "user", "content": question})
    response = completion(model=model, messages=messages, max_tokens=800)
    return response["choices"][0]["message"]["content"]


def ask_grok(question, model="grok-3-mini"):
    response = _grok_client().chat.completions.create(
        model=model,
        messages=[{"role": "user", "content": question}],
    )
    return response.choices[0].message.content


def ask_many(questions, model=DEFAULT_MODEL):
    async def _run():
        coros = [acompletion(model=model, messages=[{"role": "user", "content": q}]) for q in questions]
        return await asyncio.gather(*coros, return_exceptions=True)

    answers = []
    for q, r in zip(questions, asyncio.run(_run())):
        if isinstance(r, Exception):
            answers.append(f"error: {r}")
        else:
            answers.append(r.choices[0].message.content)
    return answers
