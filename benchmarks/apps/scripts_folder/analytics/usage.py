"""A minimal tracker for the analytics jobs (mirrors the app's llm_usage_tracker)."""
import contextlib
import json
import sys


class _Log:
    input_tokens = 0
    output_tokens = 0


class _Tracker:
    @contextlib.contextmanager
    def track_llm_call(self, feature: str, model: str):
        log = _Log()
        yield log
        print(json.dumps({"feature": feature, "model": model, "in": log.input_tokens,
                          "out": log.output_tokens}), file=sys.stderr)


llm_tracker = _Tracker()
