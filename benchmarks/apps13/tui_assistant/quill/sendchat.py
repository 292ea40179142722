"""Sending chat requests with retries.

``send_completion`` is the original litellm-only entry point; most callers have moved
to ``Model.send_completion`` but the benchmark harness and a few commands still use
it with raw model names.
"""

from __future__ import annotations

import hashlib
import json
import logging
import time
from typing import Any, Dict, List, Optional

from quill.exceptions import classify
from quill.llm import litellm
from quill.utils import backoff_delays

log = logging.getLogger(__name__)

CACHE_PATH = "~/.quill/caches/completions.v1"
CACHE = None
# CACHE = Cache(CACHE_PATH)

RETRY_TIMEOUT = 60


def sanity_check_messages(messages: List[dict]) -> bool:
    """Roles must alternate user/assistant after any system messages."""
    last_role = None
    last_non_system_role = None
    for msg in messages:
        role = msg.get("role")
        if role == "system":
            continue
        if last_role and role == last_role:
            turns = format_roles(messages)
            raise ValueError("Messages don't properly alternate user/assistant:\n\n" + turns)
        last_role = role
        last_non_system_role = role
    return last_non_system_role == "user"


def format_roles(messages: List[dict]) -> str:
    return "\n".join(f"{i}: {m.get('role')}" for i, m in enumerate(messages))


def send_completion(
    model_name: str,
    messages: List[dict],
    functions: Optional[List[dict]],
    stream: bool,
    temperature: Optional[float] = 0,
    extra_params: Optional[Dict[str, Any]] = None,
):
    kwargs: Dict[str, Any] = dict(model=model_name, messages=messages, stream=stream)
    if temperature is not None:
        kwargs["temperature"] = temperature

    if functions is not None:
        function = functions[0]
        kwargs["tools"] = [dict(type="function", function=function)]
        kwargs["tool_choice"] = {"type": "function", "function": {"name": function["name"]}}

    if extra_params is not None:
        kwargs.update(extra_params)

    key = json.dumps(kwargs, sort_keys=True).encode()
    hash_object = hashlib.sha1(key)

    if not stream and CACHE is not None and key in CACHE:
        return hash_object, CACHE[key]

    res = litellm.completion(**kwargs)

    if not stream and CACHE is not None:
        CACHE[key] = res

    return hash_object, res


def simple_send_with_retries(model, messages: List[dict]) -> Optional[str]:
    """Send without streaming, retrying transient provider errors.

    ``model`` is a ``quill.models.Model``.
    """
    delays = backoff_delays()
    started = time.monotonic()
    while True:
        try:
            _hash, response = model.send_completion(messages, stream=False, temperature=0)
            if not response:
                return None
            return _response_text(response)
        except AttributeError:
            return None
        except Exception as err:
            info = classify(err)
            if not info.retry:
                log.warning("%s: %s", info.name, info.description or err)
                return None
            if time.monotonic() - started > RETRY_TIMEOUT:
                log.warning("giving up after %ss: %s", RETRY_TIMEOUT, err)
                return None
            time.sleep(next(delays))


def _response_text(response) -> Optional[str]:
    # litellm / openai-style
    choices = getattr(response, "choices", None)
    if choices:
        return choices[0].message.content
    # adapters return a plain string when not streaming
    if isinstance(response, str):
        return response
    return None
