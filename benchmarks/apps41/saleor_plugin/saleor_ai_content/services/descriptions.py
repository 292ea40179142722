"""Product description generation."""
import logging
from dataclasses import dataclass
from typing import Iterator, Optional

from .. import settings as ai_settings
from ..llm.cache import make_key, prompt_cache
from ..llm.prompts import build_description_messages, to_anthropic

logger = logging.getLogger(__name__)


@dataclass
class GeneratedDescription:
    text: str
    provider: str
    model: str
    input_tokens: int = 0
    output_tokens: int = 0


class DescriptionGenerator:
    """Generates descriptions with either OpenAI or Anthropic.

    The clients are injected by the plugin (see `AIContentPlugin.description_generator`)
    so that per-channel API keys are respected.
    """

    def __init__(self, openai_client=None, anthropic_client=None, provider: str = "openai",
                 model: Optional[str] = None, tone: str = "friendly"):
        self.client = openai_client
        self._anthropic = anthropic_client
        self.provider = provider
        self.model = model
        self.tone = tone

    def generate(self, product, language_code: str = "en", use_cache: bool = True) -> GeneratedDescription:
        key = make_key("description", product.pk, product.updated_at, language_code, self.provider, self.tone)
        if use_cache:
            cached = prompt_cache.get(key)
            if cached:
                return GeneratedDescription(**cached)
        messages = build_description_messages(product, language_code, tone=self.tone)
        if self.provider == "anthropic":
            result = self._generate_anthropic(messages)
        else:
            result = self._generate_openai(messages)
        prompt_cache.set(key, result.__dict__)
        return result

    def _generate_openai(self, messages) -> GeneratedDescription:
        model = self.model or ai_settings.AI_CONTENT_OPENAI_MODEL
        completion = self.client.chat.completions.create(
            model=model,
            messages=messages,
            temperature=0.6,
            max_tokens=350,
        )
        return GeneratedDescription(
            text=completion.choices[0].message.content.strip(),
            provider="openai",
            model=model,
            input_tokens=completion.usage.prompt_tokens,
            output_tokens=completion.usage.completion_tokens,
        )

    def _generate_anthropic(self, messages) -> GeneratedDescription:
        model = self.model or ai_settings.AI_CONTENT_ANTHROPIC_MODEL
        system, rest = to_anthropic(messages)
        message = self._anthropic.messages.create(
            model=model, system=system, messages=rest, max_tokens=350, temperature=0.6
        )
        text = "".join(b.text for b in message.content if b.type == "text")
        return GeneratedDescription(
            text=text.strip(),
            provider="anthropic",
            model=model,
            input_tokens=message.usage.input_tokens,
            output_tokens=message.usage.output_tokens,
        )

    def stream(self, product, language_code: str = "en") -> Iterator[str]:
        """Used by the dashboard preview; OpenAI only for now."""
        messages = build_description_messages(product, language_code, tone=self.tone)
        for chunk in self.client.chat.completions.create(
            model=self.model or ai_settings.AI_CONTENT_OPENAI_MODEL,
            messages=messages,
            stream=True,
        ):
            if chunk.choices and chunk.choices[0].delta.content:
                yield chunk.choices[0].delta.content


def to_editorjs(text: str) -> dict:
    """Saleor stores rich text as EditorJS JSON."""
    blocks = [
        {"type": "paragraph", "data": {"text": paragraph.strip()}}
        for paragraph in text.split("\n\n")
        if paragraph.strip()
    ]
    return {"time": 0, "blocks": blocks, "version": "2.24.3"}
