from acme_airflow_llm.operators.anthropic import AnthropicMessageOperator
from acme_airflow_llm.operators.bedrock import BedrockConverseOperator, BedrockInvokeModelOperator
from acme_airflow_llm.operators.cohere import CohereEmbeddingOperator, CohereRerankOperator
from acme_airflow_llm.operators.groq import GroqChatOperator
from acme_airflow_llm.operators.openai import OpenAIChatOperator, OpenAIEmbeddingOperator

__all__ = [
    "AnthropicMessageOperator",
    "BedrockConverseOperator",
    "BedrockInvokeModelOperator",
    "CohereEmbeddingOperator",
    "CohereRerankOperator",
    "GroqChatOperator",
    "OpenAIChatOperator",
    "OpenAIEmbeddingOperator",
]
