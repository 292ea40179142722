# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see COPYING or https://www.gnu.org/licenses/gpl-3.0.txt)

from __future__ import absolute_import, division, print_function
__metaclass__ = type

DOCUMENTATION = r'''
name: runbook_search
author: Priya Raman (@praman)
version_added: 1.2.0
short_description: Find the runbook sections most relevant to a query
description:
  - Embeds the query, ranks chunks of the JSON index by cosine similarity and
    optionally re-ranks the top hits with Cohere Rerank.
options:
  _terms:
    description: Queries.
    required: true
  index_path:
    description: Index written by acme.llmops.runbook_embed.
    type: path
    required: true
  provider:
    type: str
    default: cohere
    description: Embedding provider; must match the index.
  top_k:
    type: int
    default: 3
    description: Results per query.
  rerank:
    type: bool
    default: true
    description: Re-rank with Cohere rerank-v3.5.
'''

EXAMPLES = r'''
- ansible.builtin.debug:
    msg: "{{ lookup('acme.llmops.runbook_search', 'disk full on /var', index_path='/srv/llmops/runbooks.json') }}"
'''

RETURN = r'''
_raw:
  description: List of matching chunks (key, text, score).
  type: list
  elements: dict
'''

import json

from ansible.plugins.lookup import LookupBase
from ansible_collections.acme.llmops.plugins.module_utils.embeddings import Embedder, cosine
from ansible_collections.acme.llmops.plugins.module_utils.llm_clients import get_cohere_client


class LookupModule(LookupBase):

    _index_cache = {}

    def _index(self, path):
        if path not in self._index_cache:
            with open(path) as fh:
                self._index_cache[path] = json.load(fh)
        return self._index_cache[path]

    def _rerank(self, query, hits, top_k):
        co = get_cohere_client()
        resp = co.rerank(model='rerank-v3.5', query=query,
                         documents=[h['text'] for h in hits], top_n=top_k)
        return [dict(hits[r.index], score=r.relevance_score) for r in resp.results]

    def run(self, terms, variables=None, **kwargs):
        self.set_options(var_options=variables, direct=kwargs)
        index = self._index(self.get_option('index_path'))
        embedder = Embedder({'provider': self.get_option('provider')})
        top_k = self.get_option('top_k')

        results = []
        for query in terms:
            qvec = embedder.embed_query(query)
            scored = sorted(
                (dict(key=k, text=v['text'], score=cosine(qvec, v['vector'])) for k, v in index.items()),
                key=lambda h: h['score'], reverse=True,
            )
            hits = scored[: top_k * 4]
            if self.get_option('rerank') and hits:
                hits = self._rerank(query, hits, top_k)
            results.extend(hits[:top_k])
        return results
