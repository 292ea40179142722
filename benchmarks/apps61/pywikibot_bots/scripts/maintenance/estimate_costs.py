#!/usr/bin/env python3
"""Estimate the cost of a bot run before doing it, and summarize past usage.

    python -m scripts.maintenance.estimate_costs -cat:Stubs -model:claude-sonnet
    python -m scripts.maintenance.estimate_costs -usage
"""
from __future__ import annotations

import collections
import json

import pywikibot
from pywikibot import pagegenerators

from wikiai.config import get_settings
from wikiai.costs import estimate_cost, estimate_run_cost
from wikiai.registry import MODEL_REGISTRY
from wikiai.wikitext import plain_text


def usage_report() -> None:
    by_model = collections.defaultdict(lambda: [0, 0])
    with open(get_settings().usage_log_path, encoding='utf-8') as fh:
        for line in fh:
            entry = json.loads(line)
            by_model[entry['model']][0] += entry['input_tokens']
            by_model[entry['model']][1] += entry['output_tokens']
    specs = {s.model_id: s for s in MODEL_REGISTRY.values()}
    total = 0.0
    for model, (tin, tout) in sorted(by_model.items()):
        cost = estimate_cost(specs[model], tin, tout) if model in specs else 0
        total += cost
        pywikibot.info(f'{model:45} {tin:>10} {tout:>10} ${cost:8.2f}')
    pywikibot.info(f'{"total":45} {"":>10} {"":>10} ${total:8.2f}')


def main(*args: str) -> None:
    alias = 'gpt-mini'
    gen_factory = pagegenerators.GeneratorFactory()
    rest = gen_factory.handle_args(pywikibot.handle_args(args))
    for arg in rest:
        if arg == '-usage':
            usage_report()
            return
        if arg.startswith('-model:'):
            alias = arg.split(':', 1)[1]
    gen = gen_factory.getCombinedGenerator(preload=True)
    texts = [plain_text(p.text) for p in gen]
    cost = estimate_run_cost(alias, texts)
    pywikibot.info(f'{len(texts)} pages with {alias}: about ${cost:.2f}')


if __name__ == '__main__':
    main()
