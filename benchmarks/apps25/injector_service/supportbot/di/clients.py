"""Provider SDK clients.

Every client is a process-wide singleton. Keep construction here: services
should ask for a client by type (or by a key from ``supportbot.keys``) and
never build their own.
"""
from __future__ import annotations

import logging

import anthropic
import cohere
import httpx
import openai
from cerebras.cloud.sdk import Cerebras
from ibm_watsonx_ai import APIClient, Credentials
from ibm_watsonx_ai.foundation_models import Embeddings, ModelInference
from injector import Module, provider, singleton
from xai_sdk import Client as XaiClient

from supportbot.keys import (
    DeepSeekClient,
    FastIntentClient,
    GraniteChat,
    GraniteEmbeddings,
    GrokCompatClient,
    PrimaryChatClient,
    RequestTimeout,
    SearchClient,
)
from supportbot.settings import Settings

log = logging.getLogger(__name__)

_DEFAULT_HEADERS = {"X-Client-App": "ledgerline-supportbot"}


class LLMClientsModule(Module):
    """Binds one client per provider.

    Registered in ``supportbot.di.build_injector``; tests replace this module
    with ``tests.conftest.FakeClientsModule``.
    """

    # ----------------------------------------------------------------- OpenAI
    @singleton
    @provider
    def provide_openai(self, settings: Settings, timeout: RequestTimeout) -> openai.OpenAI:
        return openai.OpenAI(
            api_key=str(settings.openai_api_key),
            organization=settings.openai_org,
            timeout=float(timeout),
            max_retries=2,
            default_headers=_DEFAULT_HEADERS,
        )

    @singleton
    @provider
    def provide_async_openai(self, settings: Settings, timeout: RequestTimeout) -> openai.AsyncOpenAI:
        return openai.AsyncOpenAI(
            api_key=str(settings.openai_api_key),
            organization=settings.openai_org,
            timeout=float(timeout),
            default_headers=_DEFAULT_HEADERS,
        )

    @singleton
    @provider
    def provide_primary_chat(self, client: openai.AsyncOpenAI) -> PrimaryChatClient:
        # Same underlying client for now; split out when we move chat to a
        # dedicated project key (FIN-OPS asked for separate billing).
        return PrimaryChatClient(client)

    # --------------------------------------------------------------- DeepSeek
    @singleton
    @provider
    def provide_deepseek(self, settings: Settings) -> DeepSeekClient:
        client = openai.OpenAI(
            api_key=str(settings.deepseek_api_key),
            base_url=settings.deepseek_base_url,
            timeout=httpx.Timeout(60.0, connect=5.0),
        )
        return DeepSeekClient(client)

    # -------------------------------------------------------------------- xAI
    @singleton
    @provider
    def provide_xai(self, settings: Settings) -> XaiClient:
        return XaiClient(api_key=str(settings.xai_api_key), timeout=120)

    @singleton
    @provider
    def provide_grok_compat(self, settings: Settings) -> GrokCompatClient:
        return GrokCompatClient(
            openai.AsyncOpenAI(api_key=str(settings.xai_api_key), base_url=settings.xai_base_url)
        )

    # -------------------------------------------------------------- Anthropic
    @singleton
    @provider
    def provide_anthropic(self, settings: Settings) -> anthropic.Anthropic:
        return anthropic.Anthropic(api_key=str(settings.anthropic_api_key), max_retries=3)

    @singleton
    @provider
    def provide_async_anthropic(self, settings: Settings) -> anthropic.AsyncAnthropic:
        return anthropic.AsyncAnthropic(api_key=str(settings.anthropic_api_key), max_retries=3)

    # ----------------------------------------------------------------- Cohere
    @singleton
    @provider
    def provide_cohere(self, settings: Settings) -> cohere.ClientV2:
        return cohere.ClientV2(api_key=str(settings.cohere_api_key), timeout=30)

    @singleton
    @provider
    def provide_search_client(self, client: cohere.ClientV2) -> SearchClient:
        return SearchClient(client)

    # ---------------------------------------------------------------- watsonx
    @singleton
    @provider
    def provide_watsonx_api(self, settings: Settings) -> APIClient:
        credentials = Credentials(url=settings.watsonx_url, api_key=str(settings.watsonx_api_key))
        return APIClient(credentials, project_id=settings.watsonx_project_id)

    @singleton
    @provider
    def provide_granite_chat(self, api: APIClient, settings: Settings) -> GraniteChat:
        model = ModelInference(
            model_id=settings.granite_model,
            api_client=api,
            project_id=settings.watsonx_project_id,
            params={"max_new_tokens": 800, "temperature": 0.1},
        )
        return GraniteChat(model)

    @singleton
    @provider
    def provide_granite_embeddings(self, api: APIClient, settings: Settings) -> GraniteEmbeddings:
        return GraniteEmbeddings(
            Embeddings(
                model_id=settings.granite_embed_model,
                api_client=api,
                project_id=settings.watsonx_project_id,
            )
        )

    # --------------------------------------------------------------- Cerebras
    @singleton
    @provider
    def provide_cerebras(self, settings: Settings) -> Cerebras:
        return Cerebras(api_key=str(settings.cerebras_api_key), warm_tcp_connection=False)

    @singleton
    @provider
    def provide_fast_intent(self, client: Cerebras) -> FastIntentClient:
        return FastIntentClient(client)
