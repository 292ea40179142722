#!/usr/bin/env python3
"""Render plugin docs to docs/*.md with ansible-doc (run from the collection root)."""

import json
import pathlib
import subprocess

PLUGINS = {
    'module': ['log_summarize', 'change_ticket_draft', 'alert_classify', 'runbook_embed',
               'llm_moderate', 'llm_models_info', 'runbook_upload'],
    'lookup': ['llm_complete', 'runbook_search'],
}


def doc_for(kind, name):
    out = subprocess.run(['ansible-doc', '-t', kind, '--json', 'acme.llmops.%s' % name],
                         check=True, capture_output=True, text=True).stdout
    return json.loads(out)['acme.llmops.%s' % name]['doc']


def render(doc):
    lines = ['# %s' % doc['module' if 'module' in doc else 'name'], '', doc['short_description'], '']
    for opt, spec in sorted(doc.get('options', {}).items()):
        desc = spec.get('description', '')
        if isinstance(desc, list):
            desc = ' '.join(desc)
        lines.append('- `%s` (%s): %s' % (opt, spec.get('type', 'str'), desc))
    return '\n'.join(lines) + '\n'


def main():
    out = pathlib.Path('docs')
    out.mkdir(exist_ok=True)
    for kind, names in PLUGINS.items():
        for name in names:
            (out / ('%s.md' % name)).write_text(render(doc_for(kind, name)))


if __name__ == '__main__':
    main()
