"""Clients for the analytics jobs (analytics/ is a namespace package: no __init__.py)."""
import os

from groq import Groq
from together import Together

groq_client = Groq(api_key=os.environ.get("GROQ_API_KEY"))
together_client = Together()


def get_together():
    return together_client
