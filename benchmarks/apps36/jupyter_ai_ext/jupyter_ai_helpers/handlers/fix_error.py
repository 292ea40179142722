"""Suggest a fix for the last traceback in the notebook."""
from __future__ import annotations

import re

import tornado

from .. import config as cfg
from ..services.multi_model_service import TaskComplexity, multi_model_service
from ..utils.prompts import FIX_SYSTEM
from .base import BaseAIHandler

_ANSI = re.compile(r"\x1b\[[0-9;]*m")


def clean_traceback(lines):
    text = "\n".join(_ANSI.sub("", line) for line in lines)
    return text[-cfg.MAX_TRACEBACK_CHARS :]


class FixErrorHandler(BaseAIHandler):
    @tornado.web.authenticated
    async def post(self):
        body = self.json_body()
        source = self.truncate(self.require(body, "source"))
        tb = clean_traceback(body.get("traceback", []))
        ename = body.get("ename", "Error")
        prompt = (
            f"The following cell raised {ename}.\n\n```python\n{source}\n```\n\n"
            f"Traceback:\n```\n{tb}\n```\n\nReturn the corrected cell in a single code block."
        )
        complexity = TaskComplexity.AGENTIC if len(tb) > 2000 else TaskComplexity.SIMPLE
        answer = await multi_model_service.generate_response(
            prompt=prompt,
            task_type="fix_error",
            complexity=complexity,
            system=FIX_SYSTEM,
            provider=body.get("provider"),
        )
        code = _extract_code(answer)
        self.finish({"fixed_source": code, "raw": answer})


def _extract_code(answer: str) -> str:
    m = re.search(r"```(?:python)?\n(.*?)```", answer, re.S)
    return m.group(1).rstrip() if m else answer.strip()
