from types import SimpleNamespace
from unittest.mock import MagicMock

from automation.review import PlanReviewer


def test_review_parses_json(fake_anthropic):
    reviewer = PlanReviewer(client=fake_anthropic)
    review = reviewer.review("dev", "+ aws:s3/bucketV2:BucketV2 docs create")
    assert review.risk == "low"
    fake_anthropic.messages.create.assert_called_once()


def test_review_falls_back_to_groq(fake_anthropic):
    import anthropic

    fake_anthropic.messages.create.side_effect = anthropic.APIError("boom", request=MagicMock(), body=None)
    groq = MagicMock()
    groq.chat.completions.create.return_value = SimpleNamespace(
        choices=[SimpleNamespace(message=SimpleNamespace(content='{"risk": "high", "findings": ["rds replace"]}'))]
    )
    review = PlanReviewer(client=fake_anthropic, fallback=groq).review("prod", "~ rds replace")
    assert review.blocking
    assert review.findings == ["rds replace"]


def test_unparseable_output_is_medium(fake_anthropic):
    fake_anthropic.messages.create.return_value = SimpleNamespace(
        content=[SimpleNamespace(type="text", text="looks fine to me")]
    )
    review = PlanReviewer(client=fake_anthropic).review("dev", "+ bucket")
    assert review.risk == "medium"
    assert not review.blocking


def test_diff_is_truncated(fake_anthropic):
    from automation.review import MAX_DIFF_CHARS

    PlanReviewer(client=fake_anthropic).review("dev", "x" * (MAX_DIFF_CHARS + 500))
    sent = fake_anthropic.messages.create.call_args.kwargs["messages"][0]["content"]
    assert len(sent) < MAX_DIFF_CHARS + 100
