from __future__ import annotations

import json
from unittest import mock

from cleo.testers.command_tester import CommandTester

from llmtool.services.review import ReviewService


def test_review_reports_issues(app, fakes, tmp_path):
    fakes["anthropic"].messages.reply = json.dumps(
        {"issues": [{"line": 3, "severity": "error", "message": "passive voice"}], "summary": "1 issue"}
    )
    page = tmp_path / "p.md"
    page.write_text("# Title\n\nIt is done.\n")

    tester = CommandTester(app.find("review"))
    status = tester.execute(str(page))

    assert status == 1
    assert "passive voice" in tester.io.fetch_output()


def test_review_service_handles_non_json():
    client = mock.Mock()
    client.messages.create.return_value = mock.Mock(content=[mock.Mock(type="text", text="looks fine")])
    service = ReviewService(client, model="claude-test")

    result = service.review("# page")

    assert result.issues == []
    assert result.summary == "looks fine"
    client.messages.create.assert_called_once()
