"""Small helpers around the registry records of the control panel."""
from acme.aiassist.interfaces import IAIAssistSettings
from plone import api
from plone.api.exc import InvalidParameterError

import os


_ENV_FALLBACK = {
    "openai_api_key": "OPENAI_API_KEY",
    "anthropic_api_key": "ANTHROPIC_API_KEY",
    "google_api_key": "GEMINI_API_KEY",
    "mistral_api_key": "MISTRAL_API_KEY",
    "openrouter_api_key": "OPENROUTER_API_KEY",
}


def get_setting(name, default=None):
    """Read one record of IAIAssistSettings, tolerating a missing record.

    Missing records happen between a code deploy and running the upgrade
    step, so we never let a KeyError escape from here.
    """
    try:
        value = api.portal.get_registry_record(
            name, interface=IAIAssistSettings, default=default
        )
    except (InvalidParameterError, KeyError):
        value = default
    if not value and name in _ENV_FALLBACK:
        value = os.environ.get(_ENV_FALLBACK[name], default)
    return value


def default_provider_name():
    return get_setting("default_provider", "openai")


def request_timeout():
    return float(get_setting("request_timeout", 30) or 30)
