"""Module-level clients from the 2023 prototype (pre-middleware). Do not add to this file."""
import os

import anthropic
from openai import OpenAI

OPENAI_CLIENT = OpenAI(api_key=os.environ.get("OPENAI_API_KEY"))
ANTHROPIC = anthropic.Anthropic(api_key=os.environ.get("ANTHROPIC_API_KEY"))

AZURE_ENDPOINT = os.environ.get("AZURE_OPENAI_ENDPOINT", "https://claims-eastus2.openai.azure.com")
AZURE_KEY = os.environ.get("AZURE_OPENAI_API_KEY", "")
AZURE_API_VERSION = "2023-05-15"
AZURE_DEPLOYMENT = "gpt35-claims"

OLLAMA_URL = os.environ.get("OLLAMA_URL", "http://gpu-01.claims.internal:11434")
