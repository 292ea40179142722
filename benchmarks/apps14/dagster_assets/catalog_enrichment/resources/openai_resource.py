from typing import Optional

from dagster import ConfigurableResource, InitResourceContext
from openai import AsyncOpenAI, OpenAI
from pydantic import Field, PrivateAttr


class OpenAIResource(ConfigurableResource):
    """Shared OpenAI configuration.

    We don't use dagster-openai's resource because it wraps the client in its own
    usage-metadata plumbing that didn't play well with our partitioned assets.
    """

    api_key: str
    organization: Optional[str] = None
    project: Optional[str] = Field(default=None, description="OpenAI project id used for cost attribution")
    timeout_seconds: float = 90.0
    max_retries: int = 4

    _client: Optional[OpenAI] = PrivateAttr(default=None)

    def _build(self) -> OpenAI:
        return OpenAI(
            api_key=self.api_key,
            organization=self.organization,
            project=self.project,
            timeout=self.timeout_seconds,
            max_retries=self.max_retries,
        )

    def setup_for_execution(self, context: InitResourceContext) -> None:
        self._client = self._build()

    def get_client(self) -> OpenAI:
        # setup_for_execution doesn't run when the resource is used directly
        # (notebooks, `python -m` scripts), so build lazily as a fallback.
        if self._client is None:
            self._client = self._build()
        return self._client

    def get_async_client(self) -> AsyncOpenAI:
        return AsyncOpenAI(
            api_key=self.api_key,
            organization=self.organization,
            project=self.project,
            timeout=self.timeout_seconds,
            max_retries=self.max_retries,
        )
