from __future__ import annotations

from ..llm.clients import get_openai_client


class ContentModerator:
    def __init__(self, client=None):
        self._client = client

    @property
    def client(self):
        if self._client is None:
            self._client = get_openai_client()
        return self._client

    def is_flagged(self, text: str) -> bool:
        result = self.client.moderations.create(model="omni-moderation-latest", input=text)
        return any(r.flagged for r in result.results)


moderator = ContentModerator()
