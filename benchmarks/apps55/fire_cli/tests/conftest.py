import sys
import types

import pytest

from fakes import FakeAnthropic, FakeContext, FakeOpenAI

# mlplatform is an internal package not installed in CI; stub the bits we import.
if "mlplatform" not in sys.modules:
    svc = types.ModuleType("mlplatform.services")
    tracker_mod = types.ModuleType("mlplatform.services.llm_usage_tracker")
    mms_mod = types.ModuleType("mlplatform.services.multi_model_service")

    class _Tracker:
        def track_llm_call(self, **kwargs):
            class _CM:
                async def __aenter__(self_inner):
                    return types.SimpleNamespace(input_tokens=0, output_tokens=0)

                async def __aexit__(self_inner, *exc):
                    return False

            return _CM()

    class _MMS:
        async def generate_response(self, prompt, task_type, complexity):
            return "bug"

    tracker_mod.llm_tracker = _Tracker()
    mms_mod.multi_model_service = _MMS()
    mms_mod.TaskComplexity = types.SimpleNamespace(SIMPLE="simple", AGENTIC="agentic")
    sys.modules.update({
        "mlplatform": types.ModuleType("mlplatform"),
        "mlplatform.services": svc,
        "mlplatform.services.llm_usage_tracker": tracker_mod,
        "mlplatform.services.multi_model_service": mms_mod,
    })


@pytest.fixture
def fake_openai():
    return FakeOpenAI(replies=["Paris", "4"])


@pytest.fixture
def fake_anthropic():
    return FakeAnthropic()


@pytest.fixture
def ctx(fake_openai, fake_anthropic):
    return FakeContext(openai=fake_openai, anthropic=fake_anthropic)
