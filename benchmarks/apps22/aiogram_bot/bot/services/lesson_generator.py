"""Daily lesson generation on Bedrock, with Anthropic as fallback."""
from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from typing import Any

from anthropic import AsyncAnthropic
from botocore.exceptions import ClientError

from bot.prompts import LESSON_PROMPT

log = logging.getLogger(__name__)


@dataclass
class Lesson:
    title: str
    body: str
    words: list[str]
    exercise: str

    @classmethod
    def from_json(cls, raw: str) -> "Lesson":
        data = json.loads(raw[raw.find("{"): raw.rfind("}") + 1])
        return cls(
            title=data.get("title", "Today's lesson"),
            body=data.get("body", ""),
            words=list(data.get("words", [])),
            exercise=data.get("exercise", ""),
        )

    def render(self) -> str:
        words = "\n".join(f"• {w}" for w in self.words)
        return f"<b>{self.title}</b>\n\n{self.body}\n\n<b>Words</b>\n{words}\n\n<i>{self.exercise}</i>"


class LessonGenerator:
    def __init__(self, bedrock: Any, anthropic_client: AsyncAnthropic, *, model_id: str,
                 fallback_model_id: str, anthropic_model: str) -> None:
        self._bedrock = bedrock
        self._anthropic = anthropic_client
        self.model_id = model_id
        self.fallback_model_id = fallback_model_id
        self.anthropic_model = anthropic_model

    # NB: boto3 is sync; callers run this in a thread (see scheduler/jobs.py)
    def build_daily_lesson(self, level: str, language: str, topic: str) -> Lesson:
        prompt = LESSON_PROMPT.format(level=level, language=language, topic=topic)
        try:
            response = self._bedrock.converse(
                modelId=self.model_id,
                messages=[{"role": "user", "content": [{"text": prompt}]}],
                inferenceConfig={"maxTokens": 1200, "temperature": 0.6},
            )
        except ClientError as exc:
            log.warning("bedrock %s failed (%s), trying %s", self.model_id, exc, self.fallback_model_id)
            return self._build_with_llama(prompt)
        text = response["output"]["message"]["content"][0]["text"]
        return Lesson.from_json(text)

    def _build_with_llama(self, prompt: str) -> Lesson:
        body = {
            "prompt": f"<|begin_of_text|><|start_header_id|>user<|end_header_id|>\n{prompt}<|eot_id|>"
                      "<|start_header_id|>assistant<|end_header_id|>\n",
            "max_gen_len": 1200,
            "temperature": 0.5,
        }
        response = self._bedrock.invoke_model(
            modelId=self.fallback_model_id,
            body=json.dumps(body),
            contentType="application/json",
            accept="application/json",
        )
        payload = json.loads(response["body"].read())
        return Lesson.from_json(payload["generation"])

    def stream_story(self, level: str, language: str, words: list[str]):
        """Yields text pieces of a short story using the given words."""
        response = self._bedrock.converse_stream(
            modelId=self.model_id,
            messages=[{
                "role": "user",
                "content": [{"text": f"Write a {level} level {language} story (max 150 words) using: {', '.join(words)}"}],
            }],
        )
        for event in response["stream"]:
            delta = event.get("contentBlockDelta", {}).get("delta", {})
            if "text" in delta:
                yield delta["text"]

    async def build_with_claude(self, level: str, language: str, topic: str) -> Lesson:
        message = await self._anthropic.messages.create(
            model=self.anthropic_model,
            max_tokens=1500,
            messages=[{"role": "user", "content": LESSON_PROMPT.format(level=level, language=language, topic=topic)}],
        )
        return Lesson.from_json(message.content[0].text)

    async def estimate_prompt_tokens(self, level: str, language: str, topic: str) -> int:
        count = await self._anthropic.messages.count_tokens(
            model=self.anthropic_model,
            messages=[{"role": "user", "content": LESSON_PROMPT.format(level=level, language=language, topic=topic)}],
        )
        return count.input_tokens
