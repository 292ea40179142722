"""Records one LLM call's tokens and cost (on the default skip list)."""
import contextlib
from dataclasses import dataclass


@dataclass
class UsageLog:
    provider: str
    model: str
    feature_context: str
    input_tokens: int = 0
    output_tokens: int = 0


class LLMTracker:
    @contextlib.asynccontextmanager
    async def track_llm_call(self, provider: str, model: str, feature_context: str):
        log = UsageLog(provider, model, feature_context)
        yield log
        print(f"{log.model}: {log.input_tokens} in, {log.output_tokens} out")


llm_tracker = LLMTracker()
