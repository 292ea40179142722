"""Process-wide cached clients.

Luigi workers are long-lived processes; building an SDK client per task
instance leaks connection pools, so tasks fetch clients through these getters.
"""
import functools

from enrichment.llm.factory import build_client


@functools.lru_cache(maxsize=None)
def get_client(provider):
    return build_client(provider)


def get_openai():
    return get_client("openai")


def get_anthropic():
    return get_client("anthropic")


def get_mistral():
    return get_client("mistral")


def get_cohere():
    return get_client("cohere")


def get_genai():
    return get_client("google")


def get_together():
    return get_client("together")


def get_bedrock():
    return get_client("bedrock")


def reset_clients():
    get_client.cache_clear()
