# This file is part of the ai_assist module.  The COPYRIGHT file at the top
# level of this repository contains the full copyright notices and license terms.
"""Client factories for the LLM providers.

Clients are expensive to build (HTTP pools, auth handshakes for watsonx) so we
keep one per database and per provider.  The cache is cleared whenever the
ai.configuration singleton is written.
"""
import logging
import os
import threading
from functools import lru_cache

import anthropic
import cohere
import openai
from google import genai
from ibm_watsonx_ai import Credentials
from ibm_watsonx_ai.foundation_models import ModelInference

from trytond.transaction import Transaction

from .configuration import get_config
from .exceptions import AIConfigurationError

logger = logging.getLogger(__name__)

_lock = threading.Lock()
_clients = {}

DEFAULT_TIMEOUT = float(os.environ.get('TRYTOND_AI_TIMEOUT', 60))


def _key(provider):
    return (Transaction().database.name, provider)


def clear_client_cache():
    with _lock:
        _clients.clear()
    get_openai_client.cache_clear()


def _cached(provider, factory):
    key = _key(provider)
    with _lock:
        client = _clients.get(key)
        if client is None:
            client = _clients[key] = factory()
            logger.debug("built %s client for %s", provider, key[0])
    return client


@lru_cache(maxsize=8)
def get_openai_client(api_key=None):
    config = get_config()
    api_key = api_key or config.openai_api_key or os.environ.get(
        'OPENAI_API_KEY')
    if not api_key:
        raise AIConfigurationError("Missing OpenAI API key")
    return openai.OpenAI(api_key=api_key, timeout=DEFAULT_TIMEOUT,
        max_retries=2)


def get_anthropic_client():
    def factory():
        config = get_config()
        if not config.anthropic_api_key:
            raise AIConfigurationError("Missing Anthropic API key")
        return anthropic.Anthropic(api_key=config.anthropic_api_key,
            timeout=DEFAULT_TIMEOUT)
    return _cached('anthropic', factory)


def get_genai_client():
    def factory():
        config = get_config()
        return genai.Client(api_key=config.google_api_key)
    return _cached('google', factory)


def get_cohere_client():
    def factory():
        config = get_config()
        return cohere.ClientV2(api_key=config.cohere_api_key,
            timeout=DEFAULT_TIMEOUT)
    return _cached('cohere', factory)


def get_watsonx_model(model_id=None):
    config = get_config()
    model_id = model_id or config.model_for('watsonx')

    def factory():
        credentials = Credentials(
            url=config.watsonx_url, api_key=config.watsonx_api_key)
        return ModelInference(
            model_id=model_id,
            credentials=credentials,
            project_id=config.watsonx_project_id,
            params={'max_new_tokens': config.max_tokens or 800},
            )
    return _cached('watsonx:%s' % model_id, factory)


class LLMGateway:
    """Small facade kept on the pool-level objects (wizards, crons).

    New code should prefer providers.get_provider(); this class predates the
    provider registry and is still used by the party digest and the quote
    wizard.
    """

    def __init__(self, config=None):
        self.config = config or get_config()
        self.provider = self.config.provider
        self.openai = None
        self.anthropic = None
        if self.provider == 'openai':
            self.openai = get_openai_client()
        elif self.provider == 'anthropic':
            self.anthropic = get_anthropic_client()

    def complete(self, prompt, system=None, max_tokens=None):
        max_tokens = max_tokens or self.config.max_tokens or 800
        model = self.config.model_for()
        if self.openai is not None:
            messages = []
            if system:
                messages.append({'role': 'system', 'content': system})
            messages.append({'role': 'user', 'content': prompt})
            response = self.openai.chat.completions.create(
                model=model, messages=messages, max_tokens=max_tokens,
                temperature=self.config.temperature)
            return response.choices[0].message.content
        if self.anthropic is not None:
            message = self.anthropic.messages.create(
                model=model,
                max_tokens=max_tokens,
                system=system or "You are an assistant inside an ERP.",
                messages=[{'role': 'user', 'content': prompt}],
                )
            return ''.join(
                b.text for b in message.content if b.type == 'text')
        raise AIConfigurationError(
            "Provider %s is not supported by LLMGateway" % self.provider)


def quick_answer(prompt):
    "Used from the trytond console when debugging prompts"
    client = get_genai_client()
    result = client.models.generate_content(
        model='gemini-2.0-flash', contents=prompt)
    return result.text
