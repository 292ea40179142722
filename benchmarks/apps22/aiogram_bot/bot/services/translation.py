"""Translation helpers.  DeepSeek is cheap and good enough for glossaries."""
from __future__ import annotations

import json
import logging
import os

from openai import AsyncOpenAI

from bot.clients import get_deepseek
from bot.config import get_settings

log = logging.getLogger(__name__)

# reasoning model gets its own client: much longer timeout
_reasoner = AsyncOpenAI(
    api_key=os.environ.get("DEEPSEEK_API_KEY", ""),
    base_url="https://api.deepseek.com",
    timeout=300,
)


async def translate(text: str, source: str, target: str) -> str:
    response = await get_deepseek().chat.completions.create(
        model=get_settings().deepseek_model,
        messages=[
            {"role": "system", "content": f"Translate from {source} to {target}. Reply with the translation only."},
            {"role": "user", "content": text},
        ],
        temperature=0.2,
    )
    return response.choices[0].message.content.strip()


async def build_glossary(words: list[str], source: str, target: str) -> dict[str, str]:
    prompt = (
        f"Return a JSON object mapping each {source} word to its {target} translation.\n"
        + json.dumps(words, ensure_ascii=False)
    )
    response = await get_deepseek().chat.completions.create(
        model=get_settings().deepseek_model,
        messages=[{"role": "user", "content": prompt}],
        response_format={"type": "json_object"},
    )
    try:
        return json.loads(response.choices[0].message.content)
    except (TypeError, json.JSONDecodeError):
        log.exception("bad glossary json")
        return {}


async def explain_nuance(phrase: str, language: str) -> str:
    response = await _reasoner.chat.completions.create(
        model="deepseek-reasoner",
        messages=[{"role": "user", "content": f"Explain the nuance of the {language} phrase '{phrase}' for a learner."}],
    )
    return response.choices[0].message.content
