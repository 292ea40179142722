"""``request.<provider>`` accessors.

These are reified so each request resolves the registry lookup once. The client
objects themselves are process-wide singletons.
"""
from .clients import get_ollama_client
from .interfaces import IAnthropicClient, IOpenAIClient, IWatsonxModel


def _openai(request):
    return request.registry.getUtility(IOpenAIClient)


def _anthropic(request):
    return request.registry.getUtility(IAnthropicClient)


def _deepseek(request):
    return request.registry["deepseek_client"]


def _watsonx(request):
    return request.registry.getUtility(IWatsonxModel, name="chat")


def _ollama(request):
    return get_ollama_client(request.registry.settings.get("ollama.host"))


def _llm_feature(request):
    """Feature tag passed to the usage tracker; derived from the matched route."""
    route = request.matched_route
    return route.name if route is not None else "unrouted"


def includeme(config):
    config.add_request_method(_openai, "openai", reify=True)
    config.add_request_method(_anthropic, "anthropic", reify=True)
    config.add_request_method(_deepseek, "deepseek", reify=True)
    config.add_request_method(_watsonx, "watsonx", reify=True)
    config.add_request_method(_ollama, "ollama_client", property=True)
    config.add_request_method(_llm_feature, "llm_feature", reify=True)
