"""Retry policy for provider calls.

Both SDKs retry connection errors themselves; this adds retries for 429/5xx
responses with longer backoff than the SDK defaults, which matters for the
nightly backfills.
"""
import anthropic
import openai
from tenacity import retry, retry_if_exception_type, stop_after_attempt, wait_random_exponential

RETRYABLE = (
    openai.RateLimitError,
    openai.APITimeoutError,
    openai.InternalServerError,
    anthropic.RateLimitError,
    anthropic.APITimeoutError,
    anthropic.InternalServerError,
)

provider_retry = retry(
    reraise=True,
    retry=retry_if_exception_type(RETRYABLE),
    wait=wait_random_exponential(multiplier=2, max=60),
    stop=stop_after_attempt(5),
)
