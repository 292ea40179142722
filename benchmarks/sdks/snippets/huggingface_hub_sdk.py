"""huggingface_hub 2.4 inference docs."""
import asyncio

from huggingface_hub import AsyncInferenceClient, InferenceClient

client = InferenceClient(provider="together", api_key="hf_xxx")
completion = client.chat.completions.create(model="meta-llama/Llama-3.1-8B-Instruct", messages=[])  # bills: huggingface
image = client.text_to_image("An astronaut riding a horse", model="black-forest-labs/FLUX.1-dev")  # bills: huggingface
features = client.feature_extraction("Hi, who are you?", model="intfloat/multilingual-e5-large")  # bills: huggingface
text = client.text_generation("The huggingface_hub library is ", max_new_tokens=12)  # bills: huggingface


async def main() -> None:
    aclient = AsyncInferenceClient()
    reply = await aclient.chat_completion([{"role": "user", "content": "Hi"}], model="meta-llama/Llama-3.1-8B-Instruct")  # bills: huggingface
    print(reply)


asyncio.run(main())
