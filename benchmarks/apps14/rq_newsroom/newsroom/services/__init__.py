"""Service layer for the AI desk tools. Exceptions shared by the services live here."""

class AIServiceError(RuntimeError):
    """A provider failed or returned something we could not use."""

    def __init__(self, message, provider=None, retryable=False):
        super().__init__(message)
        self.provider = provider
        self.retryable = retryable


class FeatureDisabled(Exception):
    def __init__(self, feature):
        super().__init__(f"AI feature '{feature}' is disabled")
        self.feature = feature


def require_feature(feature):
    from flask import current_app

    if not current_app.config["AI_FEATURES"].get(feature):
        raise FeatureDisabled(feature)
