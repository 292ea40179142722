# -*- coding: utf-8 -*-
# Copyright: (c) 2024, Acme Platform SRE
# GNU General Public License v3.0+ (see COPYING or https://www.gnu.org/licenses/gpl-3.0.txt)

"""Action plugin: review a rendered config on the controller before it is pushed.

    - name: Review haproxy.cfg before deploy
      acme.llmops.llm_review:
        src: templates/haproxy.cfg.j2
        dest: /etc/haproxy/haproxy.cfg
        policy: "No plaintext listeners on public VIPs"

The template is rendered on the controller, reviewed with Claude (streamed,
because configs can be long), and only copied when the review passes or
``enforce`` is false.
"""

from __future__ import absolute_import, division, print_function
__metaclass__ = type

import functools
import json

from ansible.errors import AnsibleActionFail
from ansible.module_utils.common.text.converters import to_text
from ansible.plugins.action import ActionBase
from ansible.utils.display import Display

from ansible_collections.acme.llmops.plugins.module_utils.llm_clients import get_anthropic_client, get_azure_client

display = Display()

REVIEW_SYSTEM = (
    "You review configuration files against a policy. Reply with JSON: "
    "{\"pass\": bool, \"findings\": [str]}. Only flag real policy violations."
)


class ActionModule(ActionBase):

    TRANSFERS_FILES = True
    _VALID_ARGS = frozenset(('src', 'dest', 'policy', 'enforce', 'model', 'backend'))

    def _render(self, src):
        source = self._find_needle('templates', src)
        with open(source) as fh:
            template = fh.read()
        return self._templar.template(template, preserve_trailing_newlines=True, escape_backslashes=False)

    def _review_claude(self, rendered, policy, model):
        client = get_anthropic_client()
        chunks = []
        with client.messages.stream(
            model=model,
            max_tokens=1500,
            system=REVIEW_SYSTEM,
            messages=[{'role': 'user', 'content': 'Policy: %s\n\nConfig:\n%s' % (policy, rendered)}],
        ) as stream:
            for event in stream:
                if event.type == 'content_block_delta' and event.delta.type == 'text_delta':
                    chunks.append(event.delta.text)
        return ''.join(chunks)

    def _review_azure(self, rendered, policy, model):
        # CAB asked for a second opinion from the Azure tenant on prod changes
        client = get_azure_client()
        ask = functools.partial(client.chat.completions.create, model=model, temperature=0,
                                response_format={'type': 'json_object'})
        resp = ask(messages=[{'role': 'system', 'content': REVIEW_SYSTEM},
                             {'role': 'user', 'content': 'Policy: %s\n\nConfig:\n%s' % (policy, rendered)}])
        return resp.choices[0].message.content

    def run(self, tmp=None, task_vars=None):
        if task_vars is None:
            task_vars = dict()
        result = super(ActionModule, self).run(tmp, task_vars)
        del tmp

        args = self._task.args
        for required in ('src', 'dest', 'policy'):
            if required not in args:
                raise AnsibleActionFail('%s is required' % required)
        enforce = args.get('enforce', True)
        backend = args.get('backend', 'anthropic')

        rendered = self._render(args['src'])
        if backend == 'azure_openai':
            raw = self._review_azure(rendered, args['policy'], args.get('model', 'gpt-4o-ops'))
        else:
            raw = self._review_claude(rendered, args['policy'], args.get('model', 'claude-3-5-sonnet-20241022'))

        try:
            review = json.loads(raw)
        except ValueError:
            raise AnsibleActionFail('reviewer returned non-JSON output: %s' % to_text(raw)[:300])

        display.vv('llm_review findings: %s' % review.get('findings'))
        result['review'] = review
        if enforce and not review.get('pass'):
            result['failed'] = True
            result['msg'] = 'policy review failed'
            return result

        copy_args = dict(content=rendered, dest=args['dest'])
        copy_action = self._shared_loader_obj.action_loader.get(
            'ansible.legacy.copy', task=self._task.copy(), connection=self._connection,
            play_context=self._play_context, loader=self._loader, templar=self._templar,
            shared_loader_obj=self._shared_loader_obj)
        copy_action._task.args = copy_args
        result.update(copy_action.run(task_vars=task_vars))
        return result
