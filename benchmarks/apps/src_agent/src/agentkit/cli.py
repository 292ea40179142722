from __future__ import annotations

import typer

from agentkit import pipeline
from agentkit.llm.service import chat, generate, multi_model_service
from agentkit.observability.llm_usage_tracker import llm_tracker
from agentkit.providers import dynamic
from agentkit.providers.builder import ClientBuilder
from agentkit.providers.dynamic import anthropic_sdk, load_sdk

app = typer.Typer(help="Run agentkit research agents from the command line.")


@app.command()
def research(goal: str, channel: str | None = None) -> None:
    typer.echo(pipeline.run(goal, channel))


@app.command()
def ask(question: str) -> None:
    client = ClientBuilder(timeout=30).anthropic()
    msg = client.messages.create(
        model="claude-sonnet-4-5", max_tokens=1024, messages=[{"role": "user", "content": question}]
    )
    typer.echo(msg.content[0].text)


@app.command()
def ask_openai(question: str) -> None:
    response = ClientBuilder().openai(timeout=30).responses.create(model="gpt-4.1-mini", input=question)
    typer.echo(response.output_text)


@app.command()
def local(question: str) -> None:
    reply = dynamic.ollama.generate(model="llama3.2", prompt=question)
    typer.echo(reply["response"])


@app.command()
def haiku(topic: str) -> None:
    msg = anthropic_sdk.Anthropic().messages.create(
        model="claude-haiku-4-5", max_tokens=100, messages=[{"role": "user", "content": f"A haiku about {topic}"}]
    )
    typer.echo(msg.content[0].text)


@app.command()
def groq_ping() -> None:
    groq = load_sdk("groq")
    completion = groq.Groq().chat.completions.create(
        model="llama-3.1-8b-instant", messages=[{"role": "user", "content": "ping"}]
    )
    typer.echo(completion.choices[0].message.content)


@app.command()
def tracked(question: str) -> None:
    client = ClientBuilder().anthropic()
    with llm_tracker.track_llm_call("cli_tracked") as usage_log:
        msg = client.messages.create(
            model="claude-haiku-4-5", max_tokens=256, messages=[{"role": "user", "content": question}]
        )
        usage_log.input_tokens = msg.usage.input_tokens
        usage_log.output_tokens = msg.usage.output_tokens
    typer.echo(msg.content[0].text)


@app.command()
def wrapped(question: str) -> None:
    typer.echo(generate(question, feature="cli"))
    typer.echo(chat([{"role": "user", "content": question}], feature="cli_chat"))
    typer.echo(multi_model_service.generate_response(question, feature="cli_gateway"))
