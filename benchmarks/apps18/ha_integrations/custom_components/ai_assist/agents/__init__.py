"""Provider agents.

``AGENTS`` maps the provider key from the config entry to the agent class.  Import the
agent via ``create_agent`` rather than the modules directly.
"""

from __future__ import annotations

from typing import Any

from .anthropic_agent import AnthropicAgent
from .base import BaseAgent
from .google_agent import GoogleAgent
from .mistral_agent import MistralAgent
from .ollama_agent import OllamaAgent
from .openai_agent import AzureOpenAIAgent, OpenAIAgent
from .xai_agent import XaiAgent

AGENTS: dict[str, type[BaseAgent]] = {
    "openai": OpenAIAgent,
    "azure_openai": AzureOpenAIAgent,
    "anthropic": AnthropicAgent,
    "google": GoogleAgent,
    "ollama": OllamaAgent,
    "mistral": MistralAgent,
    "xai": XaiAgent,
}


def create_agent(provider: str, client: Any, options: dict[str, Any], default_model: str) -> BaseAgent:
    try:
        agent_cls = AGENTS[provider]
    except KeyError as err:
        raise ValueError(f"No agent for provider {provider}") from err
    return agent_cls(client, options, default_model)


__all__ = ["AGENTS", "BaseAgent", "create_agent"]
