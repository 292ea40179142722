from utilities.choices import ChoiceSet

from . import constants


class ProviderChoices(ChoiceSet):
    key = "AIConversation.provider"

    CHOICES = [
        (constants.PROVIDER_OPENAI, "OpenAI", "green"),
        (constants.PROVIDER_AZURE, "Azure OpenAI", "blue"),
        (constants.PROVIDER_ANTHROPIC, "Anthropic", "orange"),
        (constants.PROVIDER_BEDROCK, "AWS Bedrock", "yellow"),
        (constants.PROVIDER_COHERE, "Cohere", "purple"),
        (constants.PROVIDER_OPENROUTER, "OpenRouter", "gray"),
    ]


class SummaryStatusChoices(ChoiceSet):
    STATUS_PENDING = "pending"
    STATUS_READY = "ready"
    STATUS_FAILED = "failed"
    STATUS_STALE = "stale"

    CHOICES = [
        (STATUS_PENDING, "Pending", "cyan"),
        (STATUS_READY, "Ready", "green"),
        (STATUS_FAILED, "Failed", "red"),
        (STATUS_STALE, "Stale", "gray"),
    ]
