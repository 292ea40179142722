"""Thin typed wrapper around the workbench's FreeCAD parameter group."""
import os

import FreeCAD

PARAM_PATH = "User parameter:BaseApp/Preferences/Mod/AIAssist"

DEFAULT_OPENAI_MODEL = "gpt-4o-mini"
DEFAULT_ANTHROPIC_MODEL = "claude-3-5-sonnet-latest"
DEFAULT_DEEPSEEK_MODEL = "deepseek-chat"
DEFAULT_GROQ_MODEL = "llama-3.3-70b-versatile"
DEFAULT_OLLAMA_MODEL = "qwen2.5-coder:7b"


def params():
    return FreeCAD.ParamGet(PARAM_PATH)


def get_backend():
    return params().GetString("Backend", "openai")


def set_backend(name):
    params().SetString("Backend", name)


def api_key(provider):
    """Keys are stored in the parameter file, env vars win if set."""
    env_name = {
        "openai": "OPENAI_API_KEY",
        "anthropic": "ANTHROPIC_API_KEY",
        "deepseek": "DEEPSEEK_API_KEY",
        "groq": "GROQ_API_KEY",
    }.get(provider)
    if env_name and os.environ.get(env_name):
        return os.environ[env_name]
    return params().GetString("%sApiKey" % provider.capitalize(), "")


def model_for(provider):
    defaults = {
        "openai": DEFAULT_OPENAI_MODEL,
        "anthropic": DEFAULT_ANTHROPIC_MODEL,
        "deepseek": DEFAULT_DEEPSEEK_MODEL,
        "groq": DEFAULT_GROQ_MODEL,
        "ollama": DEFAULT_OLLAMA_MODEL,
    }
    return params().GetString("%sModel" % provider.capitalize(), defaults.get(provider, ""))


def ollama_host():
    return params().GetString("OllamaHost", "http://127.0.0.1:11434")


def temperature():
    return params().GetFloat("Temperature", 0.2)


def max_tokens():
    return params().GetInt("MaxTokens", 1500)


def request_timeout():
    return params().GetInt("TimeoutSeconds", 60)


def use_tracking():
    # Usage tracking was added in 0.6; old installs default to off.
    return params().GetBool("TrackUsage", False)


def any_backend_configured():
    if api_key("openai") or api_key("anthropic") or api_key("groq") or api_key("deepseek"):
        return True
    return params().GetBool("OllamaEnabled", False)
