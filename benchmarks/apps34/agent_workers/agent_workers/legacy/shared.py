"""Module-level clients from the original prototype (before clients.py existed)."""
import os

from openai import OpenAI

client = OpenAI(api_key=os.environ.get("OPENAI_API_KEY"))

# Grok was bolted on for the PR bot experiment; same SDK, different endpoint.
grok_client = OpenAI(api_key=os.environ.get("XAI_API_KEY"), base_url="https://api.x.ai/v1")

DEFAULT_MODEL = os.environ.get("LEGACY_MODEL", "gpt-4o-mini")
