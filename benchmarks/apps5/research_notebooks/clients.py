"""API clients used across the research scripts.

The common ones are created at import time so notebooks can just
``from clients import openai_client``. Anything that needs extra
setup (Gemini, Groq, the local Ollama box) goes through ``get_client``.
"""
import logging
import os

import anthropic
import cohere
import ollama
from dotenv import load_dotenv
from google import genai
from groq import Groq
from mistralai import Mistral
from openai import AsyncOpenAI, OpenAI
from together import Together

import config

load_dotenv(config.REPO_ROOT / ".env")
logger = logging.getLogger(__name__)

openai_client = OpenAI(
    api_key=os.environ.get("OPENAI_API_KEY"),
    organization=os.environ.get("OPENAI_ORG_ID"),
    max_retries=5,
    timeout=120.0,
)
async_openai_client = AsyncOpenAI(max_retries=5, timeout=120.0)

anthropic_client = anthropic.Anthropic(max_retries=5)

co = cohere.ClientV2(api_key=os.environ.get("COHERE_API_KEY"), timeout=60)

mistral_client = Mistral(api_key=os.environ.get("MISTRAL_API_KEY", ""))

together_client = Together(api_key=os.environ.get("TOGETHER_API_KEY"))

_gemini_client = None
_groq_client = None


def get_client(provider: str):
    """Return a ready client for ``provider``.

    Kept as a plain if/elif so it is obvious which env var each one needs.
    """
    global _gemini_client, _groq_client

    provider = provider.lower().strip()
    if provider == "openai":
        return openai_client
    elif provider == "anthropic":
        return anthropic_client
    elif provider in ("google", "gemini"):
        if _gemini_client is None:
            _gemini_client = genai.Client(api_key=os.environ["GEMINI_API_KEY"])
        return _gemini_client
    elif provider == "cohere":
        return co
    elif provider == "mistral":
        return mistral_client
    elif provider == "together":
        return together_client
    elif provider == "groq":
        if _groq_client is None:
            _groq_client = Groq(api_key=os.environ["GROQ_API_KEY"], max_retries=3)
        return _groq_client
    elif provider == "ollama":
        return ollama.Client(host=config.OLLAMA_URL)
    else:
        raise ValueError(f"unknown provider: {provider!r}")


def available_providers():
    """Providers whose key is present in the environment (ollama is always listed)."""
    keys = {
        "openai": "OPENAI_API_KEY",
        "anthropic": "ANTHROPIC_API_KEY",
        "google": "GEMINI_API_KEY",
        "cohere": "COHERE_API_KEY",
        "mistral": "MISTRAL_API_KEY",
        "together": "TOGETHER_API_KEY",
        "groq": "GROQ_API_KEY",
    }
    found = [name for name, var in keys.items() if os.environ.get(var)]
    found.append("ollama")
    logger.debug("providers with credentials: %s", found)
    return found
