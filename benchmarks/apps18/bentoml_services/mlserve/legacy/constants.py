OPENAI_CHAT_URL = "https://api.openai.com/v1/chat/completions"
OPENAI_EMBED_URL = "https://api.openai.com/v1/embeddings"
COHERE_BASE_URL = "https://api.cohere.com"
DEFAULT_TIMEOUT_S = 45
LEGACY_MODEL = "gpt-3.5-turbo"
