from __future__ import annotations

from typing import Any

from jobs.common.clients import get_azure_openai_client, get_openai_client
from jobs.common.rate_limit import bucket_for
from jobs.enrichers.base import Enricher


class OpenAIEnricher(Enricher):
    provider = "openai"

    def __init__(self, cfg: dict[str, Any], template, system=None, client=None) -> None:
        super().__init__(cfg, template, system)
        self.client = client or get_openai_client()
        self.model = cfg["openai"]["model"]
        self.bucket = bucket_for("openai", cfg["rate_limit"]["requests_per_minute"])

    def _messages(self, prompt: str) -> list[dict[str, str]]:
        msgs = [{"role": "system", "content": self.system}] if self.system else []
        msgs.append({"role": "user", "content": prompt})
        return msgs

    def complete(self, prompt: str) -> str:
        self.bucket.acquire()
        resp = self.client.chat.completions.create(
            model=self.model,
            messages=self._messages(prompt),
            temperature=0,
        )
        return resp.choices[0].message.content


class AzureOpenAIEnricher(OpenAIEnricher):
    provider = "azure"

    def __init__(self, cfg: dict[str, Any], template, system=None) -> None:
        client = get_azure_openai_client(cfg["openai"]["azure_endpoint"], cfg["openai"]["api_version"])
        super().__init__(cfg, template, system, client=client)
        self.model = cfg["openai"]["azure_deployment"]


class OpenAIResponsesEnricher(OpenAIEnricher):
    """Newer Responses API; being trialled for the reasoning models."""

    provider = "openai-responses"

    def complete(self, prompt: str) -> str:
        self.bucket.acquire()
        resp = self.client.responses.create(
            model=self.cfg["openai"].get("responses_model", "o4-mini"),
            instructions=self.system,
            input=prompt,
        )
        return resp.output_text
