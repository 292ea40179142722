"""
Client factories for the LLM execution modules.

These are loaded by the Salt loader as ``__utils__["llm_clients.<fn>"]``.
Clients are cached in ``__context__`` so a single minion run reuses the same
HTTP connection pools across state executions.

Configuration lives in the minion config or pillar under ``llm``::

    llm:
      default_profile: openai
      profiles:
        openai:
          provider: openai
          api_key: sdb://vault/llm/openai_key
          model: gpt-4o-mini
        claude:
          provider: anthropic
          api_key: sdb://vault/llm/anthropic_key
          model: claude-3-5-sonnet-latest
        cohere:
          provider: cohere
          api_key: sdb://vault/llm/cohere_key
      bedrock:
        region: us-east-1
"""
import logging
import os

import salt.utils.sdb
from salt.exceptions import CommandExecutionError, SaltInvocationError

try:
    import openai

    HAS_OPENAI = True
except ImportError:
    HAS_OPENAI = False

try:
    import anthropic

    HAS_ANTHROPIC = True
except ImportError:
    HAS_ANTHROPIC = False

try:
    import cohere

    HAS_COHERE = True
except ImportError:
    HAS_COHERE = False

try:
    import boto3
    from botocore.config import Config as BotoConfig

    HAS_BOTO3 = True
except ImportError:
    HAS_BOTO3 = False

log = logging.getLogger(__name__)

__virtualname__ = "llm_clients"

_CONTEXT_KEY = "llm_clients.cache"


def __virtual__():
    if not (HAS_OPENAI or HAS_ANTHROPIC or HAS_COHERE or HAS_BOTO3):
        return (False, "llm_clients: no LLM SDK is installed on this minion")
    return __virtualname__


def _cache():
    return __context__.setdefault(_CONTEXT_KEY, {})


def _llm_config():
    cfg = __opts__.get("llm", {}) or {}
    pillar_cfg = __pillar__.get("llm", {}) if "__pillar__" in globals() else {}
    merged = dict(cfg)
    merged.update(pillar_cfg or {})
    return merged


def get_profile(profile=None):
    cfg = _llm_config()
    name = profile or cfg.get("default_profile", "openai")
    profiles = cfg.get("profiles", {})
    if name in profiles:
        return dict(profiles[name], name=name)
    # allow passing a bare provider name as profile
    return {"name": name, "provider": name}


def _resolve_secret(value):
    if not value:
        return value
    if isinstance(value, str) and value.startswith("sdb://"):
        return salt.utils.sdb.sdb_get(value, __opts__)
    return value


def _api_key(profile, env_var):
    key = _resolve_secret(profile.get("api_key"))
    return key or os.environ.get(env_var)


def get_client(profile=None, **overrides):
    """
    Return a provider SDK client for ``profile``.

    The returned object is the raw SDK client (``openai.OpenAI``,
    ``anthropic.Anthropic``, ``cohere.ClientV2``).
    """
    prof = get_profile(profile)
    prof.update(overrides)
    provider = prof.get("provider", prof["name"])
    cache_key = (provider, prof["name"], prof.get("base_url"))
    cache = _cache()
    if cache_key in cache:
        return cache[cache_key]

    timeout = float(prof.get("timeout", 60))
    if provider in ("openai", "azure"):
        if not HAS_OPENAI:
            raise CommandExecutionError("openai SDK not installed")
        if provider == "azure":
            client = openai.AzureOpenAI(
                api_key=_api_key(prof, "AZURE_OPENAI_API_KEY"),
                azure_endpoint=prof["endpoint"],
                api_version=prof.get("api_version", "2024-06-01"),
                timeout=timeout,
            )
        else:
            client = openai.OpenAI(
                api_key=_api_key(prof, "OPENAI_API_KEY"),
                base_url=prof.get("base_url"),
                timeout=timeout,
                max_retries=int(prof.get("max_retries", 2)),
            )
    elif provider == "anthropic":
        if not HAS_ANTHROPIC:
            raise CommandExecutionError("anthropic SDK not installed")
        client = anthropic.Anthropic(
            api_key=_api_key(prof, "ANTHROPIC_API_KEY"), timeout=timeout
        )
    elif provider == "cohere":
        if not HAS_COHERE:
            raise CommandExecutionError("cohere SDK not installed")
        client = cohere.ClientV2(
            api_key=_api_key(prof, "CO_API_KEY"), timeout=timeout
        )
    else:
        raise SaltInvocationError("Unknown LLM provider: {}".format(provider))

    log.debug("llm_clients: created %s client for profile %s", provider, prof["name"])
    cache[cache_key] = client
    return client


def bedrock_runtime(region=None, profile_name=None):
    """
    Return a boto3 ``bedrock-runtime`` client.
    """
    if not HAS_BOTO3:
        raise CommandExecutionError("boto3 is required for Bedrock")
    cfg = _llm_config().get("bedrock", {})
    region = region or cfg.get("region", "us-east-1")
    cache_key = ("bedrock-runtime", region, profile_name)
    cache = _cache()
    if cache_key not in cache:
        session = boto3.session.Session(
            profile_name=profile_name or cfg.get("aws_profile"), region_name=region
        )
        cache[cache_key] = session.client(
            "bedrock-runtime",
            config=BotoConfig(retries={"max_attempts": 4, "mode": "adaptive"}),
        )
    return cache[cache_key]


def bedrock_control(region=None):
    """
    Control-plane client (model listing, guardrails). Not used for inference.
    """
    cfg = _llm_config().get("bedrock", {})
    return boto3.client("bedrock", region_name=region or cfg.get("region", "us-east-1"))


def default_model(profile=None):
    prof = get_profile(profile)
    defaults = {
        "openai": "gpt-4o-mini",
        "azure": "gpt-4o-mini",
        "anthropic": "claude-3-5-sonnet-latest",
        "cohere": "command-r-plus-08-2024",
    }
    return prof.get("model") or defaults.get(prof.get("provider", prof["name"]), "gpt-4o-mini")


def clear_cache():
    __context__.pop(_CONTEXT_KEY, None)
    return True
