from app.llms.anthropic_llm import ClaudeLLM
from app.llms.groq_llm import GroqLLM
from app.llms.mistral_llm import MistralLLM
from app.llms.openai_llm import OpenAIChatLLM
from app.llms.together_llm import TogetherLLM

__all__ = ["ClaudeLLM", "GroqLLM", "MistralLLM", "OpenAIChatLLM", "TogetherLLM"]
