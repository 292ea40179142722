"""Client factories for the LLM providers we use.

Each factory is cached per-process: Celery workers run many jobs and we
don't want to rebuild HTTP pools on every run.  Credentials come from the
SecretsGroup configured in PLUGINS_CONFIG["nautobot_ai"]["secrets_group"].
"""

import functools
import os

import anthropic
import boto3
import ollama
from botocore.config import Config as BotoConfig
from mistralai import Mistral
from openai import AsyncOpenAI, OpenAI

from nautobot_ai.app_settings import get_setting
from nautobot_ai.secrets import MissingCredential, get_aws_credentials, get_provider_secret


def _api_key(provider, env_var):
    try:
        return get_provider_secret(provider)
    except MissingCredential:
        key = os.environ.get(env_var)
        if not key:
            raise
        return key


@functools.lru_cache(maxsize=1)
def get_openai_client():
    return OpenAI(
        api_key=_api_key("openai", "OPENAI_API_KEY"),
        timeout=get_setting("request_timeout", 60),
        max_retries=2,
    )


@functools.lru_cache(maxsize=1)
def get_async_openai_client():
    return AsyncOpenAI(api_key=_api_key("openai", "OPENAI_API_KEY"))


@functools.lru_cache(maxsize=1)
def get_anthropic_client():
    return anthropic.Anthropic(api_key=_api_key("anthropic", "ANTHROPIC_API_KEY"))


def get_async_anthropic_client():
    # Not cached: AsyncAnthropic binds to the running loop in some versions.
    return anthropic.AsyncAnthropic(api_key=_api_key("anthropic", "ANTHROPIC_API_KEY"))


@functools.lru_cache(maxsize=4)
def get_bedrock_runtime(region=None):
    region = region or get_setting("bedrock_region", "us-east-1")
    try:
        creds = get_aws_credentials()
    except MissingCredential:
        creds = {}  # fall back to the instance role
    session = boto3.session.Session(region_name=region, **creds)
    return session.client(
        "bedrock-runtime",
        config=BotoConfig(retries={"max_attempts": 3, "mode": "adaptive"}, read_timeout=120),
    )


@functools.lru_cache(maxsize=1)
def get_mistral_client():
    return Mistral(api_key=_api_key("mistral", "MISTRAL_API_KEY"))


@functools.lru_cache(maxsize=2)
def get_ollama_client(host=None):
    return ollama.Client(host=host or get_setting("ollama_host"), timeout=get_setting("request_timeout", 60))
