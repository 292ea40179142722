"""Client factory.

Each skill builds its SDK clients from its own config block.  Clients are
cached per API key so that the several skills sharing a key do not each open
their own connection pool.
"""
import functools
import logging

import boto3
from anthropic import AsyncAnthropic
from botocore.config import Config as BotoConfig
from openai import AsyncOpenAI, OpenAI

from . import config as cfg

_LOGGER = logging.getLogger(__name__)

_BOTO_CONFIG = BotoConfig(retries={"max_attempts": 4, "mode": "adaptive"}, read_timeout=120)


@functools.lru_cache(maxsize=8)
def _openai_for_key(api_key, timeout=60.0):
    return AsyncOpenAI(api_key=api_key, timeout=timeout, max_retries=2)


@functools.lru_cache(maxsize=8)
def _anthropic_for_key(api_key):
    return AsyncAnthropic(api_key=api_key, max_retries=3)


@functools.lru_cache(maxsize=4)
def _bedrock_for_region(region):
    return boto3.client("bedrock-runtime", region_name=region, config=_BOTO_CONFIG)


def openai_client(config):
    """Async OpenAI client for a skill config."""
    return _openai_for_key(cfg.openai_key(config))


def sync_openai_client(config):
    """Sync client, for code that runs in executors / scripts."""
    return OpenAI(api_key=cfg.openai_key(config))


def anthropic_client(config):
    return _anthropic_for_key(cfg.anthropic_key(config))


def bedrock_runtime(config):
    return _bedrock_for_region(cfg.bedrock_region(config))


def bedrock_control_plane(config):
    """The *control plane* client (model listing etc.), not runtime."""
    return boto3.client("bedrock", region_name=cfg.bedrock_region(config))


def perplexity_client(config):
    """Perplexity speaks the OpenAI wire protocol."""
    return AsyncOpenAI(
        api_key=cfg.perplexity_key(config),
        base_url=cfg.PERPLEXITY_BASE_URL,
        timeout=90.0,
    )


class ClientBundle:
    """Everything a skill may need, built lazily from its config."""

    def __init__(self, config):
        self._config = config
        self._openai = None
        self._anthropic = None
        self._bedrock = None

    @property
    def openai(self):
        if self._openai is None:
            self._openai = openai_client(self._config)
        return self._openai

    @property
    def anthropic(self):
        if self._anthropic is None:
            self._anthropic = anthropic_client(self._config)
        return self._anthropic

    @property
    def bedrock(self):
        if self._bedrock is None:
            self._bedrock = bedrock_runtime(self._config)
        return self._bedrock
