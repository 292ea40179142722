"""Collects glossary terms across the site and writes ``glossary.md``."""

from __future__ import annotations

import asyncio
import json
import logging
import re
from collections import defaultdict
from typing import Optional

import cohere

from mkdocs_ai_docs import prompts
from mkdocs_ai_docs.cache import ResponseCache
from mkdocs_ai_docs.providers import Backend, clients
from mkdocs_ai_docs.services.llm_usage_tracker import llm_tracker
from mkdocs_ai_docs.utils.markdown import strip_code

log = logging.getLogger("mkdocs.plugins.ai_docs.glossary")

_JSON_ARRAY = re.compile(r"\[.*\]", re.S)


def _parse_terms(text: str) -> list[dict]:
    match = _JSON_ARRAY.search(text)
    if not match:
        return []
    try:
        data = json.loads(match.group(0))
    except json.JSONDecodeError:
        return []
    return [d for d in data if isinstance(d, dict) and d.get("term") and d.get("definition")]


class GlossaryBuilder:
    def __init__(
        self,
        backend: Backend,
        cache: ResponseCache,
        co: Optional[cohere.ClientV2] = None,
    ) -> None:
        self.backend = backend
        self.cache = cache
        self.co = co
        self.terms: dict[str, dict] = {}
        self.pages_for: dict[str, set[str]] = defaultdict(set)

    def collect(self, markdown: str, page_url: str) -> None:
        body = strip_code(markdown)[:12000]
        key = self.cache.key_for("glossary", self.backend.model, body)
        cached = self.cache.get("glossary", key)
        if cached is not None:
            found = json.loads(cached)
        else:
            text = self.backend.complete(
                prompts.GLOSSARY_PROMPT.format(body=body),
                system=prompts.GLOSSARY_SYSTEM,
                max_tokens=800,
            ).text
            found = _parse_terms(text)
            self.cache.set("glossary", key, json.dumps(found), self.backend.model)
        for item in found:
            norm = item["term"].strip().lower()
            self.terms.setdefault(norm, item)
            self.pages_for[norm].add(page_url)

    def _merge_definitions(self, term: str, definitions: list[str]) -> str:
        """Cohere is cheap and good at this; falls back to the main backend."""
        prompt = (
            f"Merge these definitions of '{term}' into one clear sentence:\n"
            + "\n".join(f"- {d}" for d in definitions)
        )
        if self.co is not None:
            resp = self.co.chat(
                model="command-r-08-2024",
                messages=[{"role": "user", "content": prompt}],
                max_tokens=120,
            )
            return resp.message.content[0].text.strip()
        return self.backend.complete(prompt, max_tokens=120).text.strip()

    async def _polish(self, entries: list[dict]) -> list[dict]:
        """Final pass with Claude to harmonise tone across definitions."""
        client = clients.get_async_anthropic_client()
        model = "claude-3-5-haiku-latest"
        async with llm_tracker.track_llm_call(
            provider="anthropic", model=model, feature_context="glossary_polish"
        ) as usage_log:
            message = await client.messages.create(
                model=model,
                max_tokens=4000,
                system=prompts.GLOSSARY_SYSTEM,
                messages=[
                    {
                        "role": "user",
                        "content": "Rewrite the definitions to a consistent tone, same JSON shape:\n"
                        + json.dumps(entries),
                    }
                ],
            )
            usage_log.input_tokens = message.usage.input_tokens
            usage_log.output_tokens = message.usage.output_tokens
        polished = _parse_terms(message.content[0].text)
        return polished or entries

    def render(self, polish: bool = True) -> str:
        entries = sorted(self.terms.values(), key=lambda d: d["term"].lower())
        if polish and entries:
            try:
                entries = asyncio.run(self._polish(entries))
            except Exception as exc:  # noqa: BLE001
                log.warning("glossary polish failed, using raw definitions: %s", exc)
        lines = ["# Glossary", ""]
        for entry in entries:
            norm = entry["term"].strip().lower()
            pages = sorted(self.pages_for.get(norm, ()))
            lines.append(f"**{entry['term']}**")
            lines.append(f":   {entry['definition']}")
            if pages:
                refs = ", ".join(f"[{p}](/{p})" for p in pages[:5])
                lines.append(f"    <small>See: {refs}</small>")
            lines.append("")
        return "\n".join(lines)
