"""Clients shared by the FastAPI shim, built once in the lifespan handler."""
from __future__ import annotations

import os
from dataclasses import dataclass

import mlflow
from fastapi import Request
from anthropic import AsyncAnthropic
from cohere import AsyncClientV2
from openai import AsyncAzureOpenAI

from docai_models.config import ProviderSettings
from docai_models.providers import build_async_anthropic, build_async_azure_client, build_async_cohere


@dataclass
class ShimState:
    azure: AsyncAzureOpenAI
    claude: AsyncAnthropic
    cohere: AsyncClientV2
    triage_deployment: str
    extractor: object | None = None


def build_state() -> ShimState:
    azure_settings = ProviderSettings(
        name="azure_openai",
        model=os.environ.get("TRIAGE_DEPLOYMENT", "gpt-4o-triage"),
        endpoint=os.environ["AZURE_OPENAI_ENDPOINT"],
    )
    state = ShimState(
        azure=build_async_azure_client(azure_settings),
        claude=build_async_anthropic(ProviderSettings(name="anthropic", model="claude-3-5-haiku-20241022")),
        cohere=build_async_cohere(ProviderSettings(name="cohere", model="command-r-08-2024")),
        triage_deployment=azure_settings.model,
    )
    extractor_uri = os.environ.get("EXTRACTOR_MODEL_URI")
    if extractor_uri:
        state.extractor = mlflow.pyfunc.load_model(extractor_uri)
    return state


# --- FastAPI dependencies ---
def get_state(request: Request) -> ShimState:
    return request.app.state.shim


def get_claude(request: Request):
    return request.app.state.shim.claude


def get_cohere(request: Request):
    return request.app.state.shim.cohere
