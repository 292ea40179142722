import asyncio
from unittest import mock

from freecad.aiassist.core import reviewer


def test_parse_findings_json():
    payload = '{"findings": [{"severity": "Major", "text": "thin wall", "objects": ["Pad"]}]}'
    findings = reviewer.parse_findings(payload)
    assert findings[0].severity == "major"
    assert findings[0].objects == ["Pad"]


def test_parse_findings_plain_text():
    assert reviewer.parse_findings("not json")[0].severity == "minor"


def test_quick_review_goes_through_service(params):
    with mock.patch.object(reviewer.multi_model_service, "generate_response",
                           new=mock.AsyncMock(return_value="- minor: ok")) as gen, \
            mock.patch.object(reviewer.model_summary, "summarize_document", return_value="Document: X"):
        out = asyncio.run(reviewer.DesignReviewer().quick_review())
    assert out == "- minor: ok"
    gen.assert_awaited_once()
