from .clients import (  # noqa: F401
    deployment,
    get_async_azure_openai_client,
    get_async_cohere_client,
    get_azure_openai_client,
    get_bedrock_agent_runtime,
    get_bedrock_control,
    get_bedrock_runtime,
    get_cohere_client,
    get_voyage_client,
)
