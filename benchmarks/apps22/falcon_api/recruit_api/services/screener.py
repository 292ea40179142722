"""CV screening against a job rubric (Claude)."""
from __future__ import annotations

import json
import logging
import re
from dataclasses import dataclass, field
from typing import Any, Iterator, Optional

from recruit_api.services import prompts
from recruit_api.services.llm_usage_tracker import llm_tracker

log = logging.getLogger(__name__)

_JSON_RE = re.compile(r"\{.*\}", re.DOTALL)


@dataclass
class ScreeningResult:
    scores: dict[str, int]
    overall: float
    summary: str
    red_flags: list[str] = field(default_factory=list)
    model: str = ""
    input_tokens: int = 0
    output_tokens: int = 0

    def to_dict(self) -> dict[str, Any]:
        return {
            "scores": self.scores,
            "overall": self.overall,
            "summary": self.summary,
            "red_flags": self.red_flags,
            "model": self.model,
        }


def parse_screening_json(text: str) -> dict[str, Any]:
    match = _JSON_RE.search(text)
    if not match:
        raise ValueError("model did not return JSON")
    return json.loads(match.group(0))


class CVScreener:
    """Wraps an Anthropic client.  Constructed in ``create_app`` with the shared
    client from ``recruit_api.clients``."""

    def __init__(self, client, model: str, max_tokens: int = 1200) -> None:
        self._client = client
        self.model = model
        self.max_tokens = max_tokens

    def _messages(self, job_description: str, rubric: dict[str, str], cv_text: str) -> list[dict]:
        return [
            {
                "role": "user",
                "content": prompts.screening_user_prompt(job_description, rubric, cv_text),
            }
        ]

    def score(self, job_description: str, rubric: dict[str, str], cv_text: str) -> ScreeningResult:
        msg = self._client.messages.create(
            model=self.model,
            max_tokens=self.max_tokens,
            system=prompts.SCREENING_SYSTEM_V3,
            messages=self._messages(job_description, rubric, cv_text),
            temperature=0,
        )
        text = "".join(block.text for block in msg.content if block.type == "text")
        data = parse_screening_json(text)
        return ScreeningResult(
            scores=data.get("scores", {}),
            overall=float(data.get("overall", 0)),
            summary=data.get("summary", ""),
            red_flags=data.get("red_flags", []),
            model=msg.model,
            input_tokens=msg.usage.input_tokens,
            output_tokens=msg.usage.output_tokens,
        )

    async def score_tracked(
        self,
        job_description: str,
        rubric: dict[str, str],
        cv_text: str,
        tenant_id: Optional[str] = None,
    ) -> ScreeningResult:
        async with llm_tracker.track_llm_call(
            provider="anthropic",
            model=self.model,
            feature_context="cv_screening",
            tenant_id=tenant_id,
        ) as usage_log:
            msg = self._client.messages.create(
                model=self.model,
                max_tokens=self.max_tokens,
                system=prompts.SCREENING_SYSTEM_V3,
                messages=self._messages(job_description, rubric, cv_text),
                temperature=0,
            )
            usage_log.input_tokens = msg.usage.input_tokens
            usage_log.output_tokens = msg.usage.output_tokens
        text = "".join(block.text for block in msg.content if block.type == "text")
        data = parse_screening_json(text)
        return ScreeningResult(
            scores=data.get("scores", {}),
            overall=float(data.get("overall", 0)),
            summary=data.get("summary", ""),
            red_flags=data.get("red_flags", []),
            model=msg.model,
            input_tokens=msg.usage.input_tokens,
            output_tokens=msg.usage.output_tokens,
        )

    def stream_rationale(self, job_description: str, cv_text: str) -> Iterator[str]:
        """Free-text rationale for the console's "why this score?" panel."""
        with self._client.messages.stream(
            model=self.model,
            max_tokens=700,
            system="Explain, in plain prose for a hiring manager, how well this CV fits the job.",
            messages=[
                {"role": "user", "content": f"JOB:\n{job_description}\n\nCV:\n{cv_text}"}
            ],
        ) as stream:
            for text in stream.text_stream:
                yield text
            final = stream.get_final_message()
            log.info(
                "rationale done in=%s out=%s",
                final.usage.input_tokens,
                final.usage.output_tokens,
            )
