"""Anthropic client utility."""
from acme.aiassist.interfaces import IAIClientProvider
from acme.aiassist.settings import get_setting
from acme.aiassist.settings import request_timeout
from zope.interface import implementer

import anthropic


@implementer(IAIClientProvider)
class AnthropicClientProvider:
    name = "anthropic"

    def __init__(self):
        self._client = None

    @property
    def client(self):
        if self._client is None:
            self._client = anthropic.Anthropic(
                api_key=get_setting("anthropic_api_key"),
                timeout=request_timeout(),
            )
        return self._client

    def reset(self):
        self._client = None

    def default_model(self):
        return get_setting("anthropic_model", "claude-3-5-haiku-latest")

    def complete(self, prompt, system=None, model=None, max_tokens=512):
        kwargs = {}
        if system:
            kwargs["system"] = system
        message = self.client.messages.create(
            model=model or self.default_model(),
            max_tokens=max_tokens,
            messages=[{"role": "user", "content": prompt}],
            **kwargs,
        )
        return "".join(
            block.text for block in message.content if block.type == "text"
        )

    def stream_text(self, prompt, system="", model=None, max_tokens=1024):
        """Yield text deltas; used by the chat view's streaming response."""
        with self.client.messages.stream(
            model=model or self.default_model(),
            max_tokens=max_tokens,
            system=system,
            messages=[{"role": "user", "content": prompt}],
        ) as stream:
            for text in stream.text_stream:
                yield text

    def count_tokens(self, prompt, model=None):
        result = self.client.messages.count_tokens(
            model=model or self.default_model(),
            messages=[{"role": "user", "content": prompt}],
        )
        return result.input_tokens
