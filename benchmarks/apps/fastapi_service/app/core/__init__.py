from .clients import bedrock, claude, openai_client
from .llm import get_anthropic, get_groq, get_llm, get_openai

__all__ = [
    "bedrock",
    "claude",
    "openai_client",
    "get_anthropic",
    "get_groq",
    "get_llm",
    "get_openai",
]
