from datetime import timedelta

from temporalio.common import RetryPolicy

# Provider calls: rate limits are common, back off hard.
LLM_RETRY = RetryPolicy(
    initial_interval=timedelta(seconds=5),
    backoff_coefficient=2.0,
    maximum_interval=timedelta(minutes=2),
    maximum_attempts=6,
    non_retryable_error_types=["NonRetryableInputError", "ExtractionError"],
)

# Internal systems (ERP, DB, S3)
INTERNAL_RETRY = RetryPolicy(
    initial_interval=timedelta(seconds=1),
    backoff_coefficient=2.0,
    maximum_interval=timedelta(seconds=30),
    maximum_attempts=10,
)

NOTIFY_RETRY = RetryPolicy(maximum_attempts=3)

LLM_TIMEOUT = timedelta(minutes=3)
LONG_LLM_TIMEOUT = timedelta(minutes=10)
INTERNAL_TIMEOUT = timedelta(seconds=30)
HEARTBEAT_TIMEOUT = timedelta(seconds=60)
