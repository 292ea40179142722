# This file is part of the ai_assist module.  The COPYRIGHT file at the top
# level of this repository contains the full copyright notices and license terms.
"""Async SDK clients, for the batch jobs that fan out many requests.

Unlike llm.py these are not cached per database: the batch jobs run in a
single worker process and pass the config explicitly.
"""
import functools

import anthropic
import openai
from google import genai


@functools.cache
def async_openai(api_key):
    return openai.AsyncOpenAI(api_key=api_key, max_retries=3)


@functools.cache
def async_anthropic(api_key):
    return anthropic.AsyncAnthropic(api_key=api_key, max_retries=3)


def async_genai(api_key):
    "google-genai has no separate async client, use .aio"
    return genai.Client(api_key=api_key).aio


class AsyncClients:
    "Bundle handed to the batch jobs"

    def __init__(self, config):
        self.config = config
        self.openai = async_openai(config.openai_api_key) \
            if config.openai_api_key else None
        self.anthropic = async_anthropic(config.anthropic_api_key) \
            if config.anthropic_api_key else None
        self.gemini = async_genai(config.google_api_key) \
            if config.google_api_key else None

    def available(self):
        return [name for name in ('openai', 'anthropic', 'gemini')
            if getattr(self, name) is not None]
