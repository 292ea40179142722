"""Client factory keyed by provider name.

Every provider SDK is constructed here so that timeouts/retries are set in one
place.  Do not construct SDK clients in tasks -- use ``enrichment.llm``.
"""
import logging

import anthropic
import boto3
import cohere
from botocore.config import Config as BotoConfig
from google import genai
from mistralai import Mistral
from openai import OpenAI

from enrichment.config import llm_providers

log = logging.getLogger(__name__)

SUPPORTED_PROVIDERS = ("openai", "anthropic", "mistral", "cohere", "google", "together", "bedrock")


def _openai(cfg):
    return OpenAI(
        api_key=cfg.openai_api_key or None,
        timeout=cfg.request_timeout,
        max_retries=cfg.max_retries,
    )


def _anthropic(cfg):
    return anthropic.Anthropic(
        api_key=cfg.anthropic_api_key or None,
        timeout=cfg.request_timeout,
        max_retries=cfg.max_retries,
    )


def _mistral(cfg):
    return Mistral(api_key=cfg.mistral_api_key, timeout_ms=int(cfg.request_timeout * 1000))


def _cohere(cfg):
    return cohere.ClientV2(api_key=cfg.cohere_api_key, timeout=cfg.request_timeout)


def _google(cfg):
    return genai.Client(api_key=cfg.google_api_key)


def _together(cfg):
    # Together speaks the OpenAI wire protocol; we reuse the openai SDK.
    return OpenAI(
        api_key=cfg.together_api_key,
        base_url=cfg.together_base_url,
        timeout=cfg.request_timeout,
        max_retries=cfg.max_retries,
    )


def _bedrock(cfg):
    session = boto3.Session(profile_name=cfg.aws_profile) if cfg.aws_profile else boto3.Session()
    return session.client(
        "bedrock-runtime",
        region_name=cfg.aws_region,
        config=BotoConfig(read_timeout=int(cfg.request_timeout), retries={"max_attempts": cfg.max_retries + 1}),
    )


_BUILDERS = {
    "openai": _openai,
    "anthropic": _anthropic,
    "mistral": _mistral,
    "cohere": _cohere,
    "google": _google,
    "google-genai": _google,
    "together": _together,
    "bedrock": _bedrock,
}


def build_client(provider, cfg=None):
    """Return a fresh SDK client for ``provider``."""
    try:
        builder = _BUILDERS[provider]
    except KeyError:
        raise ValueError(f"unknown LLM provider {provider!r}; expected one of {SUPPORTED_PROVIDERS}")
    cfg = cfg or llm_providers()
    log.debug("building %s client", provider)
    return builder(cfg)


def register_builder(provider, builder):
    """Hook used by tests and by the sandbox profile to plug in fakes."""
    _BUILDERS[provider] = builder
