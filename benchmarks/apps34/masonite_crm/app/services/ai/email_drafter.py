"""Email drafting with OpenAI, DeepSeek as the cheap fallback."""
import logging
from typing import Iterator, Optional

import openai
import tiktoken
from masonite.configuration import config

from app.services.ai.clients import get_deepseek
from app.services.ai.prompts import PromptLibrary

logger = logging.getLogger(__name__)

TONES = ("friendly", "formal", "concise", "enthusiastic")


class DraftResult:
    def __init__(self, subject: str, body: str, model: str):
        self.subject = subject
        self.body = body
        self.model = model

    @classmethod
    def parse(cls, text: str, model: str) -> "DraftResult":
        lines = text.strip().splitlines()
        subject = ""
        if lines and lines[0].lower().startswith("subject:"):
            subject = lines.pop(0).split(":", 1)[1].strip()
        return cls(subject=subject, body="\n".join(lines).strip(), model=model)


class EmailDrafter:
    def __init__(self, client: openai.OpenAI, model: Optional[str] = None):
        self.client = client
        self.model = model or config("ai.openai.draft_model", "gpt-4o-mini")

    def _messages(self, prompt):
        return [
            {"role": "system", "content": PromptLibrary.system_prompt("email")},
            {"role": "user", "content": prompt},
        ]

    def draft(self, lead, sender, context: str, tone: str = "friendly", max_words: int = 180):
        if tone not in TONES:
            tone = "friendly"
        prompt = PromptLibrary.render(
            PromptLibrary.EMAIL_DRAFT,
            tone=tone,
            sender=sender.name,
            recipient=lead.name,
            context=context,
            max_words=max_words,
        )
        try:
            completion = self.client.chat.completions.create(
                model=self.model,
                messages=self._messages(prompt),
                temperature=0.7,
            )
            return DraftResult.parse(completion.choices[0].message.content, self.model)
        except (openai.RateLimitError, openai.APIConnectionError) as exc:
            logger.info("openai unavailable (%s), falling back to deepseek", type(exc).__name__)
            return self._draft_with_deepseek(prompt)

    def _draft_with_deepseek(self, prompt) -> DraftResult:
        model = config("ai.deepseek.model", "deepseek-chat")
        completion = get_deepseek().chat.completions.create(
            model=model,
            messages=self._messages(prompt),
            temperature=0.7,
        )
        return DraftResult.parse(completion.choices[0].message.content, model)

    def stream_draft(self, prompt: str) -> Iterator[str]:
        stream = self.client.chat.completions.create(
            model=self.model,
            messages=self._messages(prompt),
            stream=True,
        )
        for chunk in stream:
            if chunk.choices and chunk.choices[0].delta.content:
                yield chunk.choices[0].delta.content

    def estimate_tokens(self, text: str) -> int:
        try:
            encoding = tiktoken.encoding_for_model(self.model)
        except KeyError:
            encoding = tiktoken.get_encoding("o200k_base")
        return len(encoding.encode(text))

    def personalize_openers(self, leads, limit: int = 20):
        """Opening lines for a sequence; watches the rate-limit headers."""
        openers = {}
        for lead in leads[:limit]:
            raw = self.client.with_raw_response.chat.completions.create(
                model=self.model,
                messages=self._messages(
                    f"Write one personalised opening sentence for an email to {lead.profile_text()}"
                ),
                max_tokens=60,
            )
            remaining = int(raw.headers.get("x-ratelimit-remaining-requests", "1"))
            completion = raw.parse()
            openers[lead.id] = completion.choices[0].message.content.strip()
            if remaining < 5:
                logger.info("openai request budget low (%s left), stopping early", remaining)
                break
        return openers
