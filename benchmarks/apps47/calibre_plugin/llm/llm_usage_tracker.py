"""Minimal usage tracker.

Records token counts per provider/model/feature into a JSON file in the
calibre config dir so the "Usage" dialog can show monthly spend.
"""

import json
import os
import time
from contextlib import asynccontextmanager, contextmanager
from threading import Lock

from calibre.constants import config_dir

USAGE_FILE = os.path.join(config_dir, 'plugins', 'ai_book_assistant_usage.json')

# USD per 1M tokens (input, output). Rough, updated by hand.
PRICES = {
    'gpt-4o-mini': (0.15, 0.60),
    'gpt-4o': (2.50, 10.00),
    'claude-3-5-haiku-latest': (0.80, 4.00),
    'claude-sonnet-4-20250514': (3.00, 15.00),
    'gemini-2.0-flash': (0.10, 0.40),
    'mistral-small-latest': (0.10, 0.30),
    'deepseek-chat': (0.27, 1.10),
    'text-embedding-3-small': (0.02, 0.0),
}


class UsageLog(object):

    def __init__(self, provider, model, feature_context):
        self.provider = provider
        self.model = model
        self.feature_context = feature_context
        self.input_tokens = 0
        self.output_tokens = 0
        self.started = time.time()
        self.error = None

    def cost(self):
        pin, pout = PRICES.get(self.model, (0.0, 0.0))
        return (self.input_tokens * pin + self.output_tokens * pout) / 1e6

    def as_dict(self):
        return {
            'provider': self.provider, 'model': self.model,
            'feature': self.feature_context, 'input_tokens': self.input_tokens,
            'output_tokens': self.output_tokens, 'cost_usd': round(self.cost(), 6),
            'ts': self.started, 'seconds': round(time.time() - self.started, 3),
            'error': self.error,
        }


class LLMUsageTracker(object):

    def __init__(self, path=USAGE_FILE):
        self.path = path
        self._lock = Lock()

    def _append(self, log):
        with self._lock:
            try:
                with open(self.path, 'rb') as f:
                    data = json.loads(f.read() or b'[]')
            except (OSError, ValueError):
                data = []
            data.append(log.as_dict())
            data = data[-5000:]
            os.makedirs(os.path.dirname(self.path), exist_ok=True)
            with open(self.path, 'w') as f:
                json.dump(data, f)

    @asynccontextmanager
    async def track_llm_call(self, provider, model, feature_context='plugin'):
        log = UsageLog(provider, model, feature_context)
        try:
            yield log
        except Exception as e:
            log.error = str(e)
            raise
        finally:
            self._append(log)

    @contextmanager
    def track_sync(self, provider, model, feature_context='plugin'):
        log = UsageLog(provider, model, feature_context)
        try:
            yield log
        finally:
            self._append(log)

    def monthly_totals(self):
        try:
            with open(self.path, 'rb') as f:
                data = json.loads(f.read() or b'[]')
        except (OSError, ValueError):
            return {}
        month = time.strftime('%Y-%m')
        out = {}
        for row in data:
            if time.strftime('%Y-%m', time.localtime(row['ts'])) != month:
                continue
            out[row['model']] = out.get(row['model'], 0.0) + row['cost_usd']
        return out


llm_tracker = LLMUsageTracker()
