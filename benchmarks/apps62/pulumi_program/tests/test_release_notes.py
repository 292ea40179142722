from providers.release_notes import ReleaseNotesProvider, _fingerprint

PROPS = {"service": "api", "version": "1.4.0", "commits": [{"sha": "abcdef123", "message": "fix: x"}]}


def test_create_uses_model_and_records_usage(fake_openai):
    provider = ReleaseNotesProvider()
    result = provider.create(dict(PROPS))
    assert result.outs["notes"].startswith("## Features")
    assert result.outs["usage"] == {"input_tokens": 10, "output_tokens": 5}
    assert fake_openai.chat.completions.calls[0]["temperature"] == 0.1


def test_update_skips_model_when_unchanged(fake_openai):
    provider = ReleaseNotesProvider()
    olds = {**PROPS, "notes": "old", "fingerprint": _fingerprint(PROPS)}
    result = provider.update("id", olds, dict(PROPS))
    assert result.outs["notes"] == "old"
    assert fake_openai.chat.completions.calls == []


def test_diff_replaces_on_service_change():
    d = ReleaseNotesProvider().diff("id", PROPS, {**PROPS, "service": "web"})
    assert d.changes and d.replaces == ["service"]


class FakeBedrockRuntime:
    def __init__(self):
        self.requests = []

    def converse(self, **kwargs):
        self.requests.append(kwargs)
        return {"output": {"message": {"content": [{"text": "1. Check ALB"}, {"text": "2. Restart task"}]}}}

    def converse_stream(self, **kwargs):
        self.requests.append(kwargs)
        return {"stream": [
            {"messageStart": {"role": "assistant"}},
            {"contentBlockDelta": {"delta": {"text": "Step "}}},
            {"contentBlockDelta": {"delta": {"text": "one"}}},
            {"messageStop": {"stopReason": "end_turn"}},
        ]}


def test_draft_runbook_joins_text_blocks():
    from providers.runbook import draft_runbook

    runtime = FakeBedrockRuntime()
    body = draft_runbook(runtime, "api service", "model-x")
    assert body == "1. Check ALB\n2. Restart task"
    assert runtime.requests[0]["modelId"] == "model-x"


def test_runbook_update_streams(monkeypatch):
    from providers import runbook

    runtime = FakeBedrockRuntime()
    monkeypatch.setattr(runbook, "get_bedrock_runtime", lambda region=None: runtime)
    result = runbook.RunbookProvider().update("id", {}, {"service": "api", "description": "d"})
    assert result.outs["body"] == "Step one"


def test_changelog_diff_ignores_unrelated_props():
    from providers.changelog_summary import ChangelogSummaryProvider

    p = ChangelogSummaryProvider()
    old = {"changelog": "a", "audience": "customers", "summary": "s"}
    assert not p.diff("id", old, {**old, "summary": "other"}).changes
    assert p.diff("id", old, {**old, "changelog": "b"}).changes


def test_banner_diff_only_on_version():
    from providers.release_banner import ReleaseBannerProvider

    p = ReleaseBannerProvider()
    assert not p.diff("id", {"version": "1"}, {"version": "1", "headline": "new"}).changes
