"""Foreign-language document translation via Fireworks-hosted Llama models."""
import logging

from lexreview.llm.interfaces import IFireworksClient
from lexreview.services.llm_usage_tracker import llm_tracker

log = logging.getLogger(__name__)

FIREWORKS_MODEL = "accounts/fireworks/models/llama-v3p1-70b-instruct"
LANG_ID_MODEL = "accounts/fireworks/models/llama-v3p1-8b-instruct"

TRANSLATE_SYSTEM = (
    "Translate the following document into English for a US litigation team. Preserve "
    "formatting, Bates numbers and defined terms; put untranslatable terms in [brackets]."
)


def translate(client, text, source_language=None, model=FIREWORKS_MODEL):
    hint = f" The source language is {source_language}." if source_language else ""
    resp = client.chat.completions.create(
        model=model,
        messages=[
            {"role": "system", "content": TRANSLATE_SYSTEM + hint},
            {"role": "user", "content": text},
        ],
        max_tokens=8192,
        temperature=0.1,
    )
    return resp.choices[0].message.content


def detect_language(request, text):
    """Quick language ID on the first 500 characters, plain completion endpoint."""
    client = request.find_service(IFireworksClient)
    resp = client.completions.create(
        model=LANG_ID_MODEL,
        prompt=f"Text: {text[:500]}\nISO 639-1 language code:",
        max_tokens=4,
        temperature=0,
    )
    return resp.choices[0].text.strip().lower()[:2]


async def translate_tracked(client, text, matter_id=None, model=FIREWORKS_MODEL):
    async with llm_tracker.track_llm_call(
        provider="fireworks",
        model=model,
        feature_context="translation",
        matter_id=matter_id,
    ) as usage_log:
        resp = client.chat.completions.create(
            model=model,
            messages=[
                {"role": "system", "content": TRANSLATE_SYSTEM},
                {"role": "user", "content": text},
            ],
            max_tokens=8192,
        )
        usage_log.input_tokens = resp.usage.prompt_tokens
        usage_log.output_tokens = resp.usage.completion_tokens
    return resp.choices[0].message.content


def split_for_translation(text, max_chars=24000):
    paragraphs = text.split("\n\n")
    chunk, size = [], 0
    for p in paragraphs:
        if size + len(p) > max_chars and chunk:
            yield "\n\n".join(chunk)
            chunk, size = [], 0
        chunk.append(p)
        size += len(p)
    if chunk:
        yield "\n\n".join(chunk)
