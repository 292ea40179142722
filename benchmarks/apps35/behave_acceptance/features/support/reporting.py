"""JUnit-ish summary of judge verdicts, attached to the CI run."""
from __future__ import annotations

import json
import os
from datetime import datetime, timezone
from pathlib import Path

from app.services.llm_usage_tracker import llm_tracker


def write_report(context, out_dir: str = "reports") -> Path:
    path = Path(out_dir)
    path.mkdir(parents=True, exist_ok=True)
    judge = getattr(context, "judge", None)
    payload = {
        "generated_at": datetime.now(timezone.utc).isoformat(),
        "git_sha": os.environ.get("GITHUB_SHA", "local"),
        "offline": getattr(context, "offline", None),
        "judge": {
            "mean": judge.mean_score() if judge else None,
            "verdicts": [v.__dict__ for v in judge.history] if judge else [],
        },
        "tracked_cost_usd": round(llm_tracker.total_cost(), 6),
        "tracked_calls": len(llm_tracker.logs),
    }
    target = path / "acceptance.json"
    target.write_text(json.dumps(payload, indent=2))
    return target
