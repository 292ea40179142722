"""Helpers to pull provider credentials out of a Nautobot SecretsGroup."""

import logging

from django.core.exceptions import ObjectDoesNotExist
from nautobot.extras.choices import SecretsGroupAccessTypeChoices, SecretsGroupSecretTypeChoices
from nautobot.extras.models import SecretsGroup

from nautobot_ai.app_settings import get_setting

logger = logging.getLogger(__name__)


class MissingCredential(RuntimeError):
    pass


def _group(name=None):
    group_name = name or get_setting("secrets_group", "LLM Providers")
    try:
        return SecretsGroup.objects.get(name=group_name)
    except ObjectDoesNotExist as exc:
        raise MissingCredential(f"SecretsGroup {group_name!r} does not exist") from exc


def get_provider_secret(provider, secret_type=SecretsGroupSecretTypeChoices.TYPE_TOKEN, group_name=None):
    """Return the secret for `provider` from the LLM SecretsGroup.

    We map each provider to a SecretsGroup access type; HTTP is the generic one
    used by everything except AWS, which stores access key / secret key.
    """
    group = _group(group_name)
    access_type = SecretsGroupAccessTypeChoices.TYPE_HTTP
    if provider == "bedrock":
        access_type = SecretsGroupAccessTypeChoices.TYPE_GENERIC
    # Each provider has its own group in prod; the shared group stores them by name.
    try:
        return group.get_secret_value(
            access_type=access_type,
            secret_type=secret_type,
            obj=None,
        )
    except ObjectDoesNotExist as exc:
        logger.warning("No %s secret for provider %s in %s", secret_type, provider, group.name)
        raise MissingCredential(provider) from exc


def get_aws_credentials(group_name=None):
    return {
        "aws_access_key_id": get_provider_secret(
            "bedrock", SecretsGroupSecretTypeChoices.TYPE_USERNAME, group_name
        ),
        "aws_secret_access_key": get_provider_secret(
            "bedrock", SecretsGroupSecretTypeChoices.TYPE_PASSWORD, group_name
        ),
    }
