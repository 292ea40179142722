"""Dependency container.

Everything expensive (HTTP clients, connection pools, boto3 clients) is built on first access and
then reused for the life of the process. Tests swap attributes by assigning to the instance
(``container.async_openai = FakeOpenAI()``), which shadows the cached_property.
"""
from __future__ import annotations

import logging
import threading
from functools import cached_property
from typing import TYPE_CHECKING, Any, Dict

import boto3
from anthropic import AsyncAnthropic
from botocore.config import Config as BotoConfig
from google import genai
from groq import AsyncGroq
from openai import AsyncOpenAI, OpenAI

from agentd.config import Settings, get_settings

if TYPE_CHECKING:
    from agentd.services.storage import ArtifactStore, RunStore
    from agentd.tools.registry import ToolRegistry

log = logging.getLogger(__name__)

GROQ_OPENAI_COMPAT_URL = "https://api.groq.com/openai/v1"


class Container:
    def __init__(self) -> None:
        self._tenant_clients: Dict[str, AsyncOpenAI] = {}
        self._lock = threading.Lock()

    @cached_property
    def settings(self) -> Settings:
        return get_settings()

    # --- model vendors -------------------------------------------------

    @cached_property
    def async_openai(self) -> AsyncOpenAI:
        s = self.settings
        return AsyncOpenAI(
            api_key=s.openai_api_key.get_secret_value(),
            organization=s.openai_org,
            timeout=s.request_timeout_s,
            max_retries=2,
        )

    @cached_property
    def openai_client(self) -> OpenAI:
        s = self.settings
        return OpenAI(
            api_key=s.openai_api_key.get_secret_value(),
            organization=s.openai_org,
            timeout=s.request_timeout_s,
        )

    def openai_for_tenant(self, tenant_id: str) -> AsyncOpenAI:
        """Tenants are billed to their own OpenAI project; clients are cached per tenant."""
        with self._lock:
            client = self._tenant_clients.get(tenant_id)
            if client is None:
                client = self.async_openai.with_options(default_headers={"OpenAI-Project": tenant_id})
                self._tenant_clients[tenant_id] = client
            return client

    @cached_property
    def anthropic(self) -> AsyncAnthropic:
        return AsyncAnthropic(
            api_key=self.settings.anthropic_api_key.get_secret_value(),
            timeout=self.settings.request_timeout_s,
            max_retries=3,
        )

    @cached_property
    def genai(self) -> genai.Client:
        return genai.Client(api_key=self.settings.gemini_api_key.get_secret_value())

    @cached_property
    def async_groq(self) -> AsyncGroq:
        return AsyncGroq(api_key=self.settings.groq_api_key.get_secret_value(), max_retries=2)

    @cached_property
    def groq_compat(self) -> AsyncOpenAI:
        # Groq speaks the OpenAI wire protocol; reusing the OpenAI client gives us
        # structured-output helpers and the same retry behaviour.
        return AsyncOpenAI(
            base_url=GROQ_OPENAI_COMPAT_URL,
            api_key=self.settings.groq_api_key.get_secret_value(),
            timeout=20.0,
        )

    @cached_property
    def bedrock_runtime(self) -> Any:
        return boto3.client(
            "bedrock-runtime",
            region_name=self.settings.aws_region,
            config=BotoConfig(retries={"max_attempts": 4, "mode": "adaptive"}, read_timeout=90),
        )

    # --- infrastructure ------------------------------------------------

    @cached_property
    def s3(self) -> Any:
        return boto3.client("s3", region_name=self.settings.aws_region)

    @cached_property
    def run_store(self) -> "RunStore":
        from agentd.services.storage import RunStore

        return RunStore(self.settings.database_url)

    @cached_property
    def storage(self) -> "ArtifactStore":
        from agentd.services.storage import ArtifactStore

        return ArtifactStore(self.s3, self.settings.artifacts_bucket)

    @cached_property
    def tools(self) -> "ToolRegistry":
        from agentd.tools import load_builtin_tools
        from agentd.tools.registry import registry

        load_builtin_tools()
        return registry

    def reset(self) -> None:
        """Drop every cached attribute (used between tests and on SIGHUP)."""
        for name, value in list(vars(type(self)).items()):
            if isinstance(value, cached_property):
                self.__dict__.pop(name, None)
        self._tenant_clients.clear()
        log.info("container reset")


container = Container()
