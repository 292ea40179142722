"""Access to PLUGINS_CONFIG["nautobot_ai"] with defaults applied."""

from django.conf import settings

APP_NAME = "nautobot_ai"


def get_app_settings():
    """Return the app's settings dict (NautobotAppConfig merges default_settings at startup)."""
    return settings.PLUGINS_CONFIG.get(APP_NAME, {})


def get_setting(key, default=None):
    return get_app_settings().get(key, default)


def default_provider():
    return get_setting("default_provider", "openai")


def max_config_chars():
    return int(get_setting("max_config_chars", 60000))
