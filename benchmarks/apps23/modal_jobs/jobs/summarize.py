"""Transcript and article summaries with Claude.

Long transcripts go to Sonnet with streaming (so the container doesn't sit on an
idle socket for minutes); if the first-party API is overloaded we fall back to
the same model on Bedrock.
"""
from __future__ import annotations

import logging

import anthropic
import modal

from common.config import MODELS, settings
from common.secrets import ANTHROPIC_SECRET, AWS_SECRET
from common.storage import JobRecord, load_transcript
from lib.prompts import SUMMARY_SYSTEM, SUMMARY_USER, truncate
from modal_app import app, results_dict
from providers import get_anthropic, get_anthropic_bedrock
from services.multi_model_service import TaskComplexity, multi_model_service

logger = logging.getLogger(__name__)

# Above this we'd rather truncate than pay for a 200k-token request.
MAX_INPUT_TOKENS = 120_000


@app.cls(secrets=[ANTHROPIC_SECRET, AWS_SECRET], timeout=15 * 60, max_containers=20)
class Summarizer:
    @modal.enter()
    def connect(self) -> None:
        self.claude = get_anthropic()
        self.bedrock_claude = get_anthropic_bedrock()

    def _messages(self, transcript: str, kind: str, desk: str) -> list[dict]:
        return [
            {
                "role": "user",
                "content": SUMMARY_USER.format(kind=kind, desk=desk, transcript=transcript),
            }
        ]

    def _fits(self, messages: list[dict]) -> bool:
        count = self.claude.messages.count_tokens(
            model=MODELS.claude_summary,
            system=SUMMARY_SYSTEM,
            messages=messages,
        )
        return count.input_tokens <= MAX_INPUT_TOKENS

    def _stream_summary(self, messages: list[dict]) -> tuple[str, dict]:
        with self.claude.messages.stream(
            model=MODELS.claude_summary,
            max_tokens=settings.summary_max_tokens,
            system=SUMMARY_SYSTEM,
            messages=messages,
        ) as stream:
            for _ in stream.text_stream:
                pass
            final = stream.get_final_message()
        text = "".join(b.text for b in final.content if b.type == "text")
        return text, {"input": final.usage.input_tokens, "output": final.usage.output_tokens, "via": "anthropic"}

    def _bedrock_summary(self, messages: list[dict]) -> tuple[str, dict]:
        msg = self.bedrock_claude.messages.create(
            model=MODELS.claude_bedrock,
            max_tokens=settings.summary_max_tokens,
            system=SUMMARY_SYSTEM,
            messages=messages,
        )
        text = "".join(b.text for b in msg.content if b.type == "text")
        return text, {"input": msg.usage.input_tokens, "output": msg.usage.output_tokens, "via": "bedrock"}

    @modal.method()
    def summarize(self, asset_id: str, kind: str = "interview", desk: str = "news") -> dict:
        transcript = load_transcript(asset_id)
        if not transcript:
            raise ValueError(f"no transcript for {asset_id}")
        transcript = truncate(transcript, settings.max_transcript_chars)
        messages = self._messages(transcript, kind, desk)
        if not self._fits(messages):
            messages = self._messages(truncate(transcript, settings.max_transcript_chars // 2), kind, desk)

        try:
            text, usage = self._stream_summary(messages)
        except (anthropic.InternalServerError, anthropic.RateLimitError) as exc:
            logger.warning("anthropic unavailable (%s), falling back to bedrock", exc)
            text, usage = self._bedrock_summary(messages)

        record = JobRecord.create(asset_id, "summary", {"text": text, "usage": usage, "kind": kind})
        results_dict[f"summary:{asset_id}"] = text
        return {"asset_id": record.asset_id, "summary": text, "usage": usage}


@app.function(secrets=[ANTHROPIC_SECRET], timeout=120)
async def summarize_short(text: str, task: str = "standfirst") -> str:
    """Standfirsts / social copy for short pieces. New code: tracked path."""
    response = await multi_model_service.generate_response(
        prompt=f"Write a {task} (max 35 words) for:\n\n{text}",
        task_type="summary_short",
        complexity=TaskComplexity.SIMPLE,
        system=SUMMARY_SYSTEM,
        max_tokens=200,
    )
    return response.text.strip()
