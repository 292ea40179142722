"""Static defaults shared by the server extension, the magics and the kernel helper.

Keep this module free of heavy imports: it is imported inside the kernel too.
"""
import os

DEFAULT_MODELS = {
    "openai": "gpt-4o-mini",
    "anthropic": "claude-3-5-sonnet-20241022",
    "google": "gemini-2.0-flash",
    "ollama": "llama3.1:8b",
    "openrouter": "meta-llama/llama-3.1-70b-instruct",
}

EMBEDDING_MODELS = {
    "openai": "text-embedding-3-small",
    "google": "text-embedding-004",
    "ollama": "nomic-embed-text",
}

OPENROUTER_BASE_URL = "https://openrouter.ai/api/v1"
OLLAMA_HOST = os.environ.get("OLLAMA_HOST", "http://127.0.0.1:11434")

# Headers OpenRouter uses for attribution on its leaderboard.
OPENROUTER_HEADERS = {
    "HTTP-Referer": "https://github.com/example/jupyter-ai-helpers",
    "X-Title": "Jupyter AI Helpers",
}

MAX_CELL_CHARS = 12_000
MAX_TRACEBACK_CHARS = 6_000
DEFAULT_MAX_TOKENS = 1024


def env_provider(default="openai"):
    """Provider name from the environment, used by the kernel side."""
    return os.environ.get("JUPYTER_AI_HELPERS_PROVIDER", default).lower()


def model_for(provider, override=None):
    if override:
        return override
    return DEFAULT_MODELS.get(provider, DEFAULT_MODELS["openai"])
