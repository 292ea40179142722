# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see COPYING or https://www.gnu.org/licenses/gpl-3.0.txt)

from __future__ import absolute_import, division, print_function
__metaclass__ = type

import hashlib
import math

from ansible_collections.acme.llmops.plugins.module_utils import llm_clients
from ansible_collections.acme.llmops.plugins.module_utils.common import DEFAULT_EMBED_MODELS


def chunk_text(text, size=1200, overlap=150):
    chunks = []
    start = 0
    while start < len(text):
        chunks.append(text[start:start + size])
        start += size - overlap
    return chunks


def content_hash(text):
    return hashlib.sha256(text.encode('utf-8')).hexdigest()


def cosine(a, b):
    dot = sum(x * y for x, y in zip(a, b))
    na = math.sqrt(sum(x * x for x in a))
    nb = math.sqrt(sum(y * y for y in b))
    return dot / (na * nb) if na and nb else 0.0


class Embedder(object):
    """Embeds batches of text with the configured provider."""

    def __init__(self, params):
        self.provider = params['provider']
        self.model = params.get('embed_model') or DEFAULT_EMBED_MODELS.get(self.provider)
        self.params = params
        if self.provider == 'openai':
            self.client = llm_clients.get_openai_client(params.get('api_key'), params.get('api_base'))
        elif self.provider == 'azure_openai':
            self.client = llm_clients.get_azure_client(params.get('api_key'), params.get('api_base'),
                                                       params.get('api_version'))
        elif self.provider == 'cohere':
            self.client = llm_clients.get_cohere_client(params.get('api_key'))
        elif self.provider == 'watsonx':
            self.client = llm_clients.get_watsonx_embeddings(self.model, params.get('project_id'),
                                                             params.get('api_key'))
        else:
            raise ValueError('provider %s has no embedding model' % self.provider)

    def embed(self, texts, input_type='search_document'):
        if self.provider in ('openai', 'azure_openai'):
            resp = self.client.embeddings.create(model=self.model, input=texts)
            return [d.embedding for d in resp.data]
        if self.provider == 'cohere':
            resp = self.client.embed(texts=texts, model=self.model, input_type=input_type,
                                     embedding_types=['float'])
            return resp.embeddings.float_
        return self.client.embed_documents(texts=texts)

    def embed_query(self, text):
        if self.provider == 'cohere':
            return self.embed([text], input_type='search_query')[0]
        if self.provider == 'watsonx':
            return self.client.embed_query(text=text)
        return self.embed([text])[0]
