from workers.services.cost import daily_rollup
from workers.services.llm_usage_tracker import UsageLog
from workers.services.warehouse import JobRegistry


def test_rollup_groups_by_model():
    logs = [
        UsageLog(provider="openai", model="gpt-4o-mini", feature_context="x", input_tokens=1000, output_tokens=100),
        UsageLog(provider="openai", model="gpt-4o-mini", feature_context="y", input_tokens=10, output_tokens=1),
    ]
    out = daily_rollup(logs)
    assert set(out) == {"gpt-4o-mini"}


def test_job_registry_create():
    reg = JobRegistry()
    reg.create("j1", topic="de.records.raw")
    assert reg.get("j1")["status"] == "queued"
