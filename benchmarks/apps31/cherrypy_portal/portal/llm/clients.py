"""Cached client getters for code that runs outside the engine (scripts, workers).

Newer services should prefer the registry; these stay because the nightly
scripts and the KB indexer were written against them.
"""
from functools import lru_cache

from google import genai
from ibm_watsonx_ai import APIClient, Credentials
from ibm_watsonx_ai.foundation_models import ModelInference
from openai import AsyncOpenAI, OpenAI

from portal.config import settings


@lru_cache(maxsize=1)
def get_embedding_client():
    return OpenAI(api_key=settings.llm.openai_api_key, max_retries=3)


@lru_cache(maxsize=1)
def get_async_openai():
    return AsyncOpenAI(api_key=settings.llm.openai_api_key)


@lru_cache(maxsize=1)
def get_fireworks_client():
    return OpenAI(
        api_key=settings.llm.fireworks_api_key,
        base_url=settings.llm.fireworks_base_url,
    )


@lru_cache(maxsize=1)
def get_gemini_client():
    return genai.Client(api_key=settings.llm.google_api_key)


@lru_cache(maxsize=4)
def get_watsonx_model(model_id=None):
    creds = Credentials(url=settings.llm.watsonx_url, api_key=settings.llm.watsonx_api_key)
    api_client = APIClient(creds, project_id=settings.llm.watsonx_project_id)
    return ModelInference(
        model_id=model_id or settings.llm.watsonx_model,
        api_client=api_client,
    )
