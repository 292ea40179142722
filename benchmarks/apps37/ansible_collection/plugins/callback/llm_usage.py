# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see COPYING or https://www.gnu.org/licenses/gpl-3.0.txt)

from __future__ import absolute_import, division, print_function
__metaclass__ = type

DOCUMENTATION = r'''
name: llm_usage
type: aggregate
short_description: Print LLM token usage and estimated cost at the end of a play
version_added: 1.1.0
requirements:
  - enable in ansible.cfg (callbacks_enabled = acme.llmops.llm_usage)
'''

from collections import defaultdict

from ansible.plugins.callback import CallbackBase
from ansible_collections.acme.llmops.plugins.module_utils.tokens import estimate_cost


class CallbackModule(CallbackBase):
    CALLBACK_VERSION = 2.0
    CALLBACK_TYPE = 'aggregate'
    CALLBACK_NAME = 'acme.llmops.llm_usage'
    CALLBACK_NEEDS_ENABLED = True

    def __init__(self):
        super(CallbackModule, self).__init__()
        self.totals = defaultdict(lambda: [0, 0])

    def v2_runner_on_ok(self, result):
        res = result._result
        usage = res.get('usage')
        model = res.get('model')
        if not usage or not model:
            return
        self.totals[model][0] += usage.get('input_tokens', 0)
        self.totals[model][1] += usage.get('output_tokens', 0)

    def v2_playbook_on_stats(self, stats):
        if not self.totals:
            return
        self._display.banner('LLM USAGE')
        grand = 0.0
        for model, (inp, out) in sorted(self.totals.items()):
            cost = estimate_cost(model, inp, out)
            grand += cost
            self._display.display('%-32s in=%-8d out=%-8d $%.4f' % (model, inp, out, cost))
        self._display.display('total estimated cost: $%.4f' % grand)
