"""Clients used by several scripts. `shared/` is a plain folder (no __init__.py)."""
import os
from functools import lru_cache

from google import genai
from mistralai import Mistral

gemini = genai.Client(api_key=os.environ.get("GEMINI_API_KEY"))


@lru_cache(maxsize=None)
def get_mistral():
    return Mistral(api_key=os.environ["MISTRAL_API_KEY"])


def get_llm():
    import litellm

    return litellm
