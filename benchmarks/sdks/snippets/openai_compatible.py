"""The openai SDK pointed at other providers, as their docs show (DeepSeek, OpenRouter, Groq, ...)."""
import os

from openai import AsyncOpenAI, OpenAI

deepseek = OpenAI(api_key=os.environ["DEEPSEEK_API_KEY"], base_url="https://api.deepseek.com")
reply = deepseek.chat.completions.create(model="deepseek-chat", messages=[{"role": "user", "content": "Hi"}])  # bills: deepseek
fim = OpenAI(api_key="sk", base_url="https://api.deepseek.com/beta")
tail = fim.completions.create(model="deepseek-chat", prompt="def fib(a):", suffix="    return fib(a-1)")  # bills: deepseek

router = OpenAI(base_url="https://openrouter.ai/api/v1", api_key="<OPENROUTER_API_KEY>")
routed = router.chat.completions.create(model="openai/gpt-4o", messages=[{"role": "user", "content": "Hi"}])  # bills: openrouter

groq = OpenAI(base_url="https://api.groq.com/openai/v1", api_key=os.environ.get("GROQ_API_KEY"))
fast = groq.chat.completions.create(model="llama-3.3-70b-versatile", messages=[])  # bills: groq
together = OpenAI(api_key=os.environ.get("TOGETHER_API_KEY"), base_url="https://api.together.xyz/v1")
mixed = together.chat.completions.create(model="meta-llama/Llama-3-70b", messages=[])  # bills: together
fireworks = OpenAI(base_url="https://api.fireworks.ai/inference/v1", api_key="fw")
fired = fireworks.chat.completions.create(model="accounts/fireworks/models/llama-v3p1-8b-instruct", messages=[])  # bills: fireworks
cerebras = OpenAI(base_url="https://api.cerebras.ai/v1", api_key="csk")
quick = cerebras.chat.completions.create(model="llama3.1-8b", messages=[])  # bills: cerebras
prem = OpenAI(base_url="https://studio.premai.io/api/v1/", api_key="prem")
premmed = prem.chat.completions.create(model="llama3.2-3b", messages=[])  # bills: premai
xai = OpenAI(api_key="xai", base_url="https://api.x.ai/v1")
grok = xai.chat.completions.create(model="grok-4", messages=[])  # bills: xai
perplexity = OpenAI(api_key="pplx", base_url="https://api.perplexity.ai")
sonar = perplexity.chat.completions.create(model="sonar-pro", messages=[])  # bills: perplexity

plain = OpenAI()
gpt = plain.chat.completions.create(model="gpt-4o", messages=[])  # bills: openai
unknown = OpenAI(base_url=os.environ["LLM_BASE_URL"])
other = unknown.chat.completions.create(model="m", messages=[])  # bills: openai


async def main() -> None:
    adeepseek = AsyncOpenAI(api_key="sk", base_url="https://api.deepseek.com")
    areply = await adeepseek.chat.completions.create(model="deepseek-reasoner", messages=[])  # bills: deepseek
    print(areply)
