#!/usr/bin/env python
"""Estimate monthly LLM spend for the enrichment pipeline from last week's volume."""
import argparse

from mage_pipeline.utils.costs import count_anthropic_tokens, count_messages_tokens, estimate_cost
from mage_pipeline.utils.prompts import build_classification_messages, build_summary_prompt

SAMPLE_SUBJECT = 'Cannot export invoices to CSV'
SAMPLE_BODY = 'Since yesterday the export button on the billing page spins forever. ' * 20


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument('--tickets-per-day', type=int, default=1800)
    args = p.parse_args()

    cls_tokens = count_messages_tokens(build_classification_messages(SAMPLE_SUBJECT, SAMPLE_BODY), 'gpt-4o-mini')
    sum_msgs = [{'role': 'user', 'content': build_summary_prompt(SAMPLE_BODY)}]
    sum_tokens = count_anthropic_tokens(sum_msgs)

    per_ticket = (estimate_cost('gpt-4o-mini', cls_tokens, 60)
                  + estimate_cost('claude-3-5-sonnet-20241022', sum_tokens, 150))
    monthly = per_ticket * args.tickets_per_day * 30
    print(f'classification ~{cls_tokens} tok, summary ~{sum_tokens} tok')
    print(f'per ticket ${per_ticket:.4f}, monthly ${monthly:,.0f}')


if __name__ == '__main__':
    main()
