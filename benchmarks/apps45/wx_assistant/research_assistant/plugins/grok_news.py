"""What's new on a topic, via xAI Grok. Written before core/clients had get_xai_client."""
from __future__ import annotations

from openai import OpenAI

from research_assistant.config import get_api_key
from research_assistant.plugins.base import Plugin


class GrokNewsPlugin(Plugin):
    name = "grok_news"
    label = "Latest news (Grok)"

    def __init__(self, context):
        super().__init__(context)
        # TODO: switch to core.get_xai_client() like the rest of the app
        self._client = OpenAI(api_key=get_api_key("xai"), base_url="https://api.x.ai/v1")

    def available(self) -> bool:
        return bool(get_api_key("xai"))

    def generate(self, text: str, stream: bool = False, **options) -> str:
        messages = [
            {"role": "system", "content": "Summarise the latest developments on the topic, newest first."},
            {"role": "user", "content": text},
        ]
        if not stream:
            resp = self._client.chat.completions.create(model="grok-3", messages=messages)
            return resp.choices[0].message.content
        parts = []
        for chunk in self._client.chat.completions.create(model="grok-3", messages=messages, stream=True):
            delta = chunk.choices[0].delta.content if chunk.choices else None
            if delta:
                parts.append(delta)
        return "".join(parts)
