"""Wire the provider clients into the Pyramid registry.

``config.include("lexreview.llm")`` from the app factory or from a bootstrap script.
"""
from .clients import (
    anthropic_client_from_settings,
    deepseek_client_from_settings,
    fireworks_client_from_settings,
    get_ollama_client,
    openai_client_from_settings,
    together_client_from_settings,
    watsonx_api_client_from_settings,
    watsonx_embeddings,
    watsonx_model,
)
from .interfaces import (
    IAnthropicClient,
    IFireworksClient,
    IOpenAIClient,
    ITogetherClient,
    IWatsonxEmbeddings,
    IWatsonxModel,
)

__all__ = [
    "get_ollama_client",
    "IAnthropicClient",
    "IFireworksClient",
    "IOpenAIClient",
    "ITogetherClient",
    "IWatsonxEmbeddings",
    "IWatsonxModel",
]


def includeme(config):
    settings = config.get_settings()
    registry = config.registry

    registry.registerUtility(openai_client_from_settings(settings), IOpenAIClient)
    registry.registerUtility(anthropic_client_from_settings(settings), IAnthropicClient)

    # DeepSeek was added later by the research team; they keep it in the registry's
    # dict interface rather than as a utility. TODO(LEX-398): make this a utility too.
    registry["deepseek_client"] = deepseek_client_from_settings(settings)
    registry["deepseek_model"] = settings.get("deepseek.model", "deepseek-chat")

    # pyramid_services; views use request.find_service(ITogetherClient)
    config.register_service(together_client_from_settings(settings), ITogetherClient)
    config.register_service(fireworks_client_from_settings(settings), IFireworksClient)

    wx = watsonx_api_client_from_settings(settings)
    registry.registerUtility(
        watsonx_model(wx, settings.get("watsonx.chat_model", "ibm/granite-3-8b-instruct")),
        IWatsonxModel,
        name="chat",
    )
    registry.registerUtility(
        watsonx_model(
            wx,
            settings.get("watsonx.redaction_model", "ibm/granite-3-2b-instruct"),
            params={"decoding_method": "greedy", "max_new_tokens": 2048},
        ),
        IWatsonxModel,
        name="redaction",
    )
    registry.registerUtility(watsonx_embeddings(wx), IWatsonxEmbeddings)

    config.include(".request_methods")
