"""Post-deploy smoke test: one tiny request per provider, through the tracked service."""
import asyncio
import sys

sys.path.insert(0, ".")
from services.multi_model_service import TaskComplexity, multi_model_service  # noqa: E402


async def main():
    for complexity in TaskComplexity:
        text = await multi_model_service.generate_response(
            prompt="Reply with the single word: pong",
            task_type="smoke_test",
            complexity=complexity,
            max_tokens=5,
        )
        print(complexity.value, "->", text.strip())


if __name__ == "__main__":
    asyncio.run(main())
