# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see COPYING or https://www.gnu.org/licenses/gpl-3.0.txt)

"""watsonx.ai helpers. Granite models are what the EU clusters must use
(data residency), so several modules special-case this provider."""

from __future__ import absolute_import, division, print_function
__metaclass__ = type

from ansible_collections.acme.llmops.plugins.module_utils.llm_clients import (
    get_watsonx_model,
    get_watsonx_embeddings,
)

try:
    from ibm_watsonx_ai.foundation_models.schema import TextGenParameters
except ImportError:
    TextGenParameters = None


class GraniteHelper(object):
    """Thin wrapper kept on the module object for the whole run."""

    def __init__(self, model_id, project_id, api_key=None, url=None):
        self.model_id = model_id
        self.project_id = project_id
        self._model = get_watsonx_model(model_id, project_id, api_key=api_key, url=url)
        self._embed_model_id = 'ibm/slate-125m-english-rtrvr'
        self._api_key = api_key
        self._url = url

    def details(self):
        return self._model.get_details()

    def token_count(self, text):
        result = self._model.tokenize(prompt=text)
        return result['result']['token_count']

    def complete(self, prompt, max_new_tokens=400):
        params = {'decoding_method': 'greedy', 'max_new_tokens': max_new_tokens,
                  'stop_sequences': ['\n\n\n']}
        return self._model.generate_text(prompt=prompt, params=params)

    def stream(self, prompt, max_new_tokens=400):
        for chunk in self._model.generate_text_stream(prompt=prompt,
                                                      params={'max_new_tokens': max_new_tokens}):
            yield chunk

    def chat_stream(self, messages):
        return ''.join(self._model.chat_stream(messages=messages))

    def embed(self, texts):
        emb = get_watsonx_embeddings(self._embed_model_id, self.project_id,
                                     api_key=self._api_key, url=self._url)
        return emb.embed_documents(texts=texts)
