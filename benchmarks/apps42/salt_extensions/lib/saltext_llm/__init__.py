"""
saltext_llm - helper library installed on minions/masters via
``salt://llm/pip.sls``. Used by the custom modules in this repository when
they need something that doesn't fit the loader model (long-lived clients,
retry helpers, tracked calls).
"""
from saltext_llm.clients import bedrock_runtime, get_anthropic, get_cohere, get_openai
from saltext_llm.completion import complete, embed_texts
from saltext_llm.retry import with_retries

__all__ = [
    "bedrock_runtime",
    "complete",
    "embed_texts",
    "get_anthropic",
    "get_cohere",
    "get_openai",
    "with_retries",
]

__version__ = "0.7.2"
