#!/usr/bin/env python
"""Pre-compute answers to the FAQ list through the tracked path."""
from __future__ import annotations

import asyncio
import json
import sys

from gateway.config import load_config
from gateway.factory import build_registry
from gateway.tracking.multi_model_service import TaskComplexity, multi_model_service


async def main(path: str) -> None:
    build_registry(load_config())
    with open(path) as fh:
        questions = json.load(fh)
    answers = {}
    for q in questions:
        answers[q] = await multi_model_service.generate_response(
            prompt=q, task_type="chat", complexity=TaskComplexity.SIMPLE, caller="warm_cache"
        )
    json.dump(answers, sys.stdout, indent=2)


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1]))
