"""AI configuration, read from settings.prc with env overrides."""
import os
from dataclasses import dataclass

from panda3d.core import ConfigVariableBool, ConfigVariableString


@dataclass(frozen=True)
class AIConfig:
    provider: str
    dialogue_model: str
    quest_model: str
    item_model: str
    local_model: str
    ollama_host: str
    tts_voice: str
    offline: bool


def load_ai_config() -> AIConfig:
    return AIConfig(
        provider=os.environ.get("HM_AI_PROVIDER") or ConfigVariableString("hm-ai-provider", "anthropic").getValue(),
        dialogue_model=ConfigVariableString("hm-ai-dialogue-model", "claude-3-5-haiku-latest").getValue(),
        quest_model=ConfigVariableString("hm-ai-quest-model", "llama-3.3-70b-versatile").getValue(),
        item_model=ConfigVariableString("hm-ai-item-model", "gemini-2.0-flash").getValue(),
        local_model=ConfigVariableString("hm-ai-local-model", "llama3.2").getValue(),
        ollama_host=os.environ.get("OLLAMA_HOST") or ConfigVariableString("hm-ai-ollama-host", "http://127.0.0.1:11434").getValue(),
        tts_voice=ConfigVariableString("hm-ai-tts-voice", "onyx").getValue(),
        offline=ConfigVariableBool("hm-ai-offline", False).getValue(),
    )
