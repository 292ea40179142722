"""LEGACY daily digest of failed jobs. Owner: @marta (will move to multi_model_service)."""
import wmill

from f.common.legacy_llm import claude, healthcheck


def main(hours: int = 24):
    jobs = wmill.get_resource("f/ops/failed_jobs_snapshot") or []
    if not jobs:
        return "no failures"
    lines = [f"{j['script_path']}: {j.get('error', '')[:200]}" for j in jobs[:80]]
    if not healthcheck():
        return "\n".join(lines)
    return claude("Group these Windmill job failures by root cause, most frequent first:\n"
                  + "\n".join(lines))
