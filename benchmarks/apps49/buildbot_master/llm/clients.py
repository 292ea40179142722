"""Client factories.

Clients are process-wide singletons: the buildmaster is long lived and the SDK
clients keep connection pools, so we build them lazily and cache them.  A
reconfig (``buildbot reconfig``) calls :func:`reset_clients` from master.cfg so
rotated keys get picked up.
"""
import functools
import logging
import os

import anthropic
import boto3
import cohere
from botocore.config import Config as BotoConfig
from openai import AsyncOpenAI, OpenAI

from llm.settings import load_settings

log = logging.getLogger(__name__)


@functools.lru_cache(maxsize=None)
def get_openai_client():
    settings = load_settings()
    return OpenAI(
        api_key=os.environ.get("OPENAI_API_KEY"),
        organization=os.environ.get("OPENAI_ORG_ID"),
        timeout=settings.request_timeout,
        max_retries=2,
    )


@functools.lru_cache(maxsize=None)
def get_async_openai_client():
    settings = load_settings()
    return AsyncOpenAI(timeout=settings.request_timeout, max_retries=2)


@functools.lru_cache(maxsize=None)
def get_anthropic_client():
    return anthropic.Anthropic(
        api_key=os.environ.get("ANTHROPIC_API_KEY"),
        max_retries=3,
    )


@functools.lru_cache(maxsize=None)
def get_bedrock_runtime(region=None):
    settings = load_settings()
    session = boto3.Session(profile_name=os.environ.get("CI_AWS_PROFILE"))
    return session.client(
        "bedrock-runtime",
        region_name=region or settings.bedrock_region,
        config=BotoConfig(retries={"max_attempts": 4, "mode": "adaptive"}, read_timeout=120),
    )


@functools.lru_cache(maxsize=None)
def get_cohere_client():
    return cohere.ClientV2(api_key=os.environ.get("CO_API_KEY"), timeout=60)


def reset_clients():
    for factory in (
        get_openai_client,
        get_async_openai_client,
        get_anthropic_client,
        get_bedrock_runtime,
        get_cohere_client,
    ):
        factory.cache_clear()
    log.info("LLM clients reset")
