"""Extract and format citations from PDF text (half-migrated to async google-genai)."""
from __future__ import annotations

import asyncio
import json
import re

from google.genai import types

from research_assistant.providers import gemini_genai
from research_assistant.providers.factory import get_anthropic_client

_DOI = re.compile(r"10\.\d{4,9}/[-._;()/:A-Za-z0-9]+")

EXTRACT_PROMPT = (
    "Extract the bibliography entries from this text as a JSON list of objects with "
    "keys authors, title, year, venue, doi.\n\n{text}"
)


def find_dois(text: str) -> list[str]:
    return sorted(set(_DOI.findall(text)))


async def extract_citations(text: str) -> list[dict]:
    client = gemini_genai.genai_client()
    resp = await client.aio.models.generate_content(
        model="gemini-2.0-flash",
        contents=EXTRACT_PROMPT.format(text=text[-30000:]),
        config=types.GenerateContentConfig(response_mime_type="application/json"),
    )
    try:
        return json.loads(resp.text or "[]")
    except json.JSONDecodeError:
        return []


def format_bibtex(entries: list[dict]) -> str:
    """Older path: Claude formats to BibTeX. Kept because the Gemini output was worse."""
    client = get_anthropic_client().with_options(timeout=120)
    msg = client.messages.create(
        model="claude-3-haiku-20240307",
        max_tokens=4000,
        messages=[{"role": "user", "content": "Format as BibTeX:\n" + json.dumps(entries)}],
    )
    return msg.content[0].text


def citations_for(text: str) -> list[dict]:
    return asyncio.run(extract_citations(text))
