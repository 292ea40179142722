# -*- coding: utf-8 -*-
# Copyright: (c) 2023, Acme Platform SRE
# GNU General Public License v3.0+ (see COPYING or https://www.gnu.org/licenses/gpl-3.0.txt)

"""Client construction for every provider the collection supports.

Modules should never build SDK clients themselves; ask this module so that
timeouts, proxies and credentials are handled in one place.
"""

from __future__ import absolute_import, division, print_function
__metaclass__ = type

import functools
import os
import traceback

OPENAI_IMP_ERR = None
try:
    import openai
    from openai import OpenAI, AzureOpenAI
    HAS_OPENAI = True
except ImportError:
    OPENAI_IMP_ERR = traceback.format_exc()
    HAS_OPENAI = False

ANTHROPIC_IMP_ERR = None
try:
    import anthropic
    HAS_ANTHROPIC = True
except ImportError:
    ANTHROPIC_IMP_ERR = traceback.format_exc()
    HAS_ANTHROPIC = False

COHERE_IMP_ERR = None
try:
    import cohere
    HAS_COHERE = True
except ImportError:
    COHERE_IMP_ERR = traceback.format_exc()
    HAS_COHERE = False

WATSONX_IMP_ERR = None
try:
    from ibm_watsonx_ai import Credentials
    from ibm_watsonx_ai.foundation_models import ModelInference, Embeddings
    HAS_WATSONX = True
except ImportError:
    WATSONX_IMP_ERR = traceback.format_exc()
    HAS_WATSONX = False


WATSONX_URL = os.environ.get('WATSONX_URL', 'https://us-south.ml.cloud.ibm.com')


class ClientConfigError(Exception):
    pass


@functools.lru_cache(maxsize=8)
def get_openai_client(api_key=None, base_url=None, timeout=60):
    return OpenAI(api_key=api_key or os.environ.get('OPENAI_API_KEY'),
                  base_url=base_url, timeout=timeout, max_retries=2)


@functools.lru_cache(maxsize=8)
def get_azure_client(api_key=None, endpoint=None, api_version='2024-06-01', timeout=60):
    endpoint = endpoint or os.environ.get('AZURE_OPENAI_ENDPOINT')
    if not endpoint:
        raise ClientConfigError('azure_openai requires api_base or AZURE_OPENAI_ENDPOINT')
    return AzureOpenAI(
        api_key=api_key or os.environ.get('AZURE_OPENAI_API_KEY'),
        azure_endpoint=endpoint,
        api_version=api_version,
        timeout=timeout,
    )


@functools.lru_cache(maxsize=4)
def get_anthropic_client(api_key=None, timeout=60):
    return anthropic.Anthropic(api_key=api_key or os.environ.get('ANTHROPIC_API_KEY'),
                               timeout=timeout)


def get_async_anthropic_client(api_key=None):
    return anthropic.AsyncAnthropic(api_key=api_key or os.environ.get('ANTHROPIC_API_KEY'))


@functools.lru_cache(maxsize=4)
def get_cohere_client(api_key=None, timeout=60):
    return cohere.ClientV2(api_key=api_key or os.environ.get('CO_API_KEY'), timeout=timeout)


def watsonx_credentials(api_key=None, url=None):
    return Credentials(url=url or WATSONX_URL,
                       api_key=api_key or os.environ.get('WATSONX_APIKEY'))


def get_watsonx_model(model_id, project_id, api_key=None, url=None, params=None):
    if not project_id:
        raise ClientConfigError('watsonx requires project_id (or WATSONX_PROJECT_ID)')
    return ModelInference(
        model_id=model_id,
        credentials=watsonx_credentials(api_key, url),
        project_id=project_id,
        params=params,
    )


def get_watsonx_embeddings(model_id, project_id, api_key=None, url=None):
    return Embeddings(model_id=model_id,
                      credentials=watsonx_credentials(api_key, url),
                      project_id=project_id)


def client_for(params):
    """Return the SDK client matching a module's ``provider`` option."""
    provider = params['provider']
    if provider == 'openai':
        return get_openai_client(params.get('api_key'), params.get('api_base'), params.get('timeout', 60))
    if provider == 'azure_openai':
        return get_azure_client(params.get('api_key'), params.get('api_base'),
                                params.get('api_version', '2024-06-01'), params.get('timeout', 60))
    if provider == 'anthropic':
        return get_anthropic_client(params.get('api_key'), params.get('timeout', 60))
    if provider == 'cohere':
        return get_cohere_client(params.get('api_key'), params.get('timeout', 60))
    if provider == 'watsonx':
        from ansible_collections.acme.llmops.plugins.module_utils.common import resolve_model
        return get_watsonx_model(resolve_model(params), params.get('project_id'), params.get('api_key'))
    raise ClientConfigError('unknown provider %s' % provider)


def missing_sdk(provider):
    """(library name, import traceback) when the SDK for provider is absent."""
    if provider in ('openai', 'azure_openai') and not HAS_OPENAI:
        return 'openai', OPENAI_IMP_ERR
    if provider == 'anthropic' and not HAS_ANTHROPIC:
        return 'anthropic', ANTHROPIC_IMP_ERR
    if provider == 'cohere' and not HAS_COHERE:
        return 'cohere', COHERE_IMP_ERR
    if provider == 'watsonx' and not HAS_WATSONX:
        return 'ibm-watsonx-ai', WATSONX_IMP_ERR
    return None, None
