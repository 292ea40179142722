"""translate command helpers.

Groq is the default because it's fast enough to feel interactive; Mistral
handles the European languages people complained about (see #57).
"""

import functools
import logging

from . import clients, prompts
from .llm_usage_tracker import llm_tracker

log = logging.getLogger("supybot.plugins.LLM.translate")

GROQ_MODEL = "llama-3.3-70b-versatile"
MISTRAL_MODEL = "mistral-small-latest"
MISTRAL_LANGS = {"fr", "de", "es", "it", "pt", "nl", "pl"}

LANG_ALIASES = {
    "english": "en", "french": "fr", "german": "de", "spanish": "es",
    "italian": "it", "portuguese": "pt", "dutch": "nl", "polish": "pl",
    "russian": "ru", "japanese": "ja",
}


def normalise_lang(lang):
    lang = (lang or "en").strip().lower()
    return LANG_ALIASES.get(lang, lang[:2])


def translate_groq(text, target, api_key=None):
    resp = clients.get_groq(api_key).chat.completions.create(
        model=GROQ_MODEL,
        messages=[
            {"role": "system", "content": prompts.translate_system(target)},
            {"role": "user", "content": text},
        ],
        temperature=0,
        max_tokens=300,
    )
    return resp.choices[0].message.content.strip()


def translate_mistral(text, target, api_key=None):
    complete = functools.partial(
        clients.get_mistral(api_key).chat.complete,
        model=MISTRAL_MODEL,
        temperature=0,
    )
    res = complete(messages=[
        {"role": "system", "content": prompts.translate_system(target)},
        {"role": "user", "content": text},
    ])
    return res.choices[0].message.content.strip()


async def translate_tracked(text, target, api_key=None, channel=None):
    """Same as translate_groq but billed; used when useTracking is on."""
    aclient = clients.get_async_openai(api_key)
    async with llm_tracker.track_llm_call(
        provider="openai", model="gpt-4o-mini",
        feature_context="translate", channel=channel,
    ) as usage_log:
        resp = await aclient.chat.completions.create(
            model="gpt-4o-mini",
            messages=[
                {"role": "system", "content": prompts.translate_system(target)},
                {"role": "user", "content": text},
            ],
            temperature=0,
        )
        usage_log.input_tokens = resp.usage.prompt_tokens
        usage_log.output_tokens = resp.usage.completion_tokens
    return resp.choices[0].message.content.strip()


def translate(text, target, keys):
    target = normalise_lang(target)
    if target in MISTRAL_LANGS and keys.get("mistral"):
        try:
            return translate_mistral(text, target, keys["mistral"])
        except Exception:
            log.exception("mistral translate failed")
    return translate_groq(text, target, keys.get("groq"))
