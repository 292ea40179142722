"""Brand voice checker/rewriter backed by Claude.

Built before we had the clients package, so it still constructs its own Anthropic clients
lazily (kept that way because the brand team runs it with a separate key / workspace).
"""

from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import Any, Type

import anthropic
from crewai.tools import BaseTool
from pydantic import BaseModel, Field, PrivateAttr

from marketcrew.config import settings
from marketcrew.utils import with_retry

logger = logging.getLogger(__name__)

DEFAULT_GUIDE = Path(__file__).resolve().parent.parent / "assets" / "brand_guide.md"
MAX_INPUT_TOKENS = 12_000


class BrandVoiceInput(BaseModel):
    text: str = Field(..., description="Copy to check and rewrite in brand voice")
    mode: str = Field("rewrite", description="'check' returns issues only, 'rewrite' returns fixed copy")


class BrandVoiceTool(BaseTool):
    name: str = "brand_voice"
    description: str = "Checks copy against the brand guide and rewrites it in the brand voice."
    args_schema: Type[BaseModel] = BrandVoiceInput
    model: str = Field(default_factory=lambda: settings.brand_voice_model)
    guide_path: Path = DEFAULT_GUIDE

    _client: anthropic.Anthropic | None = PrivateAttr(default=None)
    _aclient: anthropic.AsyncAnthropic | None = PrivateAttr(default=None)
    _guide: str | None = PrivateAttr(default=None)

    @property
    def client(self) -> anthropic.Anthropic:
        if self._client is None:
            key = os.getenv("BRAND_ANTHROPIC_API_KEY") or settings.anthropic_api_key
            self._client = anthropic.Anthropic(api_key=key, timeout=45.0)
        return self._client

    @property
    def aclient(self) -> anthropic.AsyncAnthropic:
        if self._aclient is None:
            key = os.getenv("BRAND_ANTHROPIC_API_KEY") or settings.anthropic_api_key
            self._aclient = anthropic.AsyncAnthropic(api_key=key, timeout=45.0)
        return self._aclient

    @property
    def guide(self) -> str:
        if self._guide is None:
            try:
                self._guide = self.guide_path.read_text(encoding="utf-8")
            except FileNotFoundError:
                logger.warning("brand guide missing at %s, using minimal guide", self.guide_path)
                self._guide = "Voice: clear, warm, a little witty. Avoid jargon and exclamation marks."
        return self._guide

    def _system(self, mode: str) -> list[dict[str, Any]]:
        instruction = (
            "List every violation of the brand guide as bullet points. Do not rewrite."
            if mode == "check"
            else "Rewrite the copy so it follows the brand guide. Keep meaning and length. Output only the copy."
        )
        return [
            {"type": "text", "text": self.guide, "cache_control": {"type": "ephemeral"}},
            {"type": "text", "text": instruction},
        ]

    def _fits(self, text: str) -> bool:
        count = self.client.messages.count_tokens(
            model=self.model,
            system=self._system("check"),
            messages=[{"role": "user", "content": text}],
        )
        return count.input_tokens <= MAX_INPUT_TOKENS

    def _run(self, text: str, mode: str = "rewrite") -> str:
        if not self._fits(text):
            return "ERROR: text too long for brand voice check; split it first."
        message = with_retry(
            self.client.messages.create,
            model=self.model,
            max_tokens=1024,
            system=self._system(mode),
            messages=[{"role": "user", "content": text}],
        )
        return "".join(block.text for block in message.content if block.type == "text")

    async def _arun(self, text: str, mode: str = "rewrite") -> str:
        chunks: list[str] = []
        async with self.aclient.messages.stream(
            model=self.model,
            max_tokens=1024,
            system=self._system(mode),
            messages=[{"role": "user", "content": text}],
        ) as stream:
            async for delta in stream.text_stream:
                chunks.append(delta)
            final = await stream.get_final_message()
        logger.debug("brand voice usage in=%d out=%d", final.usage.input_tokens, final.usage.output_tokens)
        return "".join(chunks)
