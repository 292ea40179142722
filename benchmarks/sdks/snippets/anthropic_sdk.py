"""anthropic 2.14 README."""
import asyncio

from anthropic import Anthropic, AnthropicBedrock, AsyncAnthropic

client = Anthropic()
message = client.messages.create(max_tokens=1024, messages=[{"role": "user", "content": "Hello"}], model="claude-sonnet-4-5")  # bills: anthropic
with client.messages.stream(max_tokens=1024, messages=[], model="claude-sonnet-4-5") as stream:  # bills: anthropic
    for text in stream.text_stream:
        print(text, end="")
count = client.messages.count_tokens(model="claude-sonnet-4-5", messages=[])
batch = client.messages.batches.create(requests=[])  # bills: anthropic
bedrock = AnthropicBedrock()
answer = bedrock.messages.create(model="anthropic.claude-sonnet-4-5", max_tokens=256, messages=[])  # bills: anthropic


async def main() -> None:
    aclient = AsyncAnthropic()
    reply = await aclient.messages.create(max_tokens=1024, messages=[], model="claude-sonnet-4-5")  # bills: anthropic
    print(reply.content)


asyncio.run(main())
