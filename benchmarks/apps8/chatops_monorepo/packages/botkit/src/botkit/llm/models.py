"""Model names in one place, so swapping a model is a one-line change."""

# Groq
FAST_CHAT = "llama-3.1-8b-instant"
SMART_CHAT = "llama-3.3-70b-versatile"
WHISPER = "whisper-large-v3-turbo"
TTS = "playai-tts"
TTS_VOICE = "Fritz-PlayAI"

# Mistral
MISTRAL_SMALL = "mistral-small-latest"
MISTRAL_LARGE = "mistral-large-latest"
MISTRAL_EMBED = "mistral-embed"

# OpenRouter (model slugs are vendor/model)
OR_DEFAULT = "anthropic/claude-3.5-sonnet"
OR_REASONING = "deepseek/deepseek-r1"
OR_CHEAP = "google/gemini-flash-1.5"

# litellm model strings
LITELLM_SUMMARY = "groq/llama-3.3-70b-versatile"
LITELLM_DIGEST = "mistral/mistral-large-latest"
LITELLM_EMBED = "mistral/mistral-embed"

# Local (ollama)
LOCAL_CHAT = "llama3.1:8b"
LOCAL_GUARD = "llama-guard3:1b"
LOCAL_EMBED = "nomic-embed-text"

# Replicate
IMAGE_FAST = "black-forest-labs/flux-schnell"
IMAGE_QUALITY = "black-forest-labs/flux-dev"
SDXL_VERSION = "7762fd07cf82c948538e41f63f77d685e02b063e37e496e96eefd46c929f9bdc"
REPLICATE_LLAMA = "meta/meta-llama-3-70b-instruct"
RETRO_DEPLOYMENT = "acme-eng/retro-llama"
