from unittest import mock

from llmctl.diff_parser import parse_diff
from llmctl.reviewer import DiffReviewer, parse_findings
from fakes import FakeAnthropic

DIFF = """diff --git a/app.py b/app.py
--- a/app.py
+++ b/app.py
@@ -1,2 +1,3 @@
 import os
+password = "hunter2"
 print(os.getcwd())
diff --git a/poetry.lock b/poetry.lock
@@ -1 +1 @@
-a
+b
"""


def test_parse_diff_skips_lockfiles():
    files = parse_diff(DIFF)
    assert [f.path for f in files] == ["app.py"]
    assert files[0].added == 1


def test_review_lgtm_has_no_findings():
    reviewer = DiffReviewer(FakeAnthropic("LGTM"), "claude-test")
    assert reviewer.review_file(parse_diff(DIFF)[0]) == []
    assert reviewer.input_tokens == 10


def test_review_parses_findings():
    reply = "app.py:2: high: hard-coded password"
    reviewer = DiffReviewer(FakeAnthropic(reply), "claude-test")
    (finding,) = reviewer.review_file(parse_diff(DIFF)[0])
    assert finding.severity == "high"


def test_review_with_magicmock_client():
    client = mock.MagicMock()
    client.messages.create.return_value.content = [mock.Mock(text="LGTM")]
    client.messages.create.return_value.usage.input_tokens = 3
    client.messages.create.return_value.usage.output_tokens = 1
    DiffReviewer(client, "m").review_file(parse_diff(DIFF)[0])
    client.messages.create.assert_called_once()


def test_parse_findings_bullets():
    assert parse_findings("x.py", "- missing test")[0].message == "missing test"
