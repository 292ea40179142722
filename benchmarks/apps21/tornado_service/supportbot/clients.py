"""Construction of the provider clients.

Clients are created once in ``make_app`` and hung off the Application; handlers
reach them through ``BaseHandler`` properties or through ``initialize`` kwargs.
Nothing in here should perform a request.
"""
import functools
import logging

import cohere
import voyageai
from anthropic import AsyncAnthropic
from openai import AsyncAzureOpenAI, AsyncOpenAI, OpenAI
from tornado.httpclient import AsyncHTTPClient

from supportbot.config import options, secret

log = logging.getLogger(__name__)

XAI_BASE_URL = "https://api.x.ai/v1"


class ClientBundle:
    """Container for every outbound AI client the service uses."""

    def __init__(self, openai, anthropic, voyage, cohere_client, xai, http):
        self.openai = openai
        self.anthropic = anthropic
        self.voyage = voyage
        self.cohere = cohere_client
        self.xai = xai
        self.http = http

    async def close(self):
        await self.openai.close()
        await self.anthropic.close()
        await self.xai.close()
        self.http.close()


def build_openai_client():
    if options.use_azure:
        log.info("using Azure OpenAI at %s", options.azure_endpoint)
        return AsyncAzureOpenAI(
            azure_endpoint=options.azure_endpoint,
            api_key=secret("AZURE_OPENAI_API_KEY"),
            api_version=options.azure_api_version,
        )
    return AsyncOpenAI(api_key=secret("OPENAI_API_KEY"), max_retries=2, timeout=30.0)


def build_xai_client():
    return AsyncOpenAI(api_key=secret("XAI_API_KEY"), base_url=XAI_BASE_URL)


def build_clients():
    bundle = ClientBundle(
        openai=build_openai_client(),
        anthropic=AsyncAnthropic(api_key=secret("ANTHROPIC_API_KEY"), max_retries=3),
        voyage=voyageai.AsyncClient(api_key=secret("VOYAGE_API_KEY")),
        cohere_client=cohere.AsyncClientV2(api_key=secret("COHERE_API_KEY")),
        xai=build_xai_client(),
        http=AsyncHTTPClient(),
    )
    return bundle


@functools.lru_cache(maxsize=1)
def get_sync_openai():
    """Blocking client for scripts and executor-bound legacy code."""
    return OpenAI(api_key=secret("OPENAI_API_KEY"))


@functools.lru_cache(maxsize=1)
def get_voyage_sync():
    return voyageai.Client(api_key=secret("VOYAGE_API_KEY"))


def chat_model_name():
    # Azure routes by deployment name, not model name.
    return options.azure_deployment if options.use_azure else options.chat_model
