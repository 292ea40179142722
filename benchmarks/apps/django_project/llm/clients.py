from django.conf import settings
from google import genai
from openai import OpenAI

import cohere

__all__ = ["openai_client", "gemini", "cohere_client", "DEFAULT_MODEL"]

DEFAULT_MODEL = settings.LLM_DEFAULT_MODEL

openai_client = OpenAI(api_key=settings.OPENAI_API_KEY)
gemini = genai.Client(api_key=settings.GEMINI_API_KEY)
cohere_client = cohere.ClientV2(api_key=settings.COHERE_API_KEY)

# kept out of __all__: only the gateway uses the raw Azure deployment
_azure_fallback = OpenAI(base_url="https://helpdesk-eu.openai.azure.com/openai/v1", api_key="")
