#!/usr/bin/env python
"""Run every registered skill once against a sample paragraph (manual QA)."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from quill.services import SafetyService  # noqa: E402
from quill.engine import get_openai_client  # noqa: E402
from quill.skills import SkillContext, registry  # noqa: E402

SAMPLE = (
    "Remote work has changed how teams communicate. Meetings got shorter, "
    "documents got longer, and nobody knows what time zone anyone is in."
)


def main() -> None:
    registry.load_folder()
    safety = SafetyService(get_openai_client())
    for skill in registry.all():
        if skill.id == "illustrate":
            continue
        ctx = SkillContext(selection=SAMPLE, document=SAMPLE, notify=print)
        out = skill.run(ctx)
        flags = safety.flagged_categories(out)
        print(f"== {skill.id} {'FLAGGED ' + ','.join(flags) if flags else ''}\n{out}\n")


if __name__ == "__main__":
    main()
