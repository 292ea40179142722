"""Backend client factories and the registry used by the server."""
from ai_lsp.backends.anthropic_backend import AnthropicBackend, make_anthropic_client, make_sync_anthropic_client
from ai_lsp.backends.registry import CompletionRequest, CompletionResult
from ai_lsp.backends.openai_backend import FireworksConfig, make_fireworks_client
from ai_lsp.backends.mistral_backend import CodestralBackend, make_codestral_client, make_mistral_client
from ai_lsp.backends.ollama_backend import OllamaBackend, make_ollama_client
from ai_lsp.backends.openai_backend import OpenAIBackend, get_async_openai_client, get_openai_client
from ai_lsp.backends.registry import BackendNotConfigured, BackendRegistry


def build_registry(settings) -> BackendRegistry:
    reg = BackendRegistry()
    reg.register(
        "openai",
        lambda: OpenAIBackend(get_async_openai_client(settings.api_key("openai")), settings.openai_model),
    )
    reg.register(
        "anthropic",
        lambda: AnthropicBackend(make_anthropic_client(settings.api_key("anthropic")), settings.anthropic_model),
    )
    reg.register(
        "codestral",
        lambda: CodestralBackend(make_codestral_client(settings.api_key("mistral")), settings.codestral_model),
    )
    reg.register("ollama", lambda: OllamaBackend(make_ollama_client(settings.ollama_host), settings.ollama_model))
    reg.register(
        "fireworks",
        lambda: FireworksConfig(make_fireworks_client(settings.api_key("fireworks")), settings.fireworks_model),
    )
    return reg


__all__ = [
    "AnthropicBackend",
    "BackendNotConfigured",
    "BackendRegistry",
    "CodestralBackend",
    "CompletionRequest",
    "CompletionResult",
    "FireworksConfig",
    "OllamaBackend",
    "OpenAIBackend",
    "build_registry",
    "get_async_openai_client",
    "get_openai_client",
    "make_anthropic_client",
    "make_codestral_client",
    "make_fireworks_client",
    "make_mistral_client",
    "make_ollama_client",
    "make_sync_anthropic_client",
]
