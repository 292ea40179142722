from __future__ import annotations

import pytest

from agent_workers.models import Task
from agent_workers.plugins.code_review import CodeReviewPlugin, ReviewThread, split_diff

DIFF = """diff --git a/a.py b/a.py
+x = 1
diff --git a/b.py b/b.py
+y = 2
"""


def test_split_diff():
    files = split_diff(DIFF)
    assert [f.path for f in files] == ["a.py", "b.py"]


def test_review_thread_create_is_local():
    thread = ReviewThread(pr=7)
    thread.create("a.py", 1, "nit")
    assert thread.comments == [{"path": "a.py", "line": 1, "body": "nit"}]


@pytest.mark.asyncio
async def test_review_without_second_opinion(toolbox):
    plugin = CodeReviewPlugin()
    await plugin.setup(toolbox)
    result = await plugin.handle(Task.create("code_review", diff=DIFF, second_opinion=False), toolbox)
    assert result.output["findings"][0]["severity"] == "high"
    assert toolbox.xai.chat.completions.calls == []
