"""Per-worker provider clients.

Created once per Celery child process from the ``worker_process_init`` signal
(see ``docintel.tasks.signals``). Outside of a worker (shell, tests, flask)
the clients are created lazily on first access.
"""
import logging
import threading
from typing import Dict, Optional

import boto3
import voyageai
from anthropic import AnthropicBedrock, AsyncAnthropicBedrock
from botocore.config import Config
from openai import AsyncAzureOpenAI, AzureOpenAI

from docintel.core.settings import Settings, settings as default_settings
from docintel.services.watsonx import build_embeddings, build_model_inference

log = logging.getLogger(__name__)


class WorkerClients:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._settings: Settings = default_settings
        self._azure: Optional[AzureOpenAI] = None
        self._bedrock = None
        self._claude: Optional[AnthropicBedrock] = None
        self._voyage: Optional[voyageai.Client] = None
        self._watsonx_models: Dict[str, object] = {}
        self._watsonx_embeddings = None
        self.initialised = False

    # -- lifecycle -------------------------------------------------------
    def init(self, settings: Settings) -> None:
        with self._lock:
            self._settings = settings
            self._azure = None
            self._bedrock = None
            self._claude = None
            self._voyage = None
            self._watsonx_models.clear()
            self._watsonx_embeddings = None
            self.initialised = True
        log.info("worker clients reset", extra={"env": settings.env})

    def close(self) -> None:
        if self._azure is not None:
            self._azure.close()
        if self._claude is not None:
            self._claude.close()
        self._azure = self._claude = None

    # -- providers -------------------------------------------------------
    @property
    def azure(self) -> AzureOpenAI:
        if self._azure is None:
            s = self._settings
            self._azure = AzureOpenAI(
                azure_endpoint=s.azure_openai_endpoint,
                api_key=s.azure_openai_api_key,
                api_version=s.azure_openai_api_version,
                max_retries=2,
                timeout=90.0,
            )
        return self._azure

    @property
    def bedrock(self):
        if self._bedrock is None:
            session = boto3.session.Session(region_name=self._settings.bedrock_region)
            self._bedrock = session.client(
                "bedrock-runtime",
                config=Config(retries={"max_attempts": 5, "mode": "adaptive"}, read_timeout=300),
            )
        return self._bedrock

    @property
    def claude(self) -> AnthropicBedrock:
        if self._claude is None:
            self._claude = AnthropicBedrock(aws_region=self._settings.bedrock_region, max_retries=3)
        return self._claude

    @property
    def voyage(self) -> voyageai.Client:
        if self._voyage is None:
            self._voyage = voyageai.Client(api_key=self._settings.voyage_api_key, max_retries=4)
        return self._voyage

    def watsonx_model(self, model_id: str, params: Optional[dict] = None):
        key = model_id
        model = self._watsonx_models.get(key)
        if model is None:
            model = build_model_inference(model_id, params=params)
            self._watsonx_models[key] = model
        return model

    def watsonx_embeddings(self):
        if self._watsonx_embeddings is None:
            self._watsonx_embeddings = build_embeddings(self._settings.watsonx_embedding_model)
        return self._watsonx_embeddings


clients = WorkerClients()


def get_clients() -> WorkerClients:
    return clients


def get_azure_client() -> AzureOpenAI:
    return clients.azure


def make_async_azure() -> AsyncAzureOpenAI:
    """Async clients are bound to the event loop they were first used on, and
    tasks run each coroutine under a fresh ``asyncio.run``; so no caching here."""
    s = clients._settings
    return AsyncAzureOpenAI(
        azure_endpoint=s.azure_openai_endpoint,
        api_key=s.azure_openai_api_key,
        api_version=s.azure_openai_api_version,
        max_retries=2,
    )


def make_async_claude() -> AsyncAnthropicBedrock:
    return AsyncAnthropicBedrock(aws_region=clients._settings.bedrock_region, max_retries=3)
