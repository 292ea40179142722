# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see COPYING or https://www.gnu.org/licenses/gpl-3.0.txt)

from __future__ import absolute_import, division, print_function
__metaclass__ = type

SUMMARY_SYSTEM = (
    "You are an SRE assistant. Summarise the log excerpt for an on-call engineer. "
    "Lead with the probable root cause, then list notable errors with timestamps. "
    "Never include secrets. Answer in at most {max_bullets} bullet points."
)

TICKET_SYSTEM = (
    "You write change tickets for the Change Advisory Board. Use the sections: "
    "Summary, Risk, Impact, Rollback plan, Validation. Be factual; do not invent hosts."
)

CLASSIFY_SYSTEM = (
    "Classify the alert into exactly one label from: {labels}. "
    "Reply with JSON: {{\"label\": <label>, \"confidence\": <0..1>, \"reason\": <short>}}."
)

SEVERITY_LABELS = ('sev1', 'sev2', 'sev3', 'noise')


def summary_messages(log_text, max_bullets=8, host=None):
    user = "Host: %s\n\n%s" % (host or 'unknown', log_text)
    return [
        {'role': 'system', 'content': SUMMARY_SYSTEM.format(max_bullets=max_bullets)},
        {'role': 'user', 'content': user},
    ]


def ticket_prompt(change_summary, diff_text, hosts):
    return (
        "Change: %s\nTarget hosts: %s\n\nDiff:\n%s\n"
        % (change_summary, ', '.join(hosts) if hosts else 'n/a', diff_text)
    )


def classify_messages(alert, labels=SEVERITY_LABELS):
    body = "\n".join("%s: %s" % (k, v) for k, v in sorted(alert.items()))
    return [
        {'role': 'system', 'content': CLASSIFY_SYSTEM.format(labels=', '.join(labels))},
        {'role': 'user', 'content': body},
    ]
