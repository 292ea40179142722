"""Machine translation of placeholder text for editors.

Backends are registered in ``BACKENDS``; Mistral is the default, DeepSeek is
cheaper for long pages.
"""
import asyncio
import functools
import logging

from django.conf import settings

from ai.clients import get_deepseek, get_mistral
from ai.prompts import translate_messages
from ai.services.llm_usage_tracker import llm_tracker

logger = logging.getLogger(__name__)

LANGUAGE_NAMES = dict(settings.LANGUAGES)


def _mistral_translate(text, source, target):
    client = get_mistral()
    resp = client.chat.complete(
        model=settings.AI_MODELS["translation"],
        messages=translate_messages(text, LANGUAGE_NAMES[source], LANGUAGE_NAMES[target]),
        temperature=0.1,
    )
    return resp.choices[0].message.content


def _deepseek_translate(text, source, target):
    resp = get_deepseek().chat.completions.create(
        model="deepseek-chat",
        messages=translate_messages(text, LANGUAGE_NAMES[source], LANGUAGE_NAMES[target]),
        temperature=0.1,
    )
    return resp.choices[0].message.content


BACKENDS = {
    "mistral": _mistral_translate,
    "deepseek": _deepseek_translate,
}


def translate(text, source, target, backend="mistral"):
    if source == target or not text.strip():
        return text
    try:
        fn = BACKENDS[backend]
    except KeyError:
        raise ValueError(f"unknown translation backend {backend!r}") from None
    return fn(text, source, target)


def translate_many(chunks, source, target):
    """Translate a list of text chunks with one shared partial (legacy path)."""
    client = get_mistral()
    complete = functools.partial(client.chat.complete, model="mistral-small-latest", temperature=0.1)
    out = []
    for chunk in chunks:
        resp = complete(messages=translate_messages(chunk, LANGUAGE_NAMES[source], LANGUAGE_NAMES[target]))
        out.append(resp.choices[0].message.content)
    return out


async def translate_async(text, source, target):
    client = get_mistral()
    resp = await client.chat.complete_async(
        model=settings.AI_MODELS["translation"],
        messages=translate_messages(text, LANGUAGE_NAMES[source], LANGUAGE_NAMES[target]),
    )
    return resp.choices[0].message.content


async def translate_tracked(text, source, target, feature_context="translation"):
    client = get_mistral()
    model = settings.AI_MODELS["translation"]
    async with llm_tracker.track_llm_call(provider="mistral", model=model,
                                          feature_context=feature_context) as usage_log:
        resp = await client.chat.complete_async(
            model=model,
            messages=translate_messages(text, LANGUAGE_NAMES[source], LANGUAGE_NAMES[target]),
        )
        usage_log.input_tokens = resp.usage.prompt_tokens
        usage_log.output_tokens = resp.usage.completion_tokens
    return resp.choices[0].message.content


async def translate_fields(fields, source, target):
    """fields: {name: text}. Runs the per-field requests concurrently."""
    names = list(fields)
    results = await asyncio.gather(*(translate_async(fields[n], source, target) for n in names))
    return dict(zip(names, results))
