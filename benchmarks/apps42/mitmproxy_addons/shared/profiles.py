"""Named option profiles (``--set profile=redteam`` in our wrapper script).

mitmproxy has no notion of profiles, so ``scripts/run.sh`` expands these
into ``--set`` flags.  Kept in Python so tests can check option names.
"""
from __future__ import annotations

PROFILES: dict[str, dict[str, object]] = {
    "default": {
        "llmredact_enabled": True,
        "summarize_outdir": "./summaries",
    },
    "content": {
        "legacy_classify": True,
        "hardump": "./capture.har",
    },
    "redteam": {
        "probe_backend": "anthropic",
        "probe_pattern": "/graphql",
        "authaudit_enabled": True,
        "anomaly_enabled": True,
    },
    "mobile": {
        "wsinspect_enabled": True,
        "wsinspect_transcribe": True,
        "flush_enabled": True,
        "flush_interval": 30.0,
    },
    "apidocs": {
        "openapi_describe": True,
        "openapi_out": "./openapi.json",
        "embedindex_enabled": True,
    },
}


def expand(profile: str, overrides: dict[str, object] | None = None) -> list[str]:
    """Return mitmdump ``--set`` arguments for a profile."""
    try:
        values = dict(PROFILES[profile])
    except KeyError:
        raise SystemExit(f"unknown profile {profile!r}; choose from {', '.join(sorted(PROFILES))}")
    values.update(overrides or {})
    args: list[str] = []
    for key, value in sorted(values.items()):
        if isinstance(value, bool):
            value = str(value).lower()
        args += ["--set", f"{key}={value}"]
    return args


if __name__ == "__main__":
    import sys

    print(" ".join(expand(sys.argv[1] if len(sys.argv) > 1 else "default")))
