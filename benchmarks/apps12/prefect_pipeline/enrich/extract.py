"""Entity extraction from free text (tickets, reviews) with Mistral."""
from __future__ import annotations

import asyncio
import json
import logging
from typing import List, Optional, Sequence

from mistralai.models import SDKError

from enrich import prompts
from enrich.clients import mistral_client
from enrich.errors import ParseError
from enrich.models import ExtractedEntities
from enrich.retry import retry_on
from enrich.settings import get_settings
from enrich.text import first_json_object, truncate

log = logging.getLogger(__name__)


def _messages(text: str) -> list:
    return [
        {"role": "system", "content": prompts.ENTITY_SYSTEM},
        {"role": "user", "content": truncate(text, 6000)},
    ]


def _parse(content: Optional[str]) -> ExtractedEntities:
    if not content:
        raise ParseError("", "empty response")
    try:
        return ExtractedEntities.model_validate(json.loads(first_json_object(content)))
    except ValueError as exc:
        raise ParseError(content, str(exc)) from exc


@retry_on((SDKError,), attempts=3)
def extract_entities(text: str, model: Optional[str] = None) -> ExtractedEntities:
    client = mistral_client()
    res = client.chat.complete(
        model=model or get_settings().mistral_chat_model,
        messages=_messages(text),
        response_format={"type": "json_object"},
        temperature=0,
    )
    return _parse(res.choices[0].message.content)


async def extract_entities_many(texts: Sequence[str], chunk: int = 10) -> List[Optional[ExtractedEntities]]:
    """Async variant for the review flow; requests go out ``chunk`` at a time."""
    client = mistral_client()
    model = get_settings().mistral_chat_model
    results: List[Optional[ExtractedEntities]] = []
    for i in range(0, len(texts), chunk):
        window = texts[i : i + chunk]
        responses = await asyncio.gather(
            *[
                client.chat.complete_async(
                    model=model,
                    messages=_messages(t),
                    response_format={"type": "json_object"},
                    temperature=0,
                )
                for t in window
            ],
            return_exceptions=True,
        )
        for r in responses:
            if isinstance(r, BaseException):
                log.warning("extraction failed: %s", r)
                results.append(None)
                continue
            try:
                results.append(_parse(r.choices[0].message.content))
            except ParseError:
                results.append(None)
    return results
