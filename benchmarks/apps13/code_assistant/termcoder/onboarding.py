"""First-run setup: find or ask for API keys and pick a default model."""

import os
from typing import Dict, Optional

import anthropic
from google import genai

from .config import API_KEY_ENV
from .logging_setup import get_logger
from .providers.clients import check_openai_key
from .providers.ollama_local import installed_models

log = get_logger(__name__)

DEFAULT_BY_VENDOR = {
    "anthropic": "sonnet",
    "openai": "gpt-4.1",
    "deepseek": "deepseek",
    "gemini": "gemini",
    "groq": "llama",
}


def verify_anthropic_key(api_key: str) -> bool:
    client = anthropic.Anthropic(api_key=api_key, max_retries=0, timeout=15)
    try:
        client.messages.create(
            model="claude-3-5-haiku-latest",
            max_tokens=1,
            messages=[{"role": "user", "content": "hi"}],
        )
    except anthropic.AuthenticationError:
        return False
    except anthropic.APIError as err:
        # rate limits or overload still prove the key is valid
        log.info("anthropic key check got %s; treating key as valid", type(err).__name__)
    return True


def verify_gemini_key(api_key: str) -> bool:
    client = genai.Client(api_key=api_key)
    try:
        next(iter(client.models.list(config={"page_size": 1})), None)
    except Exception as err:
        log.info("gemini key check failed: %s", err)
        return False
    return True


VERIFIERS = {
    "anthropic": verify_anthropic_key,
    "openai": check_openai_key,
    "gemini": verify_gemini_key,
}


def available_vendors() -> Dict[str, bool]:
    found = {}
    for vendor, env_var in API_KEY_ENV.items():
        key = os.environ.get(env_var)
        if not key:
            continue
        verify = VERIFIERS.get(vendor)
        found[vendor] = verify(key) if verify else True
    return found


def pick_default_model(io) -> Optional[str]:
    vendors = available_vendors()
    for vendor in ("anthropic", "openai", "gemini", "deepseek", "groq"):
        if vendors.get(vendor):
            name = DEFAULT_BY_VENDOR[vendor]
            io.tool_output(f"Found {API_KEY_ENV[vendor]}, using {name} as the default model.")
            return name
    bad = [v for v, ok in vendors.items() if not ok]
    if bad:
        io.tool_warning("These API keys were rejected: " + ", ".join(bad))
    local = installed_models()
    if local:
        io.tool_output(f"No API keys found; using local Ollama model {local[0]}.")
        return "ollama/" + local[0]
    io.tool_error("No API keys found and Ollama is not running. See https://termcoder.dev/docs/keys")
    return None
