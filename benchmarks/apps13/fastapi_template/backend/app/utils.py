"""Small helpers shared by services and worker tasks."""
import logging
import re
import unicodedata

import tiktoken
from tenacity import (
    before_sleep_log,
    retry,
    retry_if_exception,
    stop_after_attempt,
    wait_random_exponential,
)

logger = logging.getLogger(__name__)

_WS = re.compile(r"[ \t\u00a0]+")
_PARA = re.compile(r"\n{2,}")


def normalize(text: str) -> str:
    text = unicodedata.normalize("NFKC", text)
    text = _WS.sub(" ", text)
    return text.strip()


def split_into_chunks(
    text: str,
    *,
    max_tokens: int = 512,
    overlap_tokens: int = 0,
    encoding: tiktoken.Encoding | None = None,
) -> list[str]:
    """Greedy paragraph packing; paragraphs longer than max_tokens are hard-split."""
    enc = encoding or tiktoken.get_encoding("o200k_base")
    chunks: list[str] = []
    current: list[int] = []
    for para in _PARA.split(normalize(text)):
        tokens = enc.encode(para + "\n\n")
        if len(current) + len(tokens) > max_tokens and current:
            chunks.append(enc.decode(current).strip())
            current = current[-overlap_tokens:] if overlap_tokens else []
        while len(tokens) > max_tokens:
            chunks.append(enc.decode(tokens[:max_tokens]).strip())
            tokens = tokens[max_tokens - overlap_tokens :]
        current.extend(tokens)
    if current:
        chunks.append(enc.decode(current).strip())
    return [c for c in chunks if c]


def truncate(text: str, limit: int = 280, suffix: str = "…") -> str:
    if len(text) <= limit:
        return text
    return text[: limit - len(suffix)].rstrip() + suffix


# --- retries for AI provider calls ---------------------------------------

_TRANSIENT_NAMES = {
    "RateLimitError",
    "APITimeoutError",
    "APIConnectionError",
    "InternalServerError",
    "ServiceUnavailableError",
    "ThrottlingException",
    "ServerError",
}


def _is_transient(exc: BaseException) -> bool:
    name = type(exc).__name__
    if name in _TRANSIENT_NAMES:
        return True
    # botocore ClientError carries the code in the response
    code = getattr(exc, "response", {}) or {}
    if isinstance(code, dict):
        return code.get("Error", {}).get("Code") in {"ThrottlingException", "ModelNotReadyException"}
    return False


def ai_retry(attempts: int = 4):
    return retry(
        reraise=True,
        stop=stop_after_attempt(attempts),
        wait=wait_random_exponential(multiplier=1, max=20),
        retry=retry_if_exception(_is_transient),
        before_sleep=before_sleep_log(logger, logging.WARNING),
    )
