"""Chat summarisation: Anthropic first, Bedrock as the fallback when Anthropic 5xxs."""
from __future__ import annotations

import logging

import anthropic

from config.settings import MODELS
from enrichment.prompts import CHAT_SUMMARY_SYSTEM, ESCALATION_PROMPT, render_transcript

logger = logging.getLogger(__name__)


class ChatSummarizer:
    def __init__(self, anthropic_client, bedrock_runtime=None, model: str | None = None) -> None:
        self.anthropic = anthropic_client
        self.bedrock = bedrock_runtime
        self.model = model or MODELS.summary_model

    def summarize(self, messages: list[dict]) -> dict:
        transcript = render_transcript(messages)
        try:
            msg = self.anthropic.messages.create(
                model=self.model,
                max_tokens=300,
                system=CHAT_SUMMARY_SYSTEM,
                messages=[{"role": "user", "content": transcript}],
            )
            text = "".join(b.text for b in msg.content if b.type == "text")
            return {"summary": text.strip(), "model": self.model, "provider": "anthropic"}
        except (anthropic.APIStatusError, anthropic.APIConnectionError) as exc:
            if self.bedrock is None:
                raise
            logger.warning("anthropic failed (%s), falling back to bedrock", exc)
            return self._summarize_bedrock(transcript)

    def _summarize_bedrock(self, transcript: str) -> dict:
        resp = self.bedrock.converse(
            modelId=MODELS.bedrock_model,
            system=[{"text": CHAT_SUMMARY_SYSTEM}],
            messages=[{"role": "user", "content": [{"text": transcript}]}],
            inferenceConfig={"maxTokens": 300, "temperature": 0.2},
        )
        text = resp["output"]["message"]["content"][0]["text"]
        return {"summary": text.strip(), "model": MODELS.bedrock_model, "provider": "bedrock"}

    def needs_escalation(self, messages: list[dict]) -> bool:
        prompt = ESCALATION_PROMPT.format(transcript=render_transcript(messages, max_chars=6000))
        with self.anthropic.messages.stream(
            model=self.model,
            max_tokens=64,
            messages=[{"role": "user", "content": prompt}],
        ) as stream:
            answer = stream.get_final_text()
        return answer.strip().upper().startswith("YES")


def word_count_summary(messages: list[dict]) -> dict:
    """Non-LLM summary used for very short chats (< 3 messages)."""
    words = sum(len(m.get("text", "").split()) for m in messages)
    return {"summary": f"{len(messages)} messages, {words} words", "model": None, "provider": None}
