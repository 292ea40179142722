"""Clients by provider name, so features can be switched in settings."""
from anthropic import Anthropic
from django.conf import settings
from mistralai import Mistral
from openai import OpenAI
from together import Together

CLIENTS = {
    "openai": OpenAI(api_key=settings.OPENAI_API_KEY),
    "anthropic": Anthropic(api_key=settings.ANTHROPIC_API_KEY),
    "mistral": Mistral(api_key=settings.MISTRAL_API_KEY),
    "together": Together(api_key=settings.TOGETHER_API_KEY),
}


def get_client(provider: str):
    return CLIENTS[provider]
