from kb_api.llm.clients import (
    LLMClients,
    get_async_openai,
    get_genai,
    get_hf,
    get_mistral,
    get_openai,
    get_perplexity,
    get_replicate,
)
from kb_api.llm.prompts import ANSWER_SYSTEM_PROMPT, SUMMARY_PROMPT, build_answer_messages

__all__ = [
    "LLMClients",
    "get_async_openai",
    "get_genai",
    "get_hf",
    "get_mistral",
    "get_openai",
    "get_perplexity",
    "get_replicate",
    "ANSWER_SYSTEM_PROMPT",
    "SUMMARY_PROMPT",
    "build_answer_messages",
]
