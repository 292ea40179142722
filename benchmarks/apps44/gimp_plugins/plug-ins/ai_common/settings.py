"""Settings for the AI plug-ins.

Settings live in ``<gimp profile>/ai-plugins/settings.json`` so that they
survive plug-in reinstalls.  Environment variables win over the file, which
makes it easy to test things from a terminal without touching the profile.
"""
import json
import logging
import os
from dataclasses import asdict, dataclass, field

log = logging.getLogger("ai_common.settings")

SETTINGS_DIRNAME = "ai-plugins"
SETTINGS_FILENAME = "settings.json"

ENV_KEYS = {
    "openai_api_key": "OPENAI_API_KEY",
    "anthropic_api_key": "ANTHROPIC_API_KEY",
    "google_api_key": "GOOGLE_API_KEY",
    "replicate_api_token": "REPLICATE_API_TOKEN",
    "hf_token": "HF_TOKEN",
}


@dataclass
class AISettings:
    openai_api_key: str = ""
    anthropic_api_key: str = ""
    google_api_key: str = ""
    replicate_api_token: str = ""
    hf_token: str = ""

    caption_model: str = "claude-3-5-sonnet-latest"
    alt_text_model: str = "gemini-2.0-flash"
    image_model: str = "gpt-image-1"
    palette_model: str = "gpt-4o-mini"
    translate_model: str = "claude-3-5-haiku-latest"
    hf_image_model: str = "black-forest-labs/FLUX.1-schnell"
    hf_chat_model: str = "meta-llama/Llama-3.1-8B-Instruct"
    replicate_image_model: str = "black-forest-labs/flux-schnell"
    replicate_upscale_model: str = "nightmareai/real-esrgan"

    image_backend: str = "openai"
    request_timeout: float = 60.0
    track_usage: bool = True
    max_image_side: int = 1024
    extra: dict = field(default_factory=dict)


def profile_dir():
    """Return the GIMP profile directory, falling back to ~/.config/GIMP/3.0."""
    try:
        from gi.repository import Gimp

        return Gimp.directory()
    except Exception:  # running outside GIMP (scripts, tests)
        return os.path.join(os.path.expanduser("~"), ".config", "GIMP", "3.0")


def settings_path():
    return os.path.join(profile_dir(), SETTINGS_DIRNAME, SETTINGS_FILENAME)


def load_settings(path=None):
    path = path or settings_path()
    data = {}
    if os.path.exists(path):
        try:
            with open(path, "r", encoding="utf-8") as fh:
                data = json.load(fh)
        except (OSError, ValueError) as exc:
            log.warning("could not read %s: %s", path, exc)
    known = set(AISettings.__dataclass_fields__)
    extra = {k: v for k, v in data.items() if k not in known}
    settings = AISettings(**{k: v for k, v in data.items() if k in known})
    settings.extra.update(extra)
    for attr, env in ENV_KEYS.items():
        if os.environ.get(env):
            setattr(settings, attr, os.environ[env])
    return settings


def save_settings(settings, path=None):
    path = path or settings_path()
    os.makedirs(os.path.dirname(path), exist_ok=True)
    data = asdict(settings)
    extra = data.pop("extra", {})
    data.update(extra)
    tmp = path + ".tmp"
    with open(tmp, "w", encoding="utf-8") as fh:
        json.dump(data, fh, indent=2, sort_keys=True)
    os.replace(tmp, path)
    try:
        os.chmod(path, 0o600)
    except OSError:
        pass
    return path


_cached = None


def get_settings(reload=False):
    global _cached
    if _cached is None or reload:
        _cached = load_settings()
    return _cached
