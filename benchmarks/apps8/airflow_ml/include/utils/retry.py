from tenacity import (
    retry,
    retry_if_exception_type,
    stop_after_attempt,
    wait_exponential_jitter,
)

try:  # botocore is always there in the image, the others depend on the provider extras
    from botocore.exceptions import ClientError
except ImportError:  # pragma: no cover
    ClientError = Exception  # type: ignore

TRANSIENT = (TimeoutError, ConnectionError, ClientError)


def provider_retry(attempts: int = 4):
    """Retry decorator used around provider calls (throttling, 5xx, timeouts)."""
    return retry(
        reraise=True,
        stop=stop_after_attempt(attempts),
        wait=wait_exponential_jitter(initial=2, max=30),
        retry=retry_if_exception_type(TRANSIENT),
    )
