"""Prefect blocks holding provider credentials.

Register new block types with ``prefect block register -m lib.blocks``.
"""
from __future__ import annotations

import os
from typing import Optional

from google import genai
from prefect.blocks.core import Block
from prefect.blocks.system import Secret
from pydantic import Field, SecretStr

from lib.errors import MissingCredentials

# block-name -> env var used as a fallback on laptops / in CI
_ENV_FALLBACK = {
    "gemini-api-key": "GEMINI_API_KEY",
    "mistral-api-key": "MISTRAL_API_KEY",
    "cohere-api-key": "COHERE_API_KEY",
    "hf-token": "HF_TOKEN",
    "typesense-api-key": "TYPESENSE_API_KEY",
}


def load_secret(block_name: str) -> str:
    """Value of a ``Secret`` block, falling back to the matching env var."""
    try:
        return Secret.load(block_name).get()
    except (ValueError, RuntimeError):
        env_name = _ENV_FALLBACK.get(block_name)
        value = os.environ.get(env_name) if env_name else None
        if not value:
            raise MissingCredentials(f"no Secret block {block_name!r} and no env fallback") from None
        return value


class GeminiCredentials(Block):
    """Gemini API key, or Vertex AI project settings.

    The translation flow runs on Vertex (EU data residency) while the rest uses the
    Gemini API key from the shared project.
    """

    _block_type_name = "Gemini Credentials"
    _logo_url = "https://www.gstatic.com/lamda/images/gemini_sparkle_v002_d4735304ff6292a690345.svg"

    api_key: Optional[SecretStr] = Field(default=None, description="Gemini API key")
    use_vertex: bool = Field(default=False)
    project: Optional[str] = None
    location: str = "europe-west4"

    def get_client(self) -> genai.Client:
        if self.use_vertex:
            return genai.Client(vertexai=True, project=self.project, location=self.location)
        if self.api_key is None:
            raise MissingCredentials("GeminiCredentials block has neither api_key nor use_vertex")
        return genai.Client(api_key=self.api_key.get_secret_value())


class OllamaServer(Block):
    """Address of a self-hosted Ollama box."""

    _block_type_name = "Ollama Server"

    host: str = "http://gpu-01.internal:11434"
    default_model: str = "llama3.1:8b"
    timeout_s: float = 120.0
