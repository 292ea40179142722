"""Module-level clients from the 2023 notebooks era.

Still imported by the claim triage v1 model and the notes summariser. New code: use
``docai_models.providers.ProviderRegistry``.
"""
import os

import cohere
from openai import AzureOpenAI

azure_client = AzureOpenAI(
    azure_endpoint=os.environ.get("AZURE_OPENAI_ENDPOINT", "https://docai-eastus2.openai.azure.com"),
    api_key=os.environ.get("AZURE_OPENAI_API_KEY"),
    api_version="2024-02-01",
)

TRIAGE_DEPLOYMENT = os.environ.get("TRIAGE_DEPLOYMENT", "gpt-4o-triage")
NOTES_DEPLOYMENT = os.environ.get("NOTES_DEPLOYMENT", "gpt-35-turbo-notes")

co = cohere.Client(api_key=os.environ.get("COHERE_API_KEY"))
