"""Provider client construction.

Everything that builds an SDK client lives here so that keys and base URLs
are only read in one place.  ``ClientFactory`` is stored on every Bottle app
as ``app.config["hr.client_factory"]``; the module level getters exist for
scripts and for the legacy code that predates the factory.
"""

from __future__ import annotations

import functools
import logging
import os
import threading

import anthropic
import cohere
import ollama
from ibm_watsonx_ai import APIClient, Credentials
from ibm_watsonx_ai.foundation_models import Embeddings, ModelInference
from ibm_watsonx_ai.foundation_models.rerank import Rerank
from mistralai import Mistral
from openai import AzureOpenAI, OpenAI

from hrassist.config import Settings, load_settings

log = logging.getLogger(__name__)


class ClientFactory:
    """Lazily builds and caches one client per provider.

    SDK clients are thread safe (httpx pools underneath), so a single
    instance is shared by the request threads and the background worker.
    """

    def __init__(self, settings: Settings):
        self.settings = settings
        self._lock = threading.Lock()
        self._cache: dict[str, object] = {}

    def _memo(self, key, builder):
        with self._lock:
            if key not in self._cache:
                log.debug("building %s client", key)
                self._cache[key] = builder()
            return self._cache[key]

    # -- OpenAI family -------------------------------------------------
    def openai(self) -> OpenAI:
        return self._memo(
            "openai",
            lambda: OpenAI(api_key=self.settings.openai_api_key, max_retries=3, timeout=60),
        )

    def azure(self) -> AzureOpenAI:
        s = self.settings
        return self._memo(
            "azure",
            lambda: AzureOpenAI(
                azure_endpoint=s.azure_endpoint,
                api_key=s.azure_api_key,
                api_version=s.azure_api_version,
            ),
        )

    def chat_client(self):
        """The client the Q&A endpoints should use (Azure in prod EU)."""
        return self.azure() if self.settings.use_azure else self.openai()

    def together(self) -> OpenAI:
        s = self.settings
        return self._memo(
            "together",
            lambda: OpenAI(api_key=s.together_api_key, base_url=s.together_base_url),
        )

    # -- others --------------------------------------------------------
    def anthropic(self) -> anthropic.Anthropic:
        return self._memo(
            "anthropic",
            lambda: anthropic.Anthropic(api_key=self.settings.anthropic_api_key),
        )

    def mistral(self) -> Mistral:
        return self._memo("mistral", lambda: Mistral(api_key=self.settings.mistral_api_key))

    def cohere(self) -> cohere.ClientV2:
        return self._memo("cohere", lambda: cohere.ClientV2(api_key=self.settings.cohere_api_key))

    def ollama(self) -> ollama.Client:
        return self._memo("ollama", lambda: ollama.Client(host=self.settings.ollama_host))

    # -- watsonx -------------------------------------------------------
    def watsonx_credentials(self) -> Credentials:
        return Credentials(url=self.settings.watsonx_url, api_key=self.settings.watsonx_api_key)

    def watsonx_api(self) -> APIClient:
        return self._memo(
            "watsonx_api",
            lambda: APIClient(
                credentials=self.watsonx_credentials(),
                project_id=self.settings.watsonx_project_id,
            ),
        )

    def watsonx_model(self, model_id: str | None = None) -> ModelInference:
        model_id = model_id or self.settings.watsonx_model
        return self._memo(
            f"watsonx:{model_id}",
            lambda: ModelInference(
                model_id=model_id,
                api_client=self.watsonx_api(),
                project_id=self.settings.watsonx_project_id,
                params={"max_new_tokens": 900, "decoding_method": "greedy"},
            ),
        )

    def watsonx_embeddings(self) -> Embeddings:
        return self._memo(
            "watsonx_embeddings",
            lambda: Embeddings(
                model_id="ibm/slate-125m-english-rtrvr-v2",
                api_client=self.watsonx_api(),
                project_id=self.settings.watsonx_project_id,
            ),
        )

    def watsonx_reranker(self) -> Rerank:
        return self._memo(
            "watsonx_rerank",
            lambda: Rerank(
                model_id=self.settings.watsonx_rerank_model,
                credentials=self.watsonx_credentials(),
                project_id=self.settings.watsonx_project_id,
            ),
        )

    def close(self) -> None:
        with self._lock:
            for key, client in self._cache.items():
                closer = getattr(client, "close", None)
                if callable(closer):
                    try:
                        closer()
                    except Exception:  # pragma: no cover - best effort on shutdown
                        log.warning("could not close %s client", key, exc_info=True)
            self._cache.clear()


# ---------------------------------------------------------------------------
# Module level getters (scripts + legacy).  Prefer the factory in new code.
# ---------------------------------------------------------------------------

@functools.lru_cache(maxsize=1)
def _default_settings() -> Settings:
    return load_settings(os.environ.get("POLICYPAL_INI"))


@functools.lru_cache(maxsize=1)
def get_openai_client() -> OpenAI:
    return OpenAI(api_key=_default_settings().openai_api_key)


@functools.lru_cache(maxsize=1)
def get_anthropic_client() -> anthropic.Anthropic:
    return anthropic.Anthropic(api_key=_default_settings().anthropic_api_key)


@functools.lru_cache(maxsize=1)
def get_cohere_client() -> cohere.ClientV2:
    return cohere.ClientV2(api_key=_default_settings().cohere_api_key)


@functools.lru_cache(maxsize=1)
def get_mistral_client() -> Mistral:
    return Mistral(api_key=_default_settings().mistral_api_key)


def default_factory() -> ClientFactory:
    return ClientFactory(_default_settings())
