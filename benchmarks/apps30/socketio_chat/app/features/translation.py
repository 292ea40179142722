"""Live translation between customer and agent languages (Mistral)."""
from __future__ import annotations

from functools import partial

from app.services import get_services

TRANSLATE_SYSTEM = (
    "Translate the user's message into {target}. Keep product names, order numbers "
    "and code untranslated. Reply with the translation only."
)


async def translate(text: str, target: str, source: str | None = None) -> str:
    if source and source == target:
        return text
    services = get_services()
    mistral = services.client("mistral")
    res = await mistral.chat.complete_async(
        model=services.settings.translation_model,
        messages=[
            {"role": "system", "content": TRANSLATE_SYSTEM.format(target=target)},
            {"role": "user", "content": text},
        ],
        temperature=0.1,
    )
    return res.choices[0].message.content


async def detect_language(text: str) -> str:
    services = get_services()
    ask = partial(
        services.client("mistral").chat.complete_async,
        model="ministral-3b-latest",
        temperature=0,
    )
    res = await ask(messages=[
        {"role": "system", "content": "Return only the ISO-639-1 code of the language."},
        {"role": "user", "content": text[:500]},
    ])
    return (res.choices[0].message.content or "en").strip()[:2].lower()
