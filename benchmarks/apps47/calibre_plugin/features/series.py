"""Series detection with Gemini structured output."""

import asyncio

from google.genai import types

from calibre_plugins.ai_book_assistant.config import model_for
from calibre_plugins.ai_book_assistant.llm import get_genai_client
from calibre_plugins.ai_book_assistant.llm.prompts import book_context, SYSTEM_LIBRARIAN

SERIES_SCHEMA = types.Schema(
    type=types.Type.OBJECT,
    properties={
        'series': types.Schema(type=types.Type.STRING, nullable=True),
        'index': types.Schema(type=types.Type.NUMBER, nullable=True),
        'confidence': types.Schema(type=types.Type.NUMBER),
    },
    required=['series', 'confidence'],
)


def _config():
    return types.GenerateContentConfig(
        system_instruction=SYSTEM_LIBRARIAN,
        response_mime_type='application/json',
        response_schema=SERIES_SCHEMA,
        temperature=0.0,
    )


def _prompt(mi):
    return ('Does this book belong to a published series? Give the series name '
            'and the book\'s position in it, or null.\n\n' + book_context(mi, 2000))


def detect_series(mi, min_confidence=0.6):
    client = get_genai_client()
    resp = client.models.generate_content(
        model=model_for('google'),
        contents=_prompt(mi),
        config=_config(),
    )
    data = resp.parsed if isinstance(resp.parsed, dict) else {}
    if not data.get('series') or data.get('confidence', 0) < min_confidence:
        return None, None
    return data['series'], data.get('index')


async def _detect_many(pairs, concurrency=4):
    client = get_genai_client()
    sem = asyncio.Semaphore(concurrency)

    async def one(book_id, mi):
        async with sem:
            resp = await client.aio.models.generate_content(
                model=model_for('google'), contents=_prompt(mi), config=_config())
            return book_id, resp.parsed

    return dict(await asyncio.gather(*(one(b, mi) for b, mi in pairs)))


def detect_series_bulk(pairs):
    return asyncio.run(_detect_many(pairs))
