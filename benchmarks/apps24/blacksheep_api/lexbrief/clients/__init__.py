"""Shared provider clients.

Import from here, not from the submodules, so we can swap construction later.
"""
from lexbrief.clients.bundle import ProviderClients, ProviderRegistry
from lexbrief.clients.fireworks import FireworksClient, build_fireworks
from lexbrief.clients.gemini import get_gemini, summary_config
from lexbrief.clients.openai_client import build_openai, build_sync_openai
from lexbrief.clients.vendors import build_anthropic, build_cohere
from lexbrief.clients.voyage import VoyageClient, build_voyage

__all__ = [
    "FireworksClient",
    "ProviderClients",
    "ProviderRegistry",
    "VoyageClient",
    "build_anthropic",
    "build_cohere",
    "build_fireworks",
    "build_openai",
    "build_sync_openai",
    "build_voyage",
    "get_gemini",
    "summary_config",
]
