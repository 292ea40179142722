"""DashScope (Qwen) setup for the jobs.

Import Generation / TextEmbedding / TextReRank from here rather than from
dashscope directly: this module points the SDK at the international region and
sets the key before anything is called.
"""
from __future__ import annotations

from http import HTTPStatus

import dashscope
from dashscope import Generation, TextEmbedding, TextReRank

from opskit.config import DASHSCOPE_INTL_URL, get_settings

dashscope.base_http_api_url = DASHSCOPE_INTL_URL
dashscope.api_key = get_settings().dashscope_api_key

__all__ = ["Generation", "TextEmbedding", "TextReRank", "check", "qwen_text"]


class DashScopeError(RuntimeError):
    pass


def check(response):
    if response.status_code != HTTPStatus.OK:
        raise DashScopeError(f"{response.code}: {response.message} (request {response.request_id})")
    return response


def qwen_text(prompt: str, model: str = "qwen-turbo") -> str:
    response = check(Generation.call(model=model, prompt=prompt, result_format="message"))
    return response.output.choices[0].message.content
