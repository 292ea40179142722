"""Grammar feedback: LanguageTool for cheap spelling checks, Claude for explanations."""
from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import List, Optional

import httpx

from tutorbot.config import get_settings
from tutorbot.llm import prompts
from tutorbot.llm.clients import get_anthropic_client
from tutorbot.services.llm_usage_tracker import llm_tracker

log = logging.getLogger(__name__)

CORRECTION_TOOL = {
    "name": "report_corrections",
    "description": "Report the mistakes found in the learner's text.",
    "input_schema": {
        "type": "object",
        "properties": {
            "corrected_text": {"type": "string"},
            "mistakes": {
                "type": "array",
                "items": {
                    "type": "object",
                    "properties": {
                        "original": {"type": "string"},
                        "correction": {"type": "string"},
                        "category": {"type": "string", "enum": ["grammar", "vocabulary", "spelling", "word_order"]},
                        "explanation": {"type": "string"},
                    },
                    "required": ["original", "correction", "category", "explanation"],
                },
            },
        },
        "required": ["corrected_text", "mistakes"],
    },
}


@dataclass
class Mistake:
    original: str
    correction: str
    category: str
    explanation: str


@dataclass
class CorrectionResult:
    corrected_text: str
    mistakes: List[Mistake]

    @property
    def is_clean(self) -> bool:
        return not self.mistakes


class CorrectionService:
    def __init__(self, client=None, http: Optional[httpx.AsyncClient] = None) -> None:
        self.settings = get_settings()
        self.client = client or get_anthropic_client()
        self._http = http or httpx.AsyncClient(timeout=10.0)

    async def spelling_matches(self, text: str, language: str) -> list:
        """Free LanguageTool check; used to skip the expensive call for clean messages."""
        try:
            resp = await self._http.post(
                self.settings.languagetool_url,
                data={"text": text, "language": language, "enabledOnly": "false"},
            )
            resp.raise_for_status()
        except httpx.HTTPError as exc:
            log.info("languagetool unavailable: %s", exc)
            return []
        return resp.json().get("matches", [])

    async def explain(self, text: str, target: str, native: str) -> CorrectionResult:
        resp = await self.client.messages.create(
            model=self.settings.claude_model,
            max_tokens=1024,
            system=prompts.CORRECTION_SYSTEM.format(
                target=prompts.lang_name(target), native=prompts.lang_name(native)
            ),
            tools=[CORRECTION_TOOL],
            tool_choice={"type": "tool", "name": "report_corrections"},
            messages=[{"role": "user", "content": text}],
        )
        for block in resp.content:
            if block.type == "tool_use":
                data = block.input
                return CorrectionResult(
                    corrected_text=data.get("corrected_text", text),
                    mistakes=[Mistake(**m) for m in data.get("mistakes", [])],
                )
        log.warning("claude returned no tool_use block (stop_reason=%s)", resp.stop_reason)
        return CorrectionResult(corrected_text=text, mistakes=[])

    async def quick_check(self, text: str, target: str, telegram_id: Optional[int] = None) -> str:
        """One-line verdict used in the voice flow ("✅ correct" or the fixed sentence)."""
        model = self.settings.claude_fast_model
        async with llm_tracker.track_llm_call(
            provider="anthropic", model=model, feature_context="quick_check", telegram_id=telegram_id
        ) as usage_log:
            resp = await self.client.messages.create(
                model=model,
                max_tokens=120,
                system=(
                    f"If this {prompts.lang_name(target)} sentence is correct, answer exactly OK. "
                    "Otherwise answer only with the corrected sentence."
                ),
                messages=[{"role": "user", "content": text}],
            )
            usage_log.input_tokens = resp.usage.input_tokens
            usage_log.output_tokens = resp.usage.output_tokens
        answer = resp.content[0].text.strip() if resp.content else "OK"
        return "✅" if answer.upper() == "OK" else f"✏️ {answer}"

    async def aclose(self) -> None:
        await self._http.aclose()
