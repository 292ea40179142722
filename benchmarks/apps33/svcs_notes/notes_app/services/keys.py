"""Service keys for things that share a Python type.

Several of our clients are plain ``openai.OpenAI`` instances pointed at
different servers, so we register them under ``Annotated`` keys.
"""

from __future__ import annotations

from typing import Annotated, NewType

import openai

# openai SDK talking to the local Ollama server (OpenAI-compatible endpoint)
LocalLLM = Annotated[openai.OpenAI, "ollama-openai-compat"]

# Azure deployment used by the enterprise tenants, same SDK type
AzureLLM = Annotated[openai.AzureOpenAI, "azure"]

# string keys for config values
DatabasePath = NewType("DatabasePath", str)
FeatureFlags = NewType("FeatureFlags", dict)
