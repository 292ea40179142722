#!/usr/bin/env python3
"""One-off: re-embed the runbook index with Cohere v3 after the model switch
(LLMOPS-150), and smoke-test the watsonx text generation REST endpoint that the
EU jump hosts use without the SDK."""

import json
import os
import sys
import time

import cohere
import httpx

WX_URL = os.environ.get('WATSONX_URL', 'https://eu-de.ml.cloud.ibm.com')


def iam_token(api_key):
    resp = httpx.post('https://iam.cloud.ibm.com/identity/token',
                      data={'grant_type': 'urn:ibm:params:oauth:grant-type:apikey', 'apikey': api_key})
    resp.raise_for_status()
    return resp.json()['access_token']


def smoke_watsonx(api_key, project_id):
    token = iam_token(api_key)
    r = httpx.post(
        WX_URL + '/ml/v1/text/generation?version=2024-05-31',
        headers={'Authorization': 'Bearer ' + token},
        json={'model_id': 'ibm/granite-3-8b-instruct', 'project_id': project_id,
              'input': 'Say OK.', 'parameters': {'max_new_tokens': 5}},
        timeout=30,
    )
    r.raise_for_status()
    print('watsonx:', r.json()['results'][0]['generated_text'])


def main(index_path):
    co = cohere.Client(os.environ['CO_API_KEY'])
    with open(index_path) as fh:
        index = json.load(fh)
    keys = sorted(index)
    for start in range(0, len(keys), 96):
        batch = keys[start:start + 96]
        resp = co.embed(texts=[index[k]['text'] for k in batch], model='embed-english-v3.0',
                        input_type='search_document')
        for key, vec in zip(batch, resp.embeddings):
            index[key]['vector'] = vec
            index[key]['model'] = 'embed-english-v3.0'
        time.sleep(0.5)
    with open(index_path, 'w') as fh:
        json.dump(index, fh)
    print('re-embedded %d chunks' % len(keys))


if __name__ == '__main__':
    if len(sys.argv) > 2 and sys.argv[2] == '--smoke-watsonx':
        smoke_watsonx(os.environ['WATSONX_APIKEY'], os.environ['WATSONX_PROJECT_ID'])
    main(sys.argv[1])
