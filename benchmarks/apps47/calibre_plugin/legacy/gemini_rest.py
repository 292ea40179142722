"""0.8-era Gemini support, before google-genai was vendored.

Talks to the REST endpoint with calibre's mechanize browser so it picks
up the user's proxy settings.
"""

import json

from calibre import browser

from calibre_plugins.ai_book_assistant.config import api_key_for, model_for

GEMINI_ENDPOINT = 'https://generativelanguage.googleapis.com/v1beta/models/%s:generateContent?key=%s'


def gemini_generate(prompt, model=None, timeout=60):
    url = GEMINI_ENDPOINT % (model or model_for('google'), api_key_for('google'))
    payload = json.dumps({'contents': [{'parts': [{'text': prompt}]}]})
    br = browser()
    br.addheaders = [('Content-Type', 'application/json')]
    raw = br.open_novisit(url, data=payload.encode('utf-8'), timeout=timeout).read()
    data = json.loads(raw)
    cands = data.get('candidates') or []
    if not cands:
        return ''
    return ''.join(p.get('text', '') for p in cands[0]['content']['parts'])
