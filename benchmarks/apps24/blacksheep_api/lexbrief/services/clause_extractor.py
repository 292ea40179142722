"""Structured clause extraction (OpenAI structured outputs)."""
from __future__ import annotations

import json
import logging

from lexbrief.clients import ProviderClients
from lexbrief.models import Clause, ClauseExtraction
from lexbrief.utils import chunk_text, truncate

log = logging.getLogger(__name__)

EXTRACTION_SYSTEM = (
    "You extract clauses from commercial contracts. Return every clause you can identify, "
    "classify its kind, quote its text verbatim and rate its risk for our client."
)
MODEL = "gpt-4.1-mini"
LONG_DOC_CHARS = 60_000


class ClauseExtractor:
    def __init__(self, clients: ProviderClients) -> None:
        self._clients = clients

    async def extract(self, text: str, *, playbook: str = "default") -> ClauseExtraction:
        if len(text) > LONG_DOC_CHARS:
            return await self._extract_chunked(text, playbook=playbook)

        completion = await self._clients.openai.chat.completions.parse(
            model=MODEL,
            messages=[
                {"role": "system", "content": EXTRACTION_SYSTEM + f"\nPlaybook: {playbook}"},
                {"role": "user", "content": text},
            ],
            response_format=ClauseExtraction,
            temperature=0,
        )
        parsed = completion.choices[0].message.parsed
        if parsed is None:
            log.warning("extraction refused: %s", completion.choices[0].message.refusal)
            return ClauseExtraction(parties=[], clauses=[])
        return parsed

    async def _extract_chunked(self, text: str, *, playbook: str) -> ClauseExtraction:
        # json_object mode: the parse() helper chokes on very long outputs (see LEX-412)
        clauses: list[Clause] = []
        parties: set[str] = set()
        for part in chunk_text(text, max_chars=20_000, overlap=500):
            resp = await self._clients.openai.chat.completions.create(
                model=MODEL,
                response_format={"type": "json_object"},
                messages=[
                    {"role": "system", "content": EXTRACTION_SYSTEM + ' Reply as JSON {"parties": [], "clauses": []}.'},
                    {"role": "user", "content": truncate(part, 24_000)},
                ],
                temperature=0,
            )
            try:
                payload = json.loads(resp.choices[0].message.content or "{}")
            except json.JSONDecodeError:
                log.exception("bad JSON from chunked extraction")
                continue
            parties.update(payload.get("parties", []))
            clauses.extend(Clause.model_validate(c) for c in payload.get("clauses", []))
        return ClauseExtraction(parties=sorted(parties), clauses=_dedupe(clauses))


def _dedupe(clauses: list[Clause]) -> list[Clause]:
    seen: set[tuple[str, str]] = set()
    out = []
    for c in clauses:
        key = (c.kind, c.text[:120])
        if key not in seen:
            seen.add(key)
            out.append(c)
    return out
