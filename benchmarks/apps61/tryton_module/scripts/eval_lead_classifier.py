#!/usr/bin/env python3
"""Offline evaluation of the lead classifier on a labelled CSV export.

Compares granite (watsonx) with Cohere command-r on the same prompts.
"""
import csv
import json
import os
import sys
from collections import Counter

import cohere
from ibm_watsonx_ai import Credentials
from ibm_watsonx_ai.foundation_models import ModelInference

PROMPT = """Classify the sales lead. Answer JSON {"segment": "smb|mid|enterprise"}.
Lead: %s"""


def load(path):
    with open(path, newline='') as fh:
        return list(csv.DictReader(fh))


def parse(text):
    try:
        return json.loads(text[text.find('{'):text.rfind('}') + 1])['segment']
    except (ValueError, KeyError):
        return None


def main(path):
    rows = load(path)
    granite = ModelInference(
        model_id='ibm/granite-3-8b-instruct',
        credentials=Credentials(
            url=os.environ.get('WATSONX_URL',
                'https://us-south.ml.cloud.ibm.com'),
            api_key=os.environ['WATSONX_APIKEY']),
        project_id=os.environ['WATSONX_PROJECT_ID'])
    co = cohere.ClientV2(api_key=os.environ['CO_API_KEY'])
    scores = Counter()
    for row in rows:
        prompt = PROMPT % row['description']
        g = granite.generate_text(
            prompt=prompt, params={'max_new_tokens': 60})
        c = co.chat(model='command-r-08-2024',
            messages=[{'role': 'user', 'content': prompt}])
        scores['granite'] += parse(g) == row['segment']
        scores['cohere'] += parse(c.message.content[0].text) == row['segment']
    for name, ok in scores.items():
        print('%-8s %.1f%%' % (name, 100 * ok / max(len(rows), 1)))


if __name__ == '__main__':
    main(sys.argv[1])
