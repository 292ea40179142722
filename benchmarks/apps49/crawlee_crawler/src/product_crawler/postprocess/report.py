"""Weekly catalogue report; goes through the tracked multi-model service."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from llm_platform.services.multi_model_service import TaskComplexity, multi_model_service

from product_crawler.llm.tracked import tracked_attribute_report


async def build_report(items: list[dict], out_dir: Path) -> Path:
    categories = Counter(i.get("category", "unknown") for i in items)
    narrative = await multi_model_service.generate_response(
        prompt=(
            "Write a short weekly report for the merchandising team about this crawl.\n"
            f"Category counts: {json.dumps(categories)}\nTotal products: {len(items)}"
        ),
        task_type="chat",
        complexity=TaskComplexity.SIMPLE,
    )
    coverage = await tracked_attribute_report([i.get("attributes", {}) for i in items])

    out_dir.mkdir(parents=True, exist_ok=True)
    path = out_dir / "report.md"
    path.write_text(f"# Crawl report\n\n{narrative}\n\n## Attribute coverage\n\n{coverage}\n")
    return path
