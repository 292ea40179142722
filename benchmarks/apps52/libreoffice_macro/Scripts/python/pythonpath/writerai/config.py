"""Settings: non-secret values in the extension registry node, secrets in a JSON file.

The registry node is declared by registry/WriterAISettings.xcs. When we are not running
inside LibreOffice (tests, scripts/) we fall back to the JSON file only.
"""
import json
import logging
import os
from dataclasses import asdict, dataclass, field

log = logging.getLogger("writerai.config")

NODE_PATH = "/org.example.WriterAISettings/General"
SETTINGS_DIR = os.path.join(os.path.expanduser("~"), ".config", "writerai")
SETTINGS_FILE = os.path.join(SETTINGS_DIR, "settings.json")

DEFAULT_MODELS = {
    "openai": "gpt-4o-mini",
    "anthropic": "claude-3-5-haiku-latest",
    "groq": "llama-3.1-8b-instant",
    "watsonx": "ibm/granite-3-8b-instruct",
    "http": "mistral-small-latest",
}


@dataclass
class Settings:
    provider: str = "openai"
    model: str = ""
    temperature: float = 0.3
    target_language: str = "English"
    openai_api_key: str = ""
    anthropic_api_key: str = ""
    groq_api_key: str = ""
    watsonx_api_key: str = ""
    watsonx_url: str = "https://us-south.ml.cloud.ibm.com"
    watsonx_project_id: str = ""
    http_endpoint: str = "https://api.mistral.ai/v1/chat/completions"
    http_api_key: str = ""
    azure_endpoint: str = ""
    extra: dict = field(default_factory=dict)

    def model_for(self, provider=None):
        provider = provider or self.provider
        if self.model and provider == self.provider:
            return self.model
        return DEFAULT_MODELS.get(provider, "gpt-4o-mini")


def _read_registry(ctx):
    """Read the registry node via the ConfigurationProvider. Returns {} outside LO."""
    if ctx is None:
        return {}
    try:
        import uno
        from com.sun.star.beans import PropertyValue
    except ImportError:
        return {}
    smgr = ctx.getServiceManager()
    cfg = smgr.createInstanceWithContext(
        "com.sun.star.configuration.ConfigurationProvider", ctx
    )
    arg = PropertyValue()
    arg.Name = "nodepath"
    arg.Value = NODE_PATH
    node = cfg.createInstanceWithArguments(
        "com.sun.star.configuration.ConfigurationAccess", (arg,)
    )
    return {
        "provider": node.getByName("Provider"),
        "model": node.getByName("Model"),
        "target_language": node.getByName("TargetLanguage"),
        "temperature": float(node.getByName("Temperature")),
    }


def write_registry(ctx, settings):
    import uno  # noqa: F401  (only available inside LibreOffice)
    from com.sun.star.beans import PropertyValue

    smgr = ctx.getServiceManager()
    cfg = smgr.createInstanceWithContext(
        "com.sun.star.configuration.ConfigurationProvider", ctx
    )
    arg = PropertyValue()
    arg.Name = "nodepath"
    arg.Value = NODE_PATH
    node = cfg.createInstanceWithArguments(
        "com.sun.star.configuration.ConfigurationUpdateAccess", (arg,)
    )
    node.setPropertyValue("Provider", settings.provider)
    node.setPropertyValue("Model", settings.model)
    node.setPropertyValue("TargetLanguage", settings.target_language)
    node.setPropertyValue("Temperature", float(settings.temperature))
    node.commitChanges()


def _read_json(path=SETTINGS_FILE):
    try:
        with open(path, encoding="utf-8") as fh:
            return json.load(fh)
    except FileNotFoundError:
        return {}
    except ValueError:
        log.warning("settings file %s is corrupt, ignoring", path)
        return {}


def save_secrets(settings, path=SETTINGS_FILE):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    data = {k: v for k, v in asdict(settings).items() if k.endswith(("_key", "_url", "_id", "_endpoint"))}
    with open(path, "w", encoding="utf-8") as fh:
        json.dump(data, fh, indent=2)
    os.chmod(path, 0o600)


def load_settings(ctx=None, path=SETTINGS_FILE):
    values = {}
    values.update(_read_json(path))
    values.update({k: v for k, v in _read_registry(ctx).items() if v not in (None, "")})
    for env, key in (
        ("OPENAI_API_KEY", "openai_api_key"),
        ("ANTHROPIC_API_KEY", "anthropic_api_key"),
        ("GROQ_API_KEY", "groq_api_key"),
        ("WATSONX_APIKEY", "watsonx_api_key"),
    ):
        if not values.get(key) and os.environ.get(env):
            values[key] = os.environ[env]
    known = set(Settings.__dataclass_fields__)
    extra = {k: v for k, v in values.items() if k not in known}
    kwargs = {k: v for k, v in values.items() if k in known}
    return Settings(extra=extra, **kwargs)


def migrate_legacy_settings(path=SETTINGS_FILE):
    """0.x stored everything in ~/.writerai.json with different key names."""
    legacy = os.path.join(os.path.expanduser("~"), ".writerai.json")
    if not os.path.exists(legacy) or os.path.exists(path):
        return False
    old = _read_json(legacy)
    renamed = {
        "apikey": "openai_api_key",
        "claude_key": "anthropic_api_key",
        "watson_apikey": "watsonx_api_key",
        "watson_project": "watsonx_project_id",
        "lang": "target_language",
    }
    new = {renamed.get(k, k): v for k, v in old.items()}
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as fh:
        json.dump(new, fh, indent=2)
    log.info("migrated legacy settings from %s", legacy)
    return True
