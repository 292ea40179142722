"""Provider client factories.

Construct clients here, not at import time in services (see LEX-702, cold start went to 9s
when every module built its own boto3 session).
"""
from app.clients.azure_openai import build_async_azure_client, get_async_azure_openai, get_azure_openai
from app.clients.bedrock import get_bedrock_control, get_bedrock_runtime, make_bedrock_runtime
from app.clients.groq_client import async_groq_client, groq_client
from app.clients.voyage import build_async_voyage, get_voyage

__all__ = [
    "async_groq_client",
    "build_async_azure_client",
    "build_async_voyage",
    "get_async_azure_openai",
    "get_azure_openai",
    "get_bedrock_control",
    "get_bedrock_runtime",
    "get_voyage",
    "groq_client",
    "make_bedrock_runtime",
]
