"""Constants for vision_describe."""

from typing import Final

DOMAIN: Final = "vision_describe"

CONF_PROVIDER: Final = "provider"
CONF_MODEL: Final = "model"
CONF_HOST: Final = "host"
CONF_PROMPT: Final = "prompt"
CONF_MAX_TOKENS: Final = "max_tokens"
CONF_USE_LEGACY_GEMINI: Final = "use_legacy_gemini"

PROVIDER_GOOGLE: Final = "google"
PROVIDER_ANTHROPIC: Final = "anthropic"
PROVIDER_OPENAI: Final = "openai"
PROVIDER_AZURE: Final = "azure_openai"
PROVIDER_OLLAMA: Final = "ollama"

DEFAULT_MODELS: Final = {
    PROVIDER_GOOGLE: "gemini-2.5-flash",
    PROVIDER_ANTHROPIC: "claude-3-5-haiku-latest",
    PROVIDER_OPENAI: "gpt-4.1-mini",
    PROVIDER_AZURE: "gpt-4o-mini",
    PROVIDER_OLLAMA: "llava:7b",
}
DEFAULT_MAX_TOKENS: Final = 300

SERVICE_DESCRIBE_IMAGE: Final = "describe_image"
SERVICE_DESCRIBE_CAMERA: Final = "describe_camera"
ATTR_IMAGE_PATH: Final = "image_path"
ATTR_CAMERA: Final = "camera_entity"
ATTR_CONFIG_ENTRY: Final = "config_entry"
