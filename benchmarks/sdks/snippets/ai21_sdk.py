"""ai21 4.3 README: Jamba chat completions and Maestro runs."""
import asyncio

from ai21 import AI21Client, AsyncAI21Client
from ai21.models.chat import ChatMessage

client = AI21Client(api_key="my_api_key")
messages = [ChatMessage(content="Hello", role="user")]
chat_completions = client.chat.completions.create(messages=messages, model="jamba-mini")  # bills: ai21
run_result = client.beta.maestro.runs.create_and_poll(input="Write a poem about the ocean")  # bills: ai21
agents_list = client.beta.agents.list()


async def main() -> None:
    aclient = AsyncAI21Client(api_key="my_api_key")
    response = await aclient.chat.completions.create(messages=messages, model="jamba-mini")  # bills: ai21
    print(response)


asyncio.run(main())
