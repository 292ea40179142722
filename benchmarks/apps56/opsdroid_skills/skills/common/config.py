"""Helpers for reading per-skill configuration.

opsdroid hands every skill its own ``config`` dict (the block under
``skills:`` in configuration.yaml).  Values that start with ``$`` are
expanded by opsdroid itself, but older deployments still pass literal
env var names, so we resolve them again here.
"""
import logging
import os

_LOGGER = logging.getLogger(__name__)

DEFAULT_OPENAI_MODEL = "gpt-4o-mini"
DEFAULT_ANTHROPIC_MODEL = "claude-3-5-haiku-latest"
DEFAULT_BEDROCK_REGION = "us-east-1"
PERPLEXITY_BASE_URL = "https://api.perplexity.ai"


class MissingSetting(RuntimeError):
    """Raised when a skill is missing a required setting."""


def _expand(value):
    if isinstance(value, str) and value.startswith("$"):
        return os.environ.get(value[1:], "")
    return value


def setting(config, key, default=None, required=False):
    """Read ``key`` from a skill config, falling back to the environment."""
    value = _expand((config or {}).get(key))
    if not value:
        value = os.environ.get(key.upper(), default)
    if required and not value:
        raise MissingSetting(f"skill setting '{key}' is required")
    return value


def openai_key(config):
    return setting(config, "openai_api_key", required=True)


def anthropic_key(config):
    return setting(config, "anthropic_api_key", required=True)


def perplexity_key(config):
    return setting(config, "perplexity_api_key", required=True)


def bedrock_region(config):
    return setting(config, "bedrock_region", DEFAULT_BEDROCK_REGION)


def room(config, default="#ops"):
    return setting(config, "room", default)
