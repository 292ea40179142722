"""Nameko DependencyProviders that inject model clients into service workers.

Usage::

    class MyService:
        name = "my_service"
        llm = LLMClient()          # raw openai.OpenAI
        claude = ClaudeAssistant()  # ClaudeWrapper bound to the worker context

Providers build their client once per container in ``setup()`` and hand it to every
worker in ``get_dependency()``.
"""
import json
import logging
from typing import Any, Dict, List, Optional

import litellm
import yaml
from cerebras.cloud.sdk import Cerebras
from nameko.extensions import DependencyProvider

from common import clients
from common.config import LLMSettings, override_settings
from common.multi_model_service import multi_model_service

log = logging.getLogger(__name__)


class _SettingsMixin:
    def _load_settings(self) -> LLMSettings:
        settings = LLMSettings.from_nameko(self.container.config)
        override_settings(settings)
        return settings


class LLMClient(_SettingsMixin, DependencyProvider):
    """Injects the shared ``openai.OpenAI`` client."""

    def setup(self):
        self.settings = self._load_settings()
        self.client = clients.get_openai_client()

    def get_dependency(self, worker_ctx):
        return self.client


class ClaudeWrapper:
    """Thin per-worker wrapper around the Anthropic client.

    ``client`` is exposed because some services need streaming / token counting and
    nobody has got round to adding methods for those here.
    """

    def __init__(self, client, model: str, worker_ctx=None):
        self.client = client
        self.model = model
        self.call_id = getattr(worker_ctx, "call_id", None)

    def assess(self, prompt: str, system: Optional[str] = None, max_tokens: int = 1024) -> Dict[str, Any]:
        message = self.client.messages.create(
            model=self.model,
            max_tokens=max_tokens,
            system=system or "You are a senior insurance claims investigator. Reply with JSON only.",
            messages=[{"role": "user", "content": prompt}],
            metadata={"user_id": self.call_id or "anonymous"},
        )
        text = "".join(block.text for block in message.content if block.type == "text")
        try:
            return json.loads(text)
        except ValueError:
            log.warning("claude returned non-JSON assessment (call_id=%s)", self.call_id)
            return {"raw": text}


class ClaudeAssistant(_SettingsMixin, DependencyProvider):
    def setup(self):
        self.settings = self._load_settings()
        self.client = clients.get_anthropic_client()

    def get_dependency(self, worker_ctx):
        return ClaudeWrapper(self.client, self.settings.anthropic_model, worker_ctx)


class BedrockClaude(_SettingsMixin, DependencyProvider):
    """Claude through AWS Bedrock (data-residency requirement for EU documents)."""

    def __init__(self, region: Optional[str] = None):
        self.region = region

    def setup(self):
        self.settings = self._load_settings()
        self.client = clients.get_bedrock_claude_client(self.region)

    def get_dependency(self, worker_ctx):
        return self.client


class BedrockRuntime(_SettingsMixin, DependencyProvider):
    def setup(self):
        self.settings = self._load_settings()
        self.client = clients.get_bedrock_runtime(self.settings.bedrock_region)

    def get_dependency(self, worker_ctx):
        return self.client


class MistralProvider(_SettingsMixin, DependencyProvider):
    def setup(self):
        self.settings = self._load_settings()
        self.client = clients.get_mistral_client()

    def stop(self):
        # Mistral's client owns an httpx pool; close it on container shutdown
        try:
            self.client.__exit__(None, None, None)
        except Exception:  # pragma: no cover
            log.exception("failed to close mistral client")

    def get_dependency(self, worker_ctx):
        return self.client


class CerebrasProvider(_SettingsMixin, DependencyProvider):
    """Cerebras for the latency-sensitive triage path.

    Built here rather than in common.clients because triage wants its own timeout.
    """

    def __init__(self, timeout: float = 8.0):
        self.timeout = timeout

    def setup(self):
        self.settings = self._load_settings()
        self.client = Cerebras(api_key=self.settings.cerebras_api_key, timeout=self.timeout, max_retries=1)

    def get_dependency(self, worker_ctx):
        return self.client


class DeepSeekProvider(_SettingsMixin, DependencyProvider):
    def setup(self):
        self.settings = self._load_settings()
        self.client = clients.get_deepseek_client()

    def get_dependency(self, worker_ctx):
        return self.client


class LiteLLMRouter(_SettingsMixin, DependencyProvider):
    """Injects a ``litellm.Router`` built from ``LLM.ROUTER_MODEL_LIST``."""

    def setup(self):
        self.settings = self._load_settings()
        path = self.settings.extra.get("ROUTER_MODEL_LIST", "config/router_models.yaml")
        self.router = litellm.Router(
            model_list=self._load_model_list(path),
            num_retries=2,
            routing_strategy="simple-shuffle",
        )

    @staticmethod
    def _load_model_list(path: str) -> List[Dict[str, Any]]:
        try:
            with open(path) as fh:
                return yaml.safe_load(fh)["model_list"]
        except FileNotFoundError:
            log.warning("router model list %s missing, using defaults", path)
            return [
                {"model_name": "claims-default", "litellm_params": {"model": "gpt-4o-mini"}},
                {"model_name": "claims-default", "litellm_params": {"model": "mistral/mistral-small-latest"}},
                {"model_name": "claims-embed", "litellm_params": {"model": "text-embedding-3-small"}},
            ]

    def get_dependency(self, worker_ctx):
        return self.router


class TrackedLLM(DependencyProvider):
    """Injects the tracked multi-model service. Prefer this one for new code."""

    def get_dependency(self, worker_ctx):
        return multi_model_service
