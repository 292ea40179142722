import time
from contextlib import contextmanager

from django.db import transaction

from .models import LLMUsage


class UsageLog:
    def __init__(self, feature: str, model: str, user_id: int | None) -> None:
        self.feature = feature
        self.model = model
        self.user_id = user_id
        self.input_tokens = 0
        self.output_tokens = 0


class LLMUsageTracker:
    @contextmanager
    def track_llm_call(self, feature: str, model: str, user_id: int | None = None):
        log = UsageLog(feature, model, user_id)
        started = time.monotonic()
        try:
            yield log
        finally:
            with transaction.atomic():
                LLMUsage.objects.create(
                    feature=feature,
                    model=model,
                    user_id=user_id,
                    input_tokens=log.input_tokens,
                    output_tokens=log.output_tokens,
                    seconds=time.monotonic() - started,
                )


llm_tracker = LLMUsageTracker()
