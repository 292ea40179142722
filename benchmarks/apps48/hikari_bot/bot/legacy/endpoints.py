"""REST endpoints for the hand-rolled HTTP clients (pre-SDK days)."""

ANTHROPIC_MESSAGES_URL = "https://api.anthropic.com/v1/messages"
GROQ_CHAT_URL = "https://api.groq.com/openai/v1/chat/completions"
GEMINI_GENERATE_URL = "https://generativelanguage.googleapis.com/v1beta/models/{model}:generateContent"
COHERE_TOKENIZE_URL = "https://api.cohere.com/v1/tokenize"
