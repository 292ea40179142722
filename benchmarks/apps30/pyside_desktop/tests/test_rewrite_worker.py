from __future__ import annotations

from quillpad.workers.rewrite_worker import RewriteRunnable, TrackedRewriteRunnable, make_rewrite_job


def test_make_rewrite_job_tracked(settings):
    settings.values["llm/tracked"] = True
    assert isinstance(make_rewrite_job(settings, "t", "Clearer"), TrackedRewriteRunnable)


def test_make_rewrite_job_offline_is_untracked(settings):
    settings.values["llm/tracked"] = True
    settings.values["app/offline"] = True
    job = make_rewrite_job(settings, "t", "Clearer")
    assert type(job) is RewriteRunnable


def test_offline_rewrite_emits_result(settings, qtbot):
    settings.values["app/offline"] = True
    job = RewriteRunnable(settings, "make this better please", "Shorter")
    with qtbot.waitSignal(job.signals.result, timeout=2000) as blocker:
        job.run()
    assert blocker.args[0].startswith("(offline)")
