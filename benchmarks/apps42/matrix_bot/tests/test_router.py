from bot.router import CommandRouter, split_flags


def test_parse_and_resolve():
    r = CommandRouter("!")

    @r.command("ask", aliases=("q",))
    async def ask(ctx):
        pass

    assert r.parse("!ask what is up") == ("ask", "what is up")
    assert r.parse("hello") is None
    assert r.resolve("q").handler is ask
    assert [c.name for c in r.commands()] == ["ask"]


def test_split_flags():
    flags, rest = split_flags("--p claude --t 0.2 tell me a joke")
    assert flags == {"p": "claude", "t": "0.2"}
    assert rest == "tell me a joke"
