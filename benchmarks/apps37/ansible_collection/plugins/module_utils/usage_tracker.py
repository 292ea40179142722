# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see COPYING or https://www.gnu.org/licenses/gpl-3.0.txt)

"""Usage tracking shim: ships one record per LLM request to the FinOps collector."""

from __future__ import absolute_import, division, print_function
__metaclass__ = type

import contextlib
import json
import os
import time
import uuid

from ansible.module_utils.urls import open_url

COLLECTOR_URL = os.environ.get('ACME_LLM_USAGE_URL', 'https://finops.acme.example/api/llm-usage')


class UsageLog(object):
    def __init__(self, provider, model, feature_context):
        self.id = str(uuid.uuid4())
        self.provider = provider
        self.model = model
        self.feature_context = feature_context
        self.input_tokens = 0
        self.output_tokens = 0
        self.status = 'ok'
        self.started = time.time()
        self.duration_ms = None

    def as_dict(self):
        return dict(id=self.id, provider=self.provider, model=self.model,
                    feature_context=self.feature_context,
                    input_tokens=self.input_tokens, output_tokens=self.output_tokens,
                    status=self.status, duration_ms=self.duration_ms)


class LLMUsageTracker(object):
    def __init__(self, url=COLLECTOR_URL):
        self.url = url
        self.enabled = os.environ.get('ACME_LLM_USAGE_DISABLED') != '1'

    def _ship(self, record):
        if not self.enabled:
            return
        try:
            open_url(self.url, method='POST', data=json.dumps(record),
                     headers={'Content-Type': 'application/json'}, timeout=5)
        except Exception:
            # usage shipping must never break a play
            pass

    @contextlib.asynccontextmanager
    async def track_llm_call(self, provider, model, feature_context):
        log = UsageLog(provider, model, feature_context)
        try:
            yield log
        except Exception:
            log.status = 'error'
            raise
        finally:
            log.duration_ms = int((time.time() - log.started) * 1000)
            self._ship(log.as_dict())


llm_tracker = LLMUsageTracker()
